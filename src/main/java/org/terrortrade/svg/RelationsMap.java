package org.terrortrade.svg;

import static org.terrortrade.svg.Svg.escape;
import static org.terrortrade.svg.Svg.n;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.terrortrade.model.Actor;
import org.terrortrade.model.Relation;
import org.terrortrade.model.RelationKinds;
import org.terrortrade.text.Messages;
import org.terrortrade.words.ModelWords;

/**
 * The relations between actors as an arc diagram one can follow, at any width from a 320 px phone up: the actors in
 * one column, their names to its right (read first in Arabic), and every relation an arrow bowing out to the left,
 * so that no arc ever crosses a name. The order of the column puts related actors near each other (short arcs).
 *
 * <p>Each kind of relation has its own line style as well as its colour (solid: cooperation and support; dashed:
 * hostility; dotted: command and membership), explained by a legend above the map. Each actor is a link
 * to its profile; hovering or focusing it (Tab) shows only its relations and rings the actors at their other end,
 * with CSS alone ({@code :hover}, {@code :focus}, {@code :has()}). Colours come from the site's CSS classes, so the
 * map follows the light and dark themes. The relations table beside it stays the text alternative.
 *
 * <p>Actor links are relative to the actors' index page, where the map is shown.
 */
public final class RelationsMap {
    static final double WIDTH = 330;
    /** Font size of the names, in user units (CSS px before the map is scaled). Keep in step with site.css. */
    static final double FONT = 15;
    /** A longer name wraps onto a second line. */
    static final double LABEL_MAX = 150;
    static final double NODE_X = WIDTH - 2 - LABEL_MAX - 12;
    static final double LABEL_X = NODE_X + 12;
    static final double NODE_R = 7;
    private static final double LINE = 19;
    private static final double ROW = 30;
    private static final double TOP = 12;
    /** The furthest an arc may bow: its leftmost point stays 4 units inside the picture. */
    private static final double MAX_BOW = (NODE_X - NODE_R - 1 - 4) / 0.75;
    private static final double MIN_BOW = 16;
    private static final double PARALLEL = 10;

    /** Line styles, each a family of kinds; the CSS gives each its dash pattern. */
    enum Family {
        COOPERATION("cooperation"),
        HOSTILE("hostile"),
        BELONGING("belonging");

        /** Its CSS class suffix, and its name's key {@code map.family.<css>} in the bundles. */
        final String css;

        Family(String css) {
            this.css = css;
        }

        static Family of(String kind) {
            if (RelationKinds.hostile(kind)) {
                return HOSTILE;
            }
            return switch (kind) {
                case "leads", "speaks-for", "part-of" -> BELONGING;
                default -> COOPERATION;
            };
        }
    }

    private final LabelWidth width = new LabelWidth();
    private final Messages messages;

    /** @param messages the interface text: the title, the legend, each relation's verb */
    public RelationsMap(Messages messages) {
        this.messages = messages;
    }

