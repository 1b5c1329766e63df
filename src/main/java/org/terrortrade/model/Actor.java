package org.terrortrade.model;

import java.util.List;

/** An actor's profile, from content/actors/<slug>.md. */
public record Actor(String slug, String path, String title, String nameEn, String kind, String summary, List<String> aliases,
        Claim stance, List<Claim> gives, List<Claim> gets, List<Relation> relations, List<Integer> cite) {

    /** Site-relative URL of the profile page. */
    public String url() {
        return "actors/" + slug + ".html";
    }

    public String kindLabel() {
        return ActorKinds.label(kind);
    }
}
