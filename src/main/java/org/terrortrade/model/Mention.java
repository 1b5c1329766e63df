package org.terrortrade.model;

/** Where the article mentions an actor or a term: the paragraph and a short excerpt around the mention. */
public record Mention(int paragraph, String before, String match, String after) {
}
