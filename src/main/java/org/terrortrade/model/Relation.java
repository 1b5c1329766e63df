package org.terrortrade.model;

import java.util.List;

/** A typed, directed relation between two actors (by slug), with its support in the article. */
public record Relation(String from, String to, String kind, String note, List<Integer> cite, int line) {

    /** The relation's verb in Arabic, as the relations table and map show it. */
    public String label() {
        return RelationKinds.label(kind);
    }
}