    /** The legend (HTML) followed by the map (inline SVG); {@code link} gives each actor's link from the page it is on. */
    public String draw(List<Actor> actors, List<Relation> relations, java.util.function.Function<Actor, String> link) {
        Map<String, Actor> bySlug = new LinkedHashMap<>();
        actors.forEach(a -> bySlug.put(a.slug(), a));
        List<Relation> edges = relations.stream().filter(r -> bySlug.containsKey(r.from()) && bySlug.containsKey(r.to())).toList();
        List<Actor> column = order(actors, edges);

        // Rows: one or two lines of name each; the node sits at the middle of its row.
        Map<String, double[]> node = new HashMap<>();
        Map<String, List<String>> lines = new HashMap<>();
        double y = TOP;
        for (Actor actor : column) {
            List<String> name = width.wrap(actor.title(), LABEL_MAX);
            double row = ROW + (name.size() - 1) * LINE;
            node.put(actor.slug(), new double[] {NODE_X, y + row / 2});
            lines.put(actor.slug(), name);
            y += row;
        }
        double height = y + TOP;
        double span = Math.max(1, height - 2 * TOP);

        // Arcs: bow grows with the distance between the rows (so nested arcs stay nested); relations between the same
        // two actors bow a little further each, so none hides another.
        Map<String, Integer> parallel = new HashMap<>();
        Map<Relation, String> paths = new LinkedHashMap<>();
        for (Relation relation : edges) {
            String pair = relation.from().compareTo(relation.to()) < 0 ? relation.from() + " " + relation.to() : relation.to() + " " + relation.from();
            int k = parallel.merge(pair, 1, Integer::sum) - 1;
            double y1 = node.get(relation.from())[1];
            double y2 = node.get(relation.to())[1];
            double bow = Math.min(MAX_BOW, MIN_BOW + (MAX_BOW - MIN_BOW - 2 * PARALLEL) * Math.sqrt(Math.abs(y2 - y1) / span) + k * PARALLEL);
            double startX = NODE_X - NODE_R - 1;
            double endX = NODE_X - NODE_R - 2;
            double controlX = startX - bow;
            paths.put(relation, "M" + n(startX) + " " + n(y1) + "C" + n(controlX) + " " + n(y1) + " " + n(controlX) + " " + n(y2) + " "
                    + n(endX) + " " + n(y2));
        }

        StringBuilder out = new StringBuilder();
        legend(out, edges);
        out.append("<svg class=\"relations-map\" viewBox=\"0 0 ").append(n(WIDTH)).append(' ').append(n(height))
                .append("\" role=\"group\" aria-labelledby=\"relations-map-title\" aria-describedby=\"relations-map-desc\" xmlns=\"http://www.w3.org/2000/svg\">\n")
                .append("<title id=\"relations-map-title\">").append(escape(messages.get("map.title"))).append("</title>\n")
                .append("<desc id=\"relations-map-desc\">").append(escape(messages.get("map.desc", actors.size(), edges.size())))
                .append("</desc>\n")
                .append("<defs>");
        for (Family family : Family.values()) {
            out.append("<marker id=\"arrow-").append(family.css).append("\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"6\" ")
                    .append("markerHeight=\"6\" orient=\"auto-start-reverse\"><path class=\"relations-map__head relations-map__head--")
                    .append(family.css).append("\" d=\"M0 0L10 5L0 10z\"/></marker>");
        }
        out.append("</defs>\n<g class=\"relations-map__edges\" aria-hidden=\"true\">\n");
        // Cooperation first, hostility on top: the hostile relations are what the article is about.
        List<Relation> drawingOrder = edges.stream().sorted(Comparator.comparing((Relation r) -> Family.of(r.kind()) == Family.HOSTILE)).toList();
        for (Relation relation : drawingOrder) {
            edge(out, relation, paths.get(relation), bySlug);
        }
        out.append("</g>\n");
        for (Actor actor : column) {
            double[] p = node.get(actor.slug());
            List<String> name = lines.get(actor.slug());
            double firstBaseline = p[1] - (name.size() - 1) * LINE / 2 + FONT / 3;
            out.append("<a class=\"relations-map__actor\" href=\"").append(escape(link.apply(actor))).append("\">")
                    .append("<circle class=\"relations-map__node relations-map__node--").append(escape(actor.kind())).append("\" cx=\"")
                    .append(n(p[0])).append("\" cy=\"").append(n(p[1])).append("\" r=\"").append(n(NODE_R)).append("\"/>")
                    // direction="rtl": "end" is the left end of the name, which grows rightwards from beside the node.
                    .append("<text class=\"relations-map__label\" x=\"").append(n(LABEL_X)).append("\" y=\"").append(n(firstBaseline))
                    .append("\" text-anchor=\"end\" direction=\"rtl\">");
            for (int i = 0; i < name.size(); i++) {
                out.append(i == 0 ? "" : "\n").append("<tspan x=\"").append(n(LABEL_X)).append("\" dy=\"").append(i == 0 ? "0" : n(LINE))
                        .append("\">").append(escape(name.get(i))).append("</tspan>");
            }
            out.append("</text></a>\n<g class=\"relations-map__own\" aria-hidden=\"true\">");
            Set<String> others = new LinkedHashSet<>();
            for (Relation relation : drawingOrder) {
                if (relation.from().equals(actor.slug()) || relation.to().equals(actor.slug())) {
                    edge(out, relation, paths.get(relation), bySlug);
                    others.add(relation.from().equals(actor.slug()) ? relation.to() : relation.from());
                }
            }
            for (String other : others) {
                double[] q = node.get(other);
                out.append("<circle class=\"relations-map__ring\" cx=\"").append(n(q[0])).append("\" cy=\"").append(n(q[1]))
                        .append("\" r=\"").append(n(NODE_R + 4)).append("\"/>");
            }
            out.append("</g>\n");
        }
        return out.append("</svg>").toString();
    }

    /** The line styles and the kinds each stands for, as they occur in the data, with how to follow one actor. */
    private void legend(StringBuilder out, List<Relation> edges) {
        Map<Family, Set<String>> kinds = new LinkedHashMap<>();
        for (Family family : Family.values()) {
            kinds.put(family, new LinkedHashSet<>());
        }
        edges.forEach(r -> kinds.get(Family.of(r.kind())).add(ModelWords.relationLegend(messages, r.kind())));
        out.append("<div class=\"relations-legend\">\n<ul class=\"relations-legend__keys\">\n");
        for (Map.Entry<Family, Set<String>> entry : kinds.entrySet()) {
            if (entry.getValue().isEmpty()) {
                continue;
            }
            Family family = entry.getKey();
            out.append("<li class=\"relations-legend__key relations-legend__key--").append(family.css).append("\">")
                    .append("<svg class=\"relations-legend__sample\" viewBox=\"0 0 44 12\" aria-hidden=\"true\" xmlns=\"http://www.w3.org/2000/svg\">")
                    .append("<path class=\"relations-map__edge relations-map__edge--").append(family.css)
                    .append("\" d=\"M42 6H2\" marker-end=\"url(#arrow-").append(family.css).append(")\"/></svg> ")
                    .append("<b>").append(escape(messages.get("map.family." + family.css))).append("</b>").append(escape(messages.get("colon")))
                    .append(' ').append(escape(String.join(messages.get("list.separator"), entry.getValue()))).append("</li>\n");
        }
        out.append("</ul>\n<p class=\"relations-legend__hint\">").append(escape(messages.get("map.hint"))).append("</p>\n</div>\n");
    }

