package org.terrortrade.model;

import java.util.List;

/** A key figure of the exchange; {@code computed} says how it was derived when the article does not state it. */
public record Figure(String label, String value, String note, String computed, List<Integer> cite, int line) {
}
