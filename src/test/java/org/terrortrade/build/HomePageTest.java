package org.terrortrade.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.terrortrade.OnTheBuiltSite;

/**
 * The home page opens the whole site: after the article, every section with what it holds, counted from the same
 * model the section pages are drawn from (so the numbers agree with those pages, whatever the content).
 */
class HomePageTest extends OnTheBuiltSite {

    @Test
    void everySectionIsADoorAndTheArticleComesFirst() throws IOException {
        Document home = page("index.html");
        List<String> doors = home.select(".door__title a").eachAttr("href");
        assertEquals(List.of("/article.html", "/actors/", "/exchange.html", "/glossary.html", "/timeline.html", "/sources.html",
                "/about.html"), doors);
        assertTrue(home.selectFirst(".hero a.button").attr("href").endsWith("article.html"), "the article is the first call");
        for (Element door : home.select(".door")) {
            assertTrue(!door.select(".door__text").text().isBlank(), "a one-line description: " + door.text());
        }
    }

    @Test
    void theCountsAgreeWithTheSectionPages() throws IOException {
        Document home = page("index.html");
        assertEquals(page("actors/index.html").select(".card").size(), number(door(home, "/actors/"), "فاعل"));
        assertEquals(page("actors/index.html").select("table.relations-table tbody tr").size(), number(door(home, "/actors/"), "علاق"));
        assertEquals(page("glossary.html").select(".glossary__entry").size(), number(door(home, "/glossary.html"), "مصطلح"));
        assertEquals(page("timeline.html").select(".timeline__event").size(), number(door(home, "/timeline.html"), "حدث"));
        assertEquals(page("sources.html").select("li.source").size(), number(door(home, "/sources.html"), "(?:مصدر|مصادر)"));
        assertEquals(page("article.html").select(".article__body p.numbered").size(), number(door(home, "/article.html"), "فقر"));
        int byKind = 0;
        for (String item : door(home, "/actors/").select(".door__breakdown li").eachText()) {
            byKind += Integer.parseInt(item.replaceAll(".*: ", ""));
        }
        assertEquals(page("actors/index.html").select(".card").size(), byKind, "actors by kind add up");
        Document exchange = page("exchange.html");
        String facts = door(home, "/exchange.html").selectFirst(".door__facts").text();
        assertTrue(facts.contains(": " + exchange.select(".ledger__side").get(0).select(".ledger__item").size() + " "), facts);
        assertEquals(exchange.select(".figure-card__value").get(0).text(), door(home, "/exchange.html").selectFirst(".door__breakdown b").text(),
                "the first key figure of the ledger");
    }

    private static Element door(Document home, String href) {
        return home.selectFirst(".door:has(.door__title a[href=" + href + "])");
    }

    /** The number written before a noun in a door's facts («23 فاعلًا»). */
    private static int number(Element door, String noun) {
        Matcher m = Pattern.compile("(\\d+) " + noun).matcher(door.selectFirst(".door__facts").text());
        assertTrue(m.find(), noun + " in «" + door.selectFirst(".door__facts").text() + "»");
        return Integer.parseInt(m.group(1));
    }

}
