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
        new LinkChecker("/sub/", List.of(), List.of()).check(pages, site, problems);
        List<String> keys = problems.sorted().stream().map(Problem::key).sorted().toList();
        assertEquals(List.of("broken-anchor", "insecure-link", "missing-page"), keys, String.valueOf(problems.sorted()));
    }

    /** Which file would make a missing page is its type's rule: the problem names the address, once, and no guessed file. */
    @Test
    void aMissingPageIsReportedOnceAtItsAddress(@TempDir Path site) throws IOException {
        Map<String, Document> pages = new TreeMap<>();
        pages.put("index.html", Jsoup.parse("<main><a href=\"/sub/notes/gone.html\">gone</a></main>"));
        pages.put("a.html", Jsoup.parse("<main><a href=\"notes/gone.html\">gone</a></main>"));
        for (String page : pages.keySet()) {
            Files.writeString(site.resolve(page), pages.get(page).outerHtml());
        }
        Problems problems = new Problems();
        new LinkChecker("/sub/", List.of(), List.of()).check(pages, site, problems);
        List<Problem> found = problems.sorted();
        assertEquals(1, found.size(), String.valueOf(found));
        assertEquals("missing-page", found.get(0).key());
        assertEquals("site/notes/gone.html", found.get(0).path());
        assertTrue(found.get(0).message().contains("notes/gone.html") && !found.get(0).message().contains(".md"), found.get(0).message());
    }
}
