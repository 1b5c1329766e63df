package org.terrortrade.model;

import java.util.List;
import java.util.Map;

/**
 * A glossary term, from content/glossary/<slug>.md: an optional general gloss in the editors' voice ({@code gloss}, no
 * names, numbers or claims) and what the article says about it ({@code says}, cited claims); {@code url} is its entry
 * on the glossary page (its type's URL rule).
 */
public record Term(String slug, String path, String url, String title, String en, List<String> aliases, List<String> related, String actor,
        String gloss, List<Claim> says, Map<String, Integer> lines) {

    /** The line a top-level field is written on (for messages). */
    public int line(String field) {
        return lines.getOrDefault(field, 1);
    }

    /** What the article says about the term, first: the preview inside the article and the term's description. */
    public Claim lead() {
        return says.get(0);
    }
}
