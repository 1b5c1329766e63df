package org.terrortrade.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
        Files.writeString(site.resolve("index.html"), "<main><a href=\"/sub/a.html#here\">ok</a><a href=\"/sub/a.html#gone\">anchor</a>"
                + "<a href=\"/sub/missing.html\">page</a><a href=\"http://example.org/\">insecure</a>"
                + "<a href=\"https://example.org/\">external</a><a href=\"#top\">self</a><p id=\"top\"></p></main>");
        Files.writeString(site.resolve("a.html"), "<main><h2 id=\"here\">x</h2><a href=\"/sub/\">home</a></main>");
        Problems problems = new Problems();
        new LinkChecker("/sub/", java.util.Map.of()).check(site, problems);
        List<String> keys = problems.sorted().stream().map(Problem::key).sorted().toList();
        assertEquals(List.of("broken-anchor", "insecure-link", "missing-page"), keys, String.valueOf(problems.sorted()));
    }
}
