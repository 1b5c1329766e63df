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
import org.terrortrade.model.Relation;

@Tag("unit")
class RelationsMapTest {

    private static Actor actor(String slug, String title, String kind) {
        return new Actor(slug, "content/actors/" + slug + ".md", title, slug, kind, "…", List.of(title), null, List.of(), List.of(),
                List.of(), List.of(1), Map.of());
    }

    @Test
    void drawsOneNodePerActorAndOneArrowPerRelationFromTheData() {
        List<Actor> actors = List.of(actor("pakistan", "باكستان", "state"), actor("india", "الهند", "state"),
                actor("ttp", "تحريك طالبان باكستان", "armed-group"));
        List<Relation> relations = List.of(new Relation("pakistan", "india", "accuses", "…", List.of(9), 1),
                new Relation("ttp", "pakistan", "threatens", "…", List.of(3), 1),
                new Relation("pakistan", "ttp", "fights", "…", List.of(3), 1));

        Document svg = Jsoup.parse(new RelationsMap().draw(actors, relations), "", Parser.xmlParser());

        assertEquals(3, svg.select("circle").size());
        assertEquals(List.of("باكستان", "الهند", "تحريك طالبان باكستان"), svg.select("text").eachText());
        assertEquals(3, svg.select("path.relations-map__edge").size());
        assertEquals(List.of("باكستان يتهم الهند", "تحريك طالبان باكستان يهدد باكستان", "باكستان يقاتل تحريك طالبان باكستان"),
                svg.select("path.relations-map__edge > title").eachText());
        assertEquals(3, svg.select("path.relations-map__edge--hostile").size(), "accuses, threatens and fights are hostile");
        assertEquals("img", svg.selectFirst("svg").attr("role"));
    }
}
