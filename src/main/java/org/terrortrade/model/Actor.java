package org.terrortrade.model;

import java.util.List;
import java.util.Map;

/** An actor's profile, from content/actors/<slug>.md; {@code lines} gives the line of each top-level field. */
public record Actor(String slug, String path, String title, String nameEn, String kind, String summary, List<String> aliases,
        Claim stance, List<Claim> gives, List<Claim> gets, List<Relation> relations, List<Integer> cite,
        Map<String, Integer> lines) {

    /** Site-relative URL of the profile page. */
    public String url() {
        return "actors/" + slug + ".html";
    }

    /** The line a top-level field is written on (for messages). */
    public int line(String field) {
        return lines.getOrDefault(field, 1);
    }

    public String kindLabel() {
        return ActorKinds.label(kind);
    }
}
