package org.terrortrade.model;

import java.util.List;
import java.util.Map;

/**
 * An actor's profile, from content/actors/<slug>.md; {@code grammar} is how Arabic verbs agree with its title
 * (masculine, feminine or plural); {@code url} is where its profile lives in the site (its type's URL rule);
 * {@code lines} gives the line of each top-level field.
 */
public record Actor(String slug, String path, String url, String title, String nameEn, String kind, String grammar, Claim summary,
        List<String> aliases, Claim stance, List<Claim> gives, List<Claim> receives, List<Claim> notes, List<Relation> relations,
        Map<String, Integer> lines) {

    /** The line a top-level field is written on (for messages). */
    public int line(String field) {
        return lines.getOrDefault(field, 1);
    }

    /** Every claim of the profile, for the checks that apply to all of them. */
    public List<Claim> claims() {
        java.util.List<Claim> all = new java.util.ArrayList<>();
        all.add(summary);
        if (stance != null) {
            all.add(stance);
        }
        all.addAll(gives);
        all.addAll(receives);
        all.addAll(notes);
        relations.forEach(r -> all.add(r.claim()));
        return all;
    }
}
