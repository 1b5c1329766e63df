package org.terrortrade.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrortrade.problem.Problem;
import org.terrortrade.problem.Problems;
import org.terrortrade.types.ContentTypes;

/** Links of three small pages under a base path: good ones pass, each kind of bad one is reported once. */
@Tag("unit")
class LinkCheckerTest {
    @Test
    void everyBrokenLinkAndAnchorIsReported(@TempDir Path site) throws IOException {
        Map<String, Document> pages = new TreeMap<>();
        pages.put("index.html", Jsoup.parse("<main><a href=\"/sub/a.html#here\">ok</a><a href=\"/sub/a.html#gone\">anchor</a>"
                + "<a href=\"/sub/missing.html\">page</a><a href=\"http://example.org/\">insecure</a>"
                + "<a href=\"https://example.org/\">external</a><a href=\"#top\">self</a><p id=\"top\"></p></main>"));
        pages.put("a.html", Jsoup.parse("<main><h2 id=\"here\">x</h2><a href=\"/sub/\">home</a></main>"));
        for (String page : pages.keySet()) {
            Files.writeString(site.resolve(page), pages.get(page).outerHtml()); // the pages as post-processing writes them
        }
        Problems problems = new Problems();
        new LinkChecker("/sub/", List.of(), List.of(), url -> java.util.Optional.empty()).check(outlines(pages), site, problems);
        List<String> keys = problems.sorted().stream().map(Problem::key).sorted().toList();
        assertEquals(List.of("broken-anchor", "insecure-link", "missing-page"), keys, String.valueOf(problems.sorted()));
    }

    /**
     * A link to a page that is gone is reported once, however many pages have it, at the content file the types say
     * would make it; where no type would make a page, at the address itself.
     */
    @Test
    void aMissingPageIsReportedOnceAtTheFileThatWouldMakeIt(@TempDir Path site) throws IOException {
        Map<String, Document> pages = new TreeMap<>();
        pages.put("index.html", Jsoup.parse("<main><a href=\"/sub/notes/gone.html\">gone</a><a href=\"/sub/glossary.html\">g</a></main>"));
        pages.put("a.html", Jsoup.parse("<main><a href=\"notes/gone.html\">gone</a><a href=\"elsewhere.html\">e</a></main>"));
        for (String page : pages.keySet()) {
            Files.writeString(site.resolve(page), pages.get(page).outerHtml());
        }
        ContentTypes types = ContentTypes.standard();
        Problems problems = new Problems();
        new LinkChecker("/sub/", List.of(), List.of(), url -> url.equals("elsewhere.html") ? java.util.Optional.empty() : types.source(url))
                .check(outlines(pages), site, problems);
        List<String> found = problems.sorted().stream().map(p -> p.path() + " " + p.key()).toList();
        assertEquals(List.of("content/glossary.md missing-page", "content/notes/gone.md missing-page",
                "site/elsewhere.html missing-page"), found, String.valueOf(problems.sorted()));
        assertTrue(problems.sorted().get(1).message().contains("notes/gone.html"), problems.sorted().get(1).message());
    }

    /** The types' rule, inverted: the default rule, a type that fixes its page's address, and a type that makes none. */
    @Test
    void theTypesSayWhichFileWouldMakeAPage() {
        ContentTypes types = ContentTypes.standard();
        assertEquals(java.util.Optional.of("content/about.md"), types.source("about.html"));
        assertEquals(java.util.Optional.of("content/actors/isis-k.md"), types.source("actors/isis-k.html"));
        assertEquals(java.util.Optional.of("content/actors/index.md"), new org.terrortrade.types.ActorsType().source("actors/index.html"));
        assertEquals(java.util.Optional.empty(), new org.terrortrade.types.ActorsType().source("about.html"));
        assertEquals(java.util.Optional.empty(), types.get("term").source("glossary/jihad.html"));
        assertEquals(java.util.Optional.empty(), types.source("feed.xml"));
    }

    private static Map<String, LinkChecker.Outline> outlines(Map<String, Document> pages) {
        Map<String, LinkChecker.Outline> outlines = new TreeMap<>();
        pages.forEach((path, page) -> outlines.put(path, LinkChecker.Outline.of(page)));
        return outlines;
    }
}
