package org.terrortrade.model;

import java.util.List;

import org.terrortrade.text.Messages;

/** A source the article names, and the claim it attributes to it. */
public record Source(String name, String en, String kind, String actor, Claim claim, int line) {

    /** The kinds a source's {@code kind:} may name. */
    public static final List<String> KINDS = List.of("institution", "government", "official", "report", "statement");

    /** What kind of source it is, in words ({@code source.kind.<kind>} in the bundles). */
    public String kindLabel(Messages messages) {
        return messages.get("source.kind." + kind);
    }

    public List<Integer> cite() {
        return claim.cite();
    }
}
