package org.terrortrade.page;

import java.util.function.Function;

/**
 * Site-wide settings the templates use, read once from jbake.properties ({@code site.*} keys). The base path
 * can be overridden per build so that the same sources serve a domain root or a project sub-path.
 *
 * @param title    the site's name
 * @param tagline  one line under the name
 * @param basePath the path the site lives under, always starting and ending with "/"
 * @param language   BCP 47 language of the content
 * @param repository the GitHub repository holding the sources, for "edit this page" links
 * @param branch     the branch editors propose changes to
 * @param origin     scheme and host the site is published at (e.g. https://user.github.io), for canonical URLs and feeds
 */
public record SiteSettings(String title, String tagline, String basePath, String language, String repository, String branch,
        String origin) {

    /** Settings a build may override without editing jbake.properties (deployments pass them). */
    public record Overrides(String basePath, String repository, String branch, String origin) {
        public static final Overrides NONE = new Overrides(null, null, null, null);

        public Overrides(String basePath, String repository, String branch) {
            this(basePath, repository, branch, null);
        }
    }

    /** The settings from {@code config} (a {@code site.*} key to its value in jbake.properties, or null), with {@code overrides}. */
    public static SiteSettings from(Function<String, Object> config, Overrides overrides) {
        String basePath = present(overrides.basePath()) ? overrides.basePath() : string(config, "site.basepath", "/");
        String repository = present(overrides.repository()) ? overrides.repository() : string(config, "site.repository", "");
        String branch = present(overrides.branch()) ? overrides.branch() : string(config, "site.branch", "main");
        String origin = present(overrides.origin()) ? overrides.origin() : string(config, "site.origin", "http://localhost:8820");
        return new SiteSettings(string(config, "site.title", ""), string(config, "site.tagline", ""),
                normaliseBasePath(basePath), string(config, "site.language", "ar"), repository.replaceAll("/+$", ""), branch,
                origin.replaceAll("/+$", ""));
    }

    /** The absolute URL of a page of the site, from its path inside the site ("" for the home page). */
    public String absoluteUrl(String pathInSite) {
        return origin + basePath + SitePaths.href(pathInSite);
    }

    /** The URL that opens a source file in GitHub's editor. */
    public String editUrl(String sourcePath) {
        return repository + "/edit/" + branch + "/" + sourcePath;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    /** "/", "repo", "/repo" and "/repo/" all become "/" or "/repo/". */
    public static String normaliseBasePath(String path) {
        String p = path == null ? "" : path.trim();
        if (!p.startsWith("/")) {
            p = "/" + p;
        }
        if (!p.endsWith("/")) {
            p = p + "/";
        }
        return p.replaceAll("/{2,}", "/");
    }

    private static String string(Function<String, Object> config, String key, String fallback) {
        Object value = config.apply(key);
        return value == null ? fallback : value.toString();
    }
}
