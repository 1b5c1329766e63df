package org.terrortrade.model;

import java.util.List;

/**
 * A typed, directed relation between two actors (by slug), with its claim. {@code label} is the relation's verb in
 * Arabic, made to agree with the subject and in the relation's tense («تتهم», «اتهمت», «يتهمون»).
 */
public record Relation(String from, String to, String kind, String when, String label, Claim claim, int line) {

    public String text() {
        return claim.text();
    }

    public List<Integer> cite() {
        return claim.cite();
    }
}