    private void edge(StringBuilder out, Relation relation, String d, Map<String, Actor> bySlug) {
        Family family = Family.of(relation.kind());
        out.append("<path class=\"relations-map__edge relations-map__edge--").append(family.css).append("\" data-from=\"")
                .append(escape(relation.from())).append("\" data-to=\"").append(escape(relation.to())).append("\" d=\"").append(d)
                .append("\" marker-end=\"url(#arrow-").append(family.css).append(")\"><title>")
                .append(escape(bySlug.get(relation.from()).title() + " "
                        + ModelWords.relation(messages, relation.kind(), bySlug.get(relation.from()).grammar(), relation.when()) + " "
                        + bySlug.get(relation.to()).title()))
                .append("</title></path>\n");
    }

    /**
     * The column's order: related actors close together, so arcs stay short and few cross. Starting from the model's
     * order and from one with the most connected actors in the middle, each actor moves repeatedly to the mean
     * position of its neighbours (the barycentre heuristic); the order with the shortest total arc length wins.
     * Actors without relations go last, in the model's order.
     */
    static List<Actor> order(List<Actor> actors, List<Relation> edges) {
        int n = actors.size();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(actors.get(i).slug(), i);
        }
        List<List<Integer>> neighbours = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            neighbours.add(new ArrayList<>());
        }
        for (Relation r : edges) {
            int a = index.get(r.from());
            int b = index.get(r.to());
            if (a != b) {
                neighbours.get(a).add(b);
                neighbours.get(b).add(a);
            }
        }
        Integer[] byModel = new Integer[n];
        Arrays.setAll(byModel, i -> i);
        // Most connected in the middle: alternate them below and above the centre.
        Integer[] byDegree = byModel.clone();
        Arrays.sort(byDegree, Comparator.comparingInt((Integer i) -> -neighbours.get(i).size()).thenComparingInt(i -> i));
        Integer[] centred = new Integer[n];
        int low = (n - 1) / 2;
        int high = low + 1;
        for (int k = 0; k < n; k++) {
            centred[k % 2 == 0 ? low-- : high++] = byDegree[k];
        }
        int[] best = null;
        long bestCost = Long.MAX_VALUE;
        for (Integer[] start : List.of(byModel, centred)) {
            int[] position = new int[n];
            for (int k = 0; k < n; k++) {
                position[start[k]] = k;
            }
            for (int round = 0; round < 40; round++) {
                long cost = cost(position, neighbours);
                if (cost < bestCost) {
                    bestCost = cost;
                    best = position.clone();
                }
                double[] key = new double[n];
                for (int i = 0; i < n; i++) {
                    double sum = position[i];
                    for (int j : neighbours.get(i)) {
                        sum += position[j];
                    }
                    key[i] = sum / (1 + neighbours.get(i).size());
                }
                int[] current = position;
                Integer[] next = byModel.clone();
                Arrays.sort(next, Comparator.comparingDouble((Integer i) -> key[i]).thenComparingInt(i -> current[i]));
                position = new int[n];
                for (int k = 0; k < n; k++) {
                    position[next[k]] = k;
                }
            }
        }
        int[] chosen = best;
        List<Actor> column = new ArrayList<>(actors);
        column.sort(Comparator.comparing((Actor a) -> neighbours.get(index.get(a.slug())).isEmpty())
                .thenComparingInt(a -> chosen[index.get(a.slug())]));
        return column;
    }

    private static long cost(int[] position, List<List<Integer>> neighbours) {
        long cost = 0;
        for (int i = 0; i < position.length; i++) {
            for (int j : neighbours.get(i)) {
                cost += Math.abs(position[i] - position[j]);
            }
        }
        return cost;
    }

    /** Widths of names in the site's bold Arabic face, measured with Java2D (the face the browser draws them in). */
    static final class LabelWidth {
        private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
        private final Font font;

        LabelWidth() {
            font = org.terrortrade.text.ClasspathFont.load("/fonts/NotoNaskhArabic-Bold.ttf").deriveFont((float) FONT);
        }

        double of(String text) {
            return text.isEmpty() ? 0 : new TextLayout(text, font, FRC).getAdvance();
        }

        /** The name broken between words into lines no wider than {@code max} (a single long word stays whole). */
        List<String> wrap(String text, double max) {
            List<String> lines = new ArrayList<>();
            String line = "";
            for (String word : text.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && of(candidate) > max) {
                    lines.add(line);
                    line = word;
                } else {
                    line = candidate;
                }
            }
            lines.add(line);
            return lines;
        }
    }
}
