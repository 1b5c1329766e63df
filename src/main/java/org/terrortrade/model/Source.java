package org.terrortrade.model;

import java.util.List;

import org.terrortrade.text.Messages;

/** A source the article names, and the claim it attributes to it. */
public record Source(String name, String en, String kind, String actor, Claim claim, int line) {

    /** What kind of source it is, in words ({@code source.kind.<kind>} in the bundles). */
    public String kindLabel(Messages messages) {
        String key = "source.kind." + kind;
        return messages.has(key) ? messages.get(key) : kind;
    }

    public List<Integer> cite() {
        return claim.cite();
    }
}
