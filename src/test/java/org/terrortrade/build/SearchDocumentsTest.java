package org.terrortrade.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrortrade.TestProject;
import org.terrortrade.meta.SearchIndexer;

/**
 * Search documents are made with each page from the model and the page's own Markdown, never scraped from the
 * rendered HTML: a template that renames every class leaves search-index.json as it was; one document per article
 * section, glossary term and timeline event; every claim in an excerpt carries its voice, as on the pages.
 */
class SearchDocumentsTest {
    @Test
    void searchDocumentsComeFromTheModelNotFromTheTemplates(@TempDir Path plainFolder, @TempDir Path restyledFolder) {
        TestProject plain = TestProject.copyOfSite(plainFolder);
        plain.build();
        TestProject restyled = TestProject.copyOfSite(restyledFolder);
        for (String template : List.of("templates/glossary.ftlh", "templates/timeline.ftlh", "templates/article.ftlh",
                "templates/actor.ftlh")) {
            restyled.write(template, restyled.read(template).replace("glossary__", "gl-").replace("timeline__", "tl-")
                    .replace("article__body", "article-text").replace("factbox", "facts"));
        }
        restyled.build();

        assertEquals(plain.read("target/site/" + SearchIndexer.FILE), restyled.read("target/site/" + SearchIndexer.FILE));
    }

    @Test
    void oneDocumentPerSectionTermAndEventEachClaimWithItsVoice(@TempDir Path folder) {
        TestProject project = TestProject.copyOfSite(folder);
        project.build();
        String json = project.read("target/site/" + SearchIndexer.FILE);
        Document article = Jsoup.parse(project.read("target/site/article.html"));
        Document glossary = Jsoup.parse(project.read("target/site/glossary.html"));
        Document timeline = Jsoup.parse(project.read("target/site/timeline.html"));

        for (String id : article.select(".article__body > h2[id]").eachAttr("id")) {
            assertTrue(json.contains("\"u\":\"article.html#" + id + "\""), "section " + id);
        }
        assertEquals(glossary.select("[id].glossary__entry").size(), count(json, "\"u\":\"glossary.html#"));
        assertEquals(timeline.select("li[id].timeline__event").size(), count(json, "\"u\":\"timeline.html#"));
        assertFalse(json.contains("\"u\":\"404.html\""), "the not-found page is not searchable");
        // Every timeline excerpt opens with the voice of its claim, as the timeline shows it.
        java.util.regex.Matcher events = java.util.regex.Pattern.compile("\"u\":\"timeline\\.html#[^\"]*\",\"t\":\"[^\"]*\",\"s\":\"[^\"]*\",\"x\":\"([^\"]*)\"").matcher(json);
        int seen = 0;
        while (events.find()) {
            seen++;
            assertTrue(events.group(1).matches("^(يذكر المقال|يرى الكاتب|بحسب [^:]+):.*"), events.group(1));
        }
        assertTrue(seen > 0);
        assertTrue(json.contains("يرى الكاتب:") && json.contains("بحسب "), "author and attributed claims say whose they are");
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
