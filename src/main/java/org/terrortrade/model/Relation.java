package org.terrortrade.model;

import java.util.List;

/**
 * A typed, directed relation between two actors (by slug), with its claim: its {@code kind} (one of
 * {@link RelationKinds#KINDS}) and {@code when} its tense ({@code present} or {@code past}). Its verb, agreeing with the
 * subject and in that tense («تتهم», «اتهمت», «يتهمون»), is interface text ({@code words.ModelWords}).
 */
public record Relation(String from, String to, String kind, String when, Claim claim, int line) {

    public String text() {
        return claim.text();
    }

    public List<Integer> cite() {
        return claim.cite();
    }
}
