package org.terrortrade.model;

import java.util.List;
import java.util.Map;

/**
 * A glossary term, from content/glossary/<slug>.md. {@code definitionHtml} is the rendered Markdown body.
 */
public record Term(String slug, String path, String title, String en, List<String> aliases, List<String> related, String actor,
        List<Integer> cite, String definitionHtml, String definitionText, int bodyLine, Map<String, Integer> lines) {

    /** The line a top-level field is written on (for messages). */
    public int line(String field) {
        return lines.getOrDefault(field, 1);
    }

    /** Site-relative URL of the term's entry on the glossary page. */
    public String url() {
        return "glossary.html#" + slug;
    }
}
