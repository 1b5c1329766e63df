package org.terrortrade.model;

import java.util.List;

/**
 * A key figure of the exchange; {@code computed} says how it was derived when the article does not state it. Its
 * claim carries the cite and the voice (whose figure it is); the claim's text is the label, value and note together.
 */
public record Figure(String label, String value, String note, String computed, Claim claim, int line) {

    public List<Integer> cite() {
        return claim.cite();
    }
}
