package org.terrortrade.bake;

import org.jbake.app.configuration.JBakeConfiguration;

/**
 * Site-wide settings the templates use, read once from jbake.properties ({@code site.*} keys). The base path
 * can be overridden per build so that the same sources serve a domain root or a project sub-path.
 *
 * @param title    the site's name
 * @param tagline  one line under the name
 * @param basePath the path the site lives under, always starting and ending with "/"
 * @param language BCP 47 language of the content
 */
public record SiteSettings(String title, String tagline, String basePath, String language) {

    public static SiteSettings from(JBakeConfiguration config, String basePathOverride) {
        String basePath = basePathOverride != null ? basePathOverride : string(config, "site.basepath", "/");
        return new SiteSettings(string(config, "site.title", ""), string(config, "site.tagline", ""),
                normaliseBasePath(basePath), string(config, "site.language", "ar"));
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

    private static String string(JBakeConfiguration config, String key, String fallback) {
        Object value = config.get(key);
        return value == null ? fallback : value.toString();
    }
}
