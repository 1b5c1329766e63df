package org.terrortrade.svg;

import static org.terrortrade.svg.Svg.escape;
import static org.terrortrade.svg.Svg.n;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.terrortrade.model.Actor;
import org.terrortrade.model.Relation;
import org.terrortrade.model.RelationKinds;

/**
 * Draws the actors in two columns (the first half of the model's order on the right, read first, the rest on the
 * left), with their names outside the columns where long Arabic names have room, and each relation as a curved
 * arrow: hostile relations dashed in the accent colour, the others in ink. Colours come from the site's CSS
 * classes, so the map follows the light and dark themes; the same relations are listed in a table beside it.
 */
final class RelationsMap {
    private static final double WIDTH = 1000;
    private static final double RIGHT_X = 680;
    private static final double LEFT_X = 320;
    private static final double TOP = 40;
    private static final double ROW = 50;

    String draw(List<Actor> actors, List<Relation> relations) {
        int rightCount = (actors.size() + 1) / 2;
        double height = TOP * 2 + ROW * (rightCount - 1);
        Map<String, double[]> position = new HashMap<>();
        for (int i = 0; i < actors.size(); i++) {
            boolean right = i < rightCount;
            int row = right ? i : i - rightCount;
            position.put(actors.get(i).slug(), new double[] {right ? RIGHT_X : LEFT_X, TOP + ROW * row});
        }
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"relations-map\" viewBox=\"0 0 ").append(n(WIDTH)).append(' ').append(n(height))
                .append("\" role=\"img\" aria-labelledby=\"relations-map-title relations-map-desc\" xmlns=\"http://www.w3.org/2000/svg\">\n")
                .append("<title id=\"relations-map-title\">خريطة العلاقات بين الفاعلين</title>\n")
                .append("<desc id=\"relations-map-desc\">").append(actors.size()).append(" فاعلًا و").append(relations.size())
                .append(" علاقة موثّقة؛ الأسهم الحمراء المتقطعة علاقات عدائية (اتهام، قتال، تهديد، ضغط)، والداكنة علاقات تعاون أو دعم أو قيادة. الجدول التالي يسرد العلاقات نفسها.</desc>\n")
                .append("<defs>")
                .append(marker("arrow-hostile", "relations-map__head--hostile"))
                .append(marker("arrow-other", "relations-map__head"))
                .append("</defs>\n<g class=\"relations-map__edges\">\n");
        // Cooperative edges first, hostile ones on top: the hostile ones are what the article is about.
        List<Relation> ordered = relations.stream()
                .sorted(Comparator.comparing((Relation r) -> RelationKinds.hostile(r.kind()))).toList();
        for (Relation relation : ordered) {
            double[] from = position.get(relation.from());
            double[] to = position.get(relation.to());
            if (from != null && to != null) {
                edge(svg, relation, from, to, title(actors, relation.from()), title(actors, relation.to()));
            }
        }
        svg.append("</g>\n<g class=\"relations-map__nodes\">\n");
        for (Actor actor : actors) {
            double[] p = position.get(actor.slug());
            boolean right = p[0] == RIGHT_X;
            // direction="rtl": "end" is the text's left end (labels grow rightwards), "start" its right end.
            svg.append("<circle class=\"relations-map__node relations-map__node--").append(actor.kind()).append("\" cx=\"")
                    .append(n(p[0])).append("\" cy=\"").append(n(p[1])).append("\" r=\"8\"/>")
                    .append("<text class=\"relations-map__label\" x=\"").append(n(right ? p[0] + 18 : p[0] - 18))
                    .append("\" y=\"").append(n(p[1] + 6)).append("\" text-anchor=\"").append(right ? "end" : "start")
                    .append("\" direction=\"rtl\">").append(escape(actor.title())).append("</text>\n");
        }
        return svg.append("</g>\n</svg>").toString();
    }

    private static void edge(StringBuilder svg, Relation relation, double[] from, double[] to, String fromTitle, String toTitle) {
        double c1x;
        double c2x;
        if (from[0] == to[0]) {
            // Same column: bow inwards, further for rows further apart.
            double bow = 40 + Math.abs(to[1] - from[1]) * 0.35;
            double inwards = from[0] == RIGHT_X ? -bow : bow;
            c1x = from[0] + inwards;
            c2x = to[0] + inwards;
        } else {
            double pull = (RIGHT_X - LEFT_X) * 0.45;
            c1x = from[0] + (to[0] > from[0] ? pull : -pull);
            c2x = to[0] + (to[0] > from[0] ? -pull : pull);
        }
        // The curve arrives horizontally (its last control point is level with the target): stop at the dot's rim.
        double endX = to[0] - Math.signum(to[0] - c2x) * 10;
        boolean hostile = RelationKinds.hostile(relation.kind());
        svg.append("<path class=\"relations-map__edge").append(hostile ? " relations-map__edge--hostile" : "").append("\" d=\"M")
                .append(n(from[0])).append(' ').append(n(from[1])).append("C").append(n(c1x)).append(' ').append(n(from[1]))
                .append(' ').append(n(c2x)).append(' ').append(n(to[1])).append(' ').append(n(endX)).append(' ').append(n(to[1]))
                .append("\" marker-end=\"url(#").append(hostile ? "arrow-hostile" : "arrow-other").append(")\"><title>")
                .append(escape(fromTitle + " " + relation.label() + " " + toTitle)).append("</title></path>\n");
    }

    private static String marker(String id, String cssClass) {
        return "<marker id=\"" + id + "\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" "
                + "orient=\"auto-start-reverse\"><path class=\"" + cssClass + "\" d=\"M0 0L10 5L0 10z\"/></marker>";
    }

    private static String title(List<Actor> actors, String slug) {
        return actors.stream().filter(a -> a.slug().equals(slug)).map(Actor::title).findFirst().orElse(slug);
    }
}
