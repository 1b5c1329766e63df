package org.terrortrade.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrortrade.TestProject;

/** Front-matter strings are text wherever they land: page title, meta description, headings, link previews. */
class EscapingTest {
    private static final String HOSTILE = "<script>alert(\"x\")</script> & \"quoted\" <b>bold</b>";
    private static final String ATTRIBUTE_BREAKER = "\"><img src=x onerror=alert(document.domain)>";

    @Test
    void frontMatterStringsAreEscaped(@TempDir Path folder) throws IOException {
        TestProject project = TestProject.copyOfSite(folder);
        String about = project.read("content/about.md");
        project.write("content/about.md", about
                .replace("title: عن الموقع", "title: '" + HOSTILE + "'")
                .replaceFirst("description: .*", "description: '" + ATTRIBUTE_BREAKER + "'"));
        String actor = project.read("content/actors/india.md");
        project.write("content/actors/india.md", actor.replaceFirst("(?m)^(summary:\\n  text:) (.*)$", "$1 'دولة " + ATTRIBUTE_BREAKER + "'"));

        project.build();

        Document page = Jsoup.parse(project.output().resolve("about.html").toFile(), "UTF-8");
        assertTrue(page.title().startsWith(HOSTILE), page.title());
        assertEquals(HOSTILE, page.selectFirst("h1").text());
        assertEquals(ATTRIBUTE_BREAKER, page.selectFirst("meta[name=description]").attr("content"));
        assertTrue(page.select("img, b, script:not([src]):not([type=application/ld+json])").isEmpty(), "nothing injected");

        Document article = Jsoup.parse(project.output().resolve("article.html").toFile(), "UTF-8");
        Element india = article.selectFirst("a.xref[href$=actors/india.html]");
        assertTrue(india.attr("data-preview").endsWith(ATTRIBUTE_BREAKER), india.attr("data-preview"));
        assertTrue(article.select("img").isEmpty(), "the preview stays an attribute value");
        Document profile = Jsoup.parse(project.output().resolve("actors/india.html").toFile(), "UTF-8");
        assertTrue(profile.select("img").isEmpty() && profile.text().contains(ATTRIBUTE_BREAKER));
    }
}
