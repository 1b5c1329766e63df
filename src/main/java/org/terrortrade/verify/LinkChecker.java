package org.terrortrade.verify;

import java.io.IOException;
import java.io.UncheckedIOException;
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

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.terrortrade.problem.Problems;
import org.terrortrade.content.SourceFile;
import org.terrortrade.post.PostProcessor;

/**
 * Step 5 of the pipeline: every internal {@code href}/{@code src} of every page must name a file of the built
 * site, and every {@code #fragment} an id on the target page; external links must be https. The site is
 * checked as it will be served, under its base path.
 */
public final class LinkChecker {
    private final String basePath;
    private final Map<String, SourceFile> sourceOfPage = new HashMap<>();
    private final Map<String, Map<String, Integer>> linksOfSource = new HashMap<>();

    /**
     * @param basePath the path the site is served under
     * @param sources  the content file of each page, by the page's path in the site, so that a broken link written in
     *                 Markdown is reported at its file and line
     */
    public LinkChecker(String basePath, Map<String, SourceFile> sources) {
        this.basePath = basePath;
        sourceOfPage.putAll(sources);
    }

    /** One link as found on a page: the tag it is on and where it points. */
    private record Link(String tag, String target) {
    }

    public void check(Path siteRoot, Problems problems) {
        // One parse per page: collect its ids and its links, then check every link against the ids collected.
        Map<Path, Set<String>> idsByPage = new java.util.concurrent.ConcurrentHashMap<>();
        Map<Path, List<Link>> linksByPage = new java.util.concurrent.ConcurrentSkipListMap<>();
        PostProcessor.htmlPages(siteRoot).parallelStream().forEach(file -> {
            Document doc = parse(file);
            Set<String> ids = new HashSet<>(doc.select("[id]").eachAttr("id"));
            ids.addAll(doc.select("a[name]").eachAttr("name"));
            idsByPage.put(file.normalize(), ids);
            List<Link> links = new java.util.ArrayList<>();
            for (Element element : doc.select("[href], [src]")) {
                links.add(new Link(element.tagName(), element.hasAttr("href") ? element.attr("href") : element.attr("src")));
            }
            linksByPage.put(file, links);
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
     * configuration, so an entity-encoded or escaped address matches what the page has); a template's link to a page
     * whose content file is missing at that file; otherwise says which built page (and so which template) has it.
     */
    private org.terrortrade.problem.Problem locate(String page, String link, String target, org.terrortrade.problem.Problem problem) {
        SourceFile source = sourceOfPage.get(page);
        if (source != null) {
            Integer line = markdownLinks(source).get(link);
            if (line == null) {
                String[] lines = source.body().split("\n", -1);
                for (int i = 0; i < lines.length && line == null; i++) {
                    if (lines[i].contains("(" + link + ")") || lines[i].contains("\"" + link + "\"")) {
                        line = source.bodyFirstLine() + i;
                    }
                }
            }
            if (line != null) {
                return new org.terrortrade.problem.Problem(source.path(), line, problem.key(), problem.message(), problem.fix());
            }
        }
        if (problem.key().equals("broken-link") && target != null && target.endsWith(".html")) {
            String missing = "content/" + target.replaceFirst("\\.html$", ".md");
            return org.terrortrade.problem.EditorText.problem(missing, 1, "missing-page", "missing-page", target, missing);
        }
        return new org.terrortrade.problem.Problem("site/" + page, 1, problem.key(),
                org.terrortrade.problem.EditorText.text("problem.in-built-page", problem.message()), problem.fix());
    }

    /** Every address a content file's Markdown writes (links, images, references, raw HTML), as the page will have it, with its line. */
    private Map<String, Integer> markdownLinks(SourceFile source) {
        return linksOfSource.computeIfAbsent(source.path(), path -> {
            Map<String, Integer> links = new HashMap<>();
            org.terrortrade.problem.LineIndex lines = new org.terrortrade.problem.LineIndex(source.body(), source.bodyFirstLine());
            for (com.vladsch.flexmark.util.ast.Node node : org.terrortrade.markdown.MarkdownRenderer.parse(source.body()).getDescendants()) {
                int line = lines.line(node.getStartOffset());
                if (node instanceof com.vladsch.flexmark.ast.LinkNodeBase linkNode) {
                    links.putIfAbsent(linkNode.getUrl().unescape(), line);
                } else if (node instanceof com.vladsch.flexmark.ast.AutoLink autoLink) {
                    links.putIfAbsent(autoLink.getUrl().unescape(), line);
                } else if (node instanceof com.vladsch.flexmark.ast.HtmlBlock || node instanceof com.vladsch.flexmark.ast.HtmlInline) {
                    for (Element element : Jsoup.parseBodyFragment(node.getChars().toString()).select("[href], [src]")) {
                        links.putIfAbsent(element.hasAttr("href") ? element.attr("href") : element.attr("src"), line);
                    }
                }
            }
            return links;
        });
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

    private static Document parse(Path file) {
        try {
            return Jsoup.parse(file.toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
