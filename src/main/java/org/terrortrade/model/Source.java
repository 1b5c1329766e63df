package org.terrortrade.model;

import java.util.List;

/** A source the article names, and the claim it attributes to it; its kind in words is {@code words.ModelWords}. */
public record Source(String name, String en, String kind, String actor, Claim claim, int line) {

    /** The kinds a source's {@code kind:} may name. */
    public static final List<String> KINDS = List.of("institution", "government", "official", "report", "statement");

    public List<Integer> cite() {
        return claim.cite();
    }
}
