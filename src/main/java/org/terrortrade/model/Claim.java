package org.terrortrade.model;

import java.util.List;

/** A statement on a derived page and the article paragraphs that support it. {@code line} is where it is written. */
public record Claim(String text, List<Integer> cite, int line) {
}
