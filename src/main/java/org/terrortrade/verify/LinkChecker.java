package org.terrortrade.verify;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.terrortrade.problem.Problems;
import org.terrortrade.page.Page;

/**
 * The verify step: every internal {@code href}/{@code src} of every page must name a file of the built site, and
 * every {@code #fragment} an id on the target page; external links must be https. The site is checked as it will be
 * served, under its base path, on the page trees post-processing made (no page is read back from disk). A broken
 * link written in Markdown is reported at its file and line, which the pages step recorded ({@link Page#links()}).
 */
public final class LinkChecker {
    private final String basePath;
    private final Map<String, Page> pagesByUri = new HashMap<>();
    private final Set<String> drafts;
    private final java.util.function.Function<String, java.util.Optional<String>> sourceOf;

    /**
     * @param basePath the path the site is served under
     * @param pages    the site's pages: where each page's Markdown wrote each link
     * @param drafts   the paths of the pages that drafts would have made (left out of this build)
     * @param sourceOf the content file that would make a page at a path, by the content types' rules (their inverse of
     *                 a file's URL), to name the file a link to a missing page asks for
     */
    public LinkChecker(String basePath, List<Page> pages, List<String> drafts,
            java.util.function.Function<String, java.util.Optional<String>> sourceOf) {
        this.basePath = basePath;
        this.drafts = Set.copyOf(drafts);
        this.sourceOf = sourceOf;
        pages.forEach(page -> pagesByUri.put(page.uri(), page));
    }

    /** One link as found on a page: the tag it is on and where it points. */
    public record Link(String tag, String target) {
    }

    /**
     * What this check reads of a finished page: the anchors it offers and the links it has. Post-processing hands it
     * on for each page instead of the page's tree, so that a large build does not hold every page's tree at once.
     */
    public record Outline(Set<String> ids, List<Link> links) {
        /** The outline of a page as it will be published. */
        public static Outline of(Document page) {
            Set<String> ids = new HashSet<>(page.select("[id]").eachAttr("id"));
            ids.addAll(page.select("a[name]").eachAttr("name"));
            List<Link> links = new java.util.ArrayList<>();
            for (Element element : page.select("[href], [src]")) {
                links.add(new Link(element.tagName(), element.hasAttr("href") ? element.attr("href") : element.attr("src")));
            }
            return new Outline(Set.copyOf(ids), List.copyOf(links));
        }
    }

    /**
     * @param built    each built page's outline, by its path in the site
     * @param siteRoot the site folder, for everything that is not a page (assets, cards, feeds)
     */
    public void check(Map<String, Outline> built, Path siteRoot, Problems problems) {
        Map<Path, Set<String>> idsByPage = new HashMap<>();
        Map<Path, List<Link>> linksByPage = new java.util.TreeMap<>();
        built.forEach((path, outline) -> {
            Path file = siteRoot.resolve(path).normalize();
            idsByPage.put(file, outline.ids());
            linksByPage.put(file, outline.links());
        });
        // One problem once: a template's broken link is on every page, its cause in one place.
        Set<org.terrortrade.problem.Problem> found = new java.util.LinkedHashSet<>();
        linksByPage.forEach((file, links) -> {
            String page = siteRoot.relativize(file).toString().replace('\\', '/');
            for (Link link : links) {
                checkLink(siteRoot, file, page, link.tag(), link.target(), idsByPage, found);
            }
        });
        found.forEach(problems::add);
    }

    private void checkLink(Path siteRoot, Path from, String page, String tag, String link, Map<Path, Set<String>> ids,
            Set<org.terrortrade.problem.Problem> found) {
        Problems problems = new Problems();
        String[] resolved = new String[1];
        checkLinkTarget(siteRoot, from, page, tag, link, ids, problems, resolved);
        for (org.terrortrade.problem.Problem problem : problems.sorted()) {
            found.add(locate(page, link, resolved[0], problem));
        }
    }

    /**
     * Points a problem at the Markdown line that wrote the link (found in the Markdown parsed with the renderer's own
     * configuration, so an entity-encoded or escaped address matches what the page has); a link to a page no content
     * file made, once however many pages link to it, at the file the content types say would make it (at the page's
     * address when no type makes a page there); otherwise says which built page (and so which template) has it.
     */
    private org.terrortrade.problem.Problem locate(String page, String link, String target, org.terrortrade.problem.Problem problem) {
        Page source = pagesByUri.get(page);
        Integer line = source == null ? null : source.links().get(link);
        if (line != null) {
            return new org.terrortrade.problem.Problem(source.sourcePath(), line, problem.key(), problem.message(), problem.fix());
        }
        if (problem.key().equals("broken-link") && target != null && target.endsWith(".html")) {
            return sourceOf.apply(target)
                    .map(file -> org.terrortrade.problem.EditorText.problem(file, 1, "missing-page", "missing-page", target, file))
                    .orElseGet(() -> org.terrortrade.problem.EditorText.problem("site/" + target, 1, "missing-page",
                            "missing-page.unmade", target));
        }
        return new org.terrortrade.problem.Problem("site/" + page, 1, problem.key(),
                org.terrortrade.problem.EditorText.text("problem.in-built-page", problem.message()), problem.fix());
    }

    private void checkLinkTarget(Path siteRoot, Path from, String page, String tag, String link, Map<Path, Set<String>> ids,
            Problems problems, String[] resolved) {
        if (link.isEmpty() || link.startsWith("mailto:") || link.startsWith("data:")) {
            return;
        }
        URI uri;
        try {
            uri = new URI(link);
        } catch (URISyntaxException e) {
            problems.report(page, 1, "bad-link", "bad-link", link, tag);
            return;
        }
        if (uri.getScheme() != null) {
            if (!"https".equals(uri.getScheme())) {
                problems.report(page, 1, "insecure-link", "insecure-link", link);
            }
            return;
        }
        String rawPath = uri.getRawPath() == null ? "" : uri.getRawPath();
        Path target;
        if (rawPath.isEmpty()) {
            target = from;
        } else if (rawPath.startsWith("/")) {
            if (!rawPath.startsWith(basePath)) {
                problems.report(page, 1, "outside-base", "outside-base", link, basePath);
                return;
            }
            target = siteRoot.resolve(decode(rawPath.substring(basePath.length())));
        } else {
            target = from.getParent().resolve(decode(rawPath));
        }
        target = target.normalize();
        if (Files.isDirectory(target)) {
            target = target.resolve("index.html");
        }
        if (target.startsWith(siteRoot)) {
            resolved[0] = siteRoot.relativize(target).toString().replace('\\', '/');
        }
        if (resolved[0] != null && drafts.contains(resolved[0]) && !Files.isRegularFile(target)) {
            problems.report(page, 1, "link-to-draft", "link-to-draft", link);
            return;
        }
        if (!target.startsWith(siteRoot) || !Files.isRegularFile(target)) {
            problems.report(page, 1, "broken-link", "broken-link", link);
            return;
        }
        String fragment = uri.getFragment();
        if (fragment != null && !fragment.isEmpty() && target.toString().endsWith(".html")) {
            Set<String> targetIds = ids.getOrDefault(target.normalize(), Set.of());
            if (!targetIds.contains(fragment)) {
                problems.report(page, 1, "broken-anchor", "broken-anchor", link, fragment);
            }
        }
    }

    private static String decode(String path) {
        return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
