package org.terrortrade.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.terrortrade.TestProject;
import org.terrortrade.OnTheBuiltSite;
import org.terrortrade.model.ModelBuilder;

/** Builds the real site once and checks the derived pages: sizes, citations, order, cross-links. */
class DerivedPagesTest extends OnTheBuiltSite {

    @Test
    void everyActorHasAProfileAndTheIndexGroupsThemByKind() throws IOException {
        List<String> slugs;
        try (Stream<Path> files = Files.list(project.root().resolve("content/actors"))) {
            slugs = files.map(p -> p.getFileName().toString().replace(".md", "")).filter(s -> !s.equals("index")).toList();
        }
        assertTrue(slugs.size() >= 12, "at least 12 actors: " + slugs);
        for (String slug : slugs) {
            Document page = page("actors/" + slug + ".html");
            assertFalse(page.select("h1").text().isBlank(), slug);
            assertTrue(page.selectFirst(".factbox") != null, slug + " has a fact box");
            assertTrue(page.selectFirst("#mentions") != null, slug + " lists where the article mentions it");
        }
        Document index = page("actors/index.html");
        assertEquals(slugs.size(), index.select(".card").size());
        assertTrue(index.select("section h2[id^=kind-]").size() >= 3, "grouped by kind");
    }

    @Test
    void theRelationsMapAndItsTableShowTheSameRelations() {
        Document index = page("actors/index.html");
        int edges = index.select("svg.relations-map .relations-map__edges > path.relations-map__edge").size();
        int rows = index.select("table.relations-table tbody tr").size();
        assertTrue(edges >= 20, "relations drawn: " + edges);
        assertEquals(rows, edges, "every drawn relation is also in the table");
        Set<String> drawn = new HashSet<>(index.select("svg.relations-map path > title").eachText());
        for (Element row : index.select("table.relations-table tbody tr")) {
            String sentence = row.child(0).text() + " " + row.child(1).text() + " " + row.child(2).text();
            assertTrue(drawn.contains(sentence), "drawn: " + sentence);
        }
        assertTrue(index.selectFirst("svg.relations-map text").text().matches(".*[\\u0600-\\u06FF].*"), "labelled in Arabic");
    }

    @Test
    void theGlossaryHasThirtyTermsInArabicOrderWithDefiningInstances() {
        Document glossary = page("glossary.html");
        List<String> titles = glossary.select("dl.glossary dfn").eachText();
        assertTrue(titles.size() >= 30, "terms: " + titles.size());
        List<String> sorted = new ArrayList<>(titles);
        sorted.sort(ModelBuilder.dictionaryOrder());
        assertEquals(sorted, titles, "Arabic dictionary order");
        for (Element dfn : glossary.select("dfn")) {
            assertTrue(dfn.id().startsWith("dfn-"), "each defining instance has an id");
        }
        for (Element letter : glossary.select(".letter-index a")) {
            assertTrue(glossary.getElementById(letter.attr("href").substring(1)) != null, "letter index " + letter.text());
        }
    }

    @Test
    void theTimelineHasDatedEventsFrom2001To2025() {
        Document timeline = page("timeline.html");
        List<Element> events = timeline.select("ol.timeline > li");
        assertTrue(events.size() >= 12, "events: " + events.size());
        for (Element event : events) {
            Element time = event.selectFirst("time[datetime]");
            int year = Integer.parseInt(time.attr("datetime").substring(0, 4));
            assertTrue(year >= 2001 && year <= 2025, time.outerHtml());
            assertTrue(event.select(".cite a").size() >= 1, "cited: " + event.text());
        }
        assertTrue(timeline.selectFirst("svg.timeline-strip") != null);
        assertTrue(timeline.select("time").eachText().stream().anyMatch(t -> t.contains("يونيو (حزيران) 2025")),
                "Arabic month names as the article writes them");
    }

    @Test
    void theExchangeIsATwoSidedLedgerWithKeyFiguresAllCited() {
        Document exchange = page("exchange.html");
        assertTrue(exchange.select("#gives ~ ul .ledger__item").size() >= 8);
        assertTrue(exchange.select("#gets ~ ul .ledger__item").size() >= 10);
        assertTrue(exchange.select(".figure-card").size() >= 4);
        for (Element item : exchange.select(".ledger__item, .figure-card")) {
            assertFalse(item.select(".cite a").isEmpty(), "cited: " + item.text());
        }
        assertTrue(exchange.text().contains("أقل من مليار"), "the article's vagueness is kept");
    }

    @Test
    void everyCitationLinksToAnExistingArticleParagraph() {
        Document article = page("article.html");
        Pattern citation = Pattern.compile("article\\.html#(p\\d+)$");
        int checked = 0;
        for (Path file : TestProject.htmlPages(project.output())) {
            for (Element link : parse(file).select("a[href*=article.html#p]")) {
                Matcher m = citation.matcher(link.attr("href"));
                assertTrue(m.find(), link.outerHtml());
                assertTrue(article.getElementById(m.group(1)) != null, file + " → " + link.attr("href"));
                checked++;
            }
        }
        assertTrue(checked > 100, "citations checked: " + checked);
    }

    @Test
    void theArticleLinksEachTargetOnceAtItsFirstMention() {
        Document article = page("article.html");
        Set<String> linked = new HashSet<>();
        StringBuilder before = new StringBuilder();
        int links = 0;
        for (Element block : article.selectFirst(".article__body").children()) {
            for (Element xref : block.select("a.xref")) {
                assertTrue(linked.add(xref.attr("href")), "linked twice in the article: " + xref.attr("href"));
                assertFalse(before.toString().contains(xref.text()), "«" + xref.text() + "» was mentioned before its link");
                assertFalse(xref.attr("data-preview").isBlank(), "has a preview");
                links++;
            }
            if (block.tagName().equals("p")) {
                before.append(block.text()).append('\n'); // headings are never linked
            }
        }
        assertTrue(links >= 20, "mentions linked: " + links);
        assertEquals(1, article.select("a.xref[href$=actors/ttp.html]").size());
        assertEquals(1, article.select("a.xref[href$=glossary.html#hawala]").size());
    }

    @Test
    void theSourcesPageListsEachSourceWithItsParagraphs() {
        Document sources = page("sources.html");
        assertTrue(sources.select("li.source").size() >= 6);
        assertTrue(sources.text().contains("USIP"));
        for (Element source : sources.select("li.source")) {
            assertFalse(source.select(".cite a").isEmpty(), source.text());
        }
    }


    private static Document parse(Path file) {
        try {
            return Jsoup.parse(file.toFile(), "UTF-8");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
