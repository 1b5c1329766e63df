package org.terrortrade.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.terrortrade.model.Actor;
import org.terrortrade.model.Claim;
import org.terrortrade.model.Relation;
import org.terrortrade.model.RelationKinds;

@Tag("unit")
class RelationsMapTest {

    private static final Claim SAID = new Claim("…", List.of(1), Claim.ARTICLE, null, null, 1);

    private static Actor actor(String slug, String title, String kind, String grammar) {
        return new Actor(slug, "content/actors/" + slug + ".md", title, slug, kind, grammar, SAID, List.of(title), null, List.of(),
                List.of(), List.of(), List.of(), Map.of());
    }

    private static Relation relation(String from, String grammar, String to, String kind) {
        return new Relation(from, to, kind, "present", RelationKinds.label(kind, grammar, "present"), SAID, 1);
    }

    @Test
    void drawsOneNodePerActorAndOneArrowPerRelationFromTheData() {
        List<Actor> actors = List.of(actor("pakistan", "باكستان", "state", "feminine"), actor("india", "الهند", "state", "feminine"),
                actor("ttp", "حركة طالبان باكستان", "armed-group", "feminine"));
        List<Relation> relations = List.of(relation("pakistan", "feminine", "india", "accuses"),
                relation("ttp", "feminine", "pakistan", "threatens"), relation("pakistan", "feminine", "ttp", "fights"));

        Document svg = Jsoup.parse(new RelationsMap().draw(actors, relations), "", Parser.xmlParser());

        assertEquals(3, svg.select("circle").size());
        assertEquals(List.of("باكستان", "الهند", "حركة طالبان باكستان"), svg.select("text").eachText());
        assertEquals(3, svg.select("path.relations-map__edge").size());
        assertEquals(List.of("باكستان تتهم الهند", "حركة طالبان باكستان تهدد باكستان", "باكستان تقاتل حركة طالبان باكستان"),
                svg.select("path.relations-map__edge > title").eachText());
        assertEquals(3, svg.select("path.relations-map__edge--hostile").size(), "accuses, threatens and fights are hostile");
        assertEquals("img", svg.selectFirst("svg").attr("role"));
    }
}
