package org.terrortrade.svg;

import static org.terrortrade.svg.Svg.escape;
import static org.terrortrade.svg.Svg.n;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.terrortrade.model.TimelineEvent;
import org.terrortrade.text.Dates;
import org.terrortrade.text.Messages;

/**
 * The dated events on one time axis that runs right to left, as Arabic reads: the first year at the right.
 * A period (2002–2018) is a bar, a single date a dot; events of the same year stack. Only years the events
 * have are labelled, so nothing is drawn that the data does not hold.
 */
public final class TimelineStrip {
    private static final double WIDTH = 1000;
    private static final double MARGIN = 40;
    private static final double AXIS_Y = 150;

    private final Messages messages;

    /** @param messages the interface text: the title and the dates' words */
    public TimelineStrip(Messages messages) {
        this.messages = messages;
    }

    private String eventDate(TimelineEvent event) {
        String from = Dates.partial(messages, event.date());
        return event.until() == null ? from : messages.get("date.range", from, Dates.partial(messages, event.until()));
    }

    public String draw(List<TimelineEvent> events) {
        if (events.isEmpty()) {
            return "";
        }
        int first = events.stream().mapToInt(TimelineEvent::year).min().orElseThrow();
        int last = events.stream().mapToInt(TimelineEvent::untilYear).max().orElseThrow();
        double span = Math.max(1, last - first);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"timeline-strip\" viewBox=\"0 0 ").append(n(WIDTH)).append(" 200\" role=\"img\" ")
                .append("aria-labelledby=\"timeline-strip-title\" xmlns=\"http://www.w3.org/2000/svg\">\n")
                .append("<title id=\"timeline-strip-title\">").append(escape(messages.get("timeline.strip.title", first, last)))
                .append("</title>\n")
                .append("<line class=\"timeline-strip__axis\" x1=\"").append(n(MARGIN)).append("\" y1=\"").append(n(AXIS_Y))
                .append("\" x2=\"").append(n(WIDTH - MARGIN)).append("\" y2=\"").append(n(AXIS_Y)).append("\"/>\n");
        Map<Integer, Integer> stacked = new HashMap<>();
        java.util.Set<Integer> labelled = new java.util.TreeSet<>();
        int index = 0;
        for (TimelineEvent event : events) {
            index++;
            double x = x(event.year(), first, span);
            int level = stacked.merge(event.year(), 1, Integer::sum) - 1;
            double y = AXIS_Y - 18 - level * 16;
            String label = escape(eventDate(event) + messages.get("colon") + " " + event.text());
            if (event.untilYear() > event.year()) {
                double x2 = x(event.untilYear(), first, span);
                svg.append("<rect class=\"timeline-strip__period\" x=\"").append(n(x2)).append("\" y=\"").append(n(y - 5))
                        .append("\" width=\"").append(n(x - x2)).append("\" height=\"10\" rx=\"5\"><title>").append(label)
                        .append("</title></rect>\n");
                labelled.add(event.untilYear());
            } else {
                svg.append("<circle class=\"timeline-strip__event\" cx=\"").append(n(x)).append("\" cy=\"").append(n(y))
                        .append("\" r=\"6\"><title>").append(label).append("</title></circle>\n");
            }
            labelled.add(event.year());
        }
        double previousX = Double.MAX_VALUE;
        for (int year : labelled) {
            double x = x(year, first, span);
            svg.append("<line class=\"timeline-strip__tick\" x1=\"").append(n(x)).append("\" y1=\"").append(n(AXIS_Y))
                    .append("\" x2=\"").append(n(x)).append("\" y2=\"").append(n(AXIS_Y + 8)).append("\"/>\n");
            // Years closer than a label's width alternate between two rows.
            boolean crowded = previousX - x < 44;
            svg.append("<text class=\"timeline-strip__year\" x=\"").append(n(x)).append("\" y=\"")
                    .append(n(AXIS_Y + (crowded ? 44 : 26))).append("\" text-anchor=\"middle\">").append(year).append("</text>\n");
            previousX = crowded ? Double.MAX_VALUE : x;
        }
        return svg.append("</svg>").toString();
    }

    /** Right to left: the first year at the right margin. */
    private static double x(int year, int first, double span) {
        return WIDTH - MARGIN - (year - first) / span * (WIDTH - 2 * MARGIN);
    }
}
