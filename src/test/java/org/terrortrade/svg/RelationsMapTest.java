package org.terrortrade.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.terrortrade.text.Messages;
import org.terrortrade.model.Actor;
import org.terrortrade.model.Claim;
import org.terrortrade.model.Relation;

@Tag("unit")
class RelationsMapTest {

    private static final Claim SAID = new Claim("…", List.of(1), Claim.ARTICLE, null, null, 1);

    private static Actor actor(String slug, String title, String kind, String grammar) {
        return new Actor(slug, "content/actors/" + slug + ".md", "actors/" + slug + ".html", title, slug, kind, grammar, SAID, List.of(title), null, List.of(),
                List.of(), List.of(), List.of(), Map.of());
    }

    private static Relation relation(String from, String to, String kind) {
        return new Relation(from, to, kind, "present", SAID, 1);
    }

    private static final List<Actor> ACTORS = List.of(actor("pakistan", "باكستان", "state", "feminine"),
            actor("india", "الهند", "state", "feminine"), actor("ttp", "حركة طالبان باكستان", "armed-group", "feminine"),
            actor("baloch", "الجماعات الانفصالية في إقليم بلوشستان", "armed-group", "feminine"),
            actor("army", "الجيش الباكستاني", "institution", "masculine"), actor("alone", "روسيا", "state", "feminine"));
    private static final List<Relation> RELATIONS = List.of(relation("pakistan", "india", "accuses"),
            relation("ttp", "pakistan", "threatens"), relation("pakistan", "ttp", "fights"),
            relation("army", "pakistan", "part-of"), relation("baloch", "pakistan", "attacks"),
            relation("india", "baloch", "supports"));

    private static Document draw() {
        return Jsoup.parse(new RelationsMap(Messages.forLanguage("ar")).draw(ACTORS, RELATIONS, actor -> actor.slug() + ".html"), "", Parser.xmlParser());
    }

    @Test
    void drawsOneLinkedNodePerActorAndOneArrowPerRelationFromTheData() {
        Document map = draw();
        Element svg = map.selectFirst("svg.relations-map");
        assertEquals(6, svg.select("a.relations-map__actor > circle").size());
        assertEquals(List.of("pakistan.html", "india.html", "ttp.html", "baloch.html", "army.html", "alone.html").stream().sorted().toList(),
                svg.select("a.relations-map__actor").eachAttr("href").stream().sorted().toList());
        assertEquals(6, svg.select(".relations-map__edges > path").size());
        assertTrue(svg.select(".relations-map__edges > path > title").eachText().contains("باكستان تتهم الهند"));
        assertEquals(4, svg.select(".relations-map__edges > path.relations-map__edge--hostile").size(), "accuses, threatens, fights, attacks");
        assertEquals(1, svg.select(".relations-map__edges > path.relations-map__edge--belonging").size(), "part-of");
        assertEquals(1, svg.select(".relations-map__edges > path.relations-map__edge--cooperation").size(), "supports");
        assertEquals("group", svg.attr("role"), "a group of links, not an image whose children are hidden");
        assertEquals("روسيا", svg.select("a.relations-map__actor").last().text(), "an actor without relations goes last");
    }

    @Test
    void eachActorCarriesACopyOfExactlyItsOwnRelations() {
        Document map = draw();
        for (Element link : map.select("a.relations-map__actor")) {
            String slug = link.attr("href").replace(".html", "");
            Element own = link.nextElementSibling();
            assertTrue(own.hasClass("relations-map__own"), slug);
            long expected = RELATIONS.stream().filter(r -> r.from().equals(slug) || r.to().equals(slug)).count();
            assertEquals(expected, own.select("path").size(), slug);
            for (Element path : own.select("path")) {
                assertTrue(path.attr("data-from").equals(slug) || path.attr("data-to").equals(slug), slug + ": " + path.attr("d"));
            }
        }
        assertEquals(4, map.selectFirst("a[href=pakistan.html]").nextElementSibling().select("circle.relations-map__ring").size(),
                "one ring per counterpart: india, ttp, army, baloch");
    }

    @Test
    void noArcReachesTheNamesAndLongNamesWrap() {
        Document map = draw();
        double rightmostArc = 0;
        for (Element path : map.select(".relations-map__edges > path")) {
            for (double x : xs(path.attr("d"))) {
                rightmostArc = Math.max(rightmostArc, x);
                assertTrue(x >= 0, "arc inside the picture: " + path.attr("d"));
            }
        }
        double nameStart = Double.parseDouble(map.selectFirst("text.relations-map__label").attr("x"));
        assertTrue(rightmostArc < RelationsMap.NODE_X && RelationsMap.NODE_X < nameStart,
                "arcs left of the nodes (" + rightmostArc + "), names right of them (" + nameStart + ")");
        RelationsMap.LabelWidth width = new RelationsMap.LabelWidth();
        for (Element tspan : map.select("text.relations-map__label > tspan")) {
            assertTrue(width.of(tspan.text()) <= RelationsMap.LABEL_MAX, "name line fits: " + tspan.text());
            assertTrue(nameStart + width.of(tspan.text()) <= RelationsMap.WIDTH, "inside the picture: " + tspan.text());
        }
        assertEquals(2, map.selectFirst("a[href=baloch.html] text").select("tspan").size(), "the longest name wraps");
    }

    @Test
    void theLegendNamesTheKindsPresentUnderTheirLineStyle() {
        Document map = draw();
        List<String> keys = map.select(".relations-legend__key").eachText();
        assertEquals(3, keys.size(), keys.toString());
        assertTrue(keys.get(0).startsWith("تعاون ودعم") && keys.get(0).contains("دعم"), keys.toString());
        assertTrue(keys.get(1).startsWith("عداء") && keys.get(1).contains("اتهام") && keys.get(1).contains("قتال"), keys.toString());
        assertTrue(keys.get(2).contains("انتماء"), keys.toString());
        for (Element key : map.select(".relations-legend__key")) {
            String family = key.className().replaceAll(".*--", "");
            assertEquals(1, key.select("path.relations-map__edge--" + family).size(), "sample line of " + family);
        }
    }

    @Test
    void relatedActorsSitCloseTogether() {
        List<Actor> column = RelationsMap.order(ACTORS, RELATIONS);
        assertEquals("alone", column.get(column.size() - 1).slug());
        int total = 0;
        for (Relation r : RELATIONS) {
            total += Math.abs(indexOf(column, r.from()) - indexOf(column, r.to()));
        }
        int inModelOrder = 0;
        for (Relation r : RELATIONS) {
            inModelOrder += Math.abs(indexOf(ACTORS, r.from()) - indexOf(ACTORS, r.to()));
        }
        assertTrue(total <= inModelOrder, "total arc length " + total + " vs " + inModelOrder + " in the model's order");
    }

    private static int indexOf(List<Actor> actors, String slug) {
        for (int i = 0; i < actors.size(); i++) {
            if (actors.get(i).slug().equals(slug)) {
                return i;
            }
        }
        return -1;
    }

    /** The x coordinates of a path's points and control points (M x y C x y x y x y). */
    private static List<Double> xs(String d) {
        String[] numbers = d.replaceAll("[MC]", " ").trim().split("\\s+");
        List<Double> xs = new ArrayList<>();
        for (int i = 0; i < numbers.length; i += 2) {
            xs.add(Double.parseDouble(numbers[i]));
        }
        return xs;
    }
}
