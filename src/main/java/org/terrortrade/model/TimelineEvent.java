package org.terrortrade.model;

import java.util.List;

/**
 * A dated event the article names; {@code date} and {@code until} are 2015, 2015-01 or 2015-01-31; {@code anchor}
 * is its id on the timeline page (from its date, numbered when several events share one).
 */
public record TimelineEvent(String anchor, String date, String until, Claim claim, List<String> actors, int line) {

    public String text() {
        return claim.text();
    }

    public List<Integer> cite() {
        return claim.cite();
    }

    /** The same event with its page anchor. */
    TimelineEvent withAnchor(String id) {
        return new TimelineEvent(id, date, until, claim, actors, line);
    }

    public int year() {
        return Integer.parseInt(date.substring(0, 4));
    }

    /** Whether the article gives this event's year only (no month), so its place within the year is unknown. */
    public boolean yearOnly() {
        return date.length() == 4;
    }

    public int untilYear() {
        return until == null ? year() : Integer.parseInt(until.substring(0, 4));
    }
}
