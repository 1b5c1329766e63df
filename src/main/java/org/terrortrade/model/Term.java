package org.terrortrade.model;

import java.util.List;

/**
 * A glossary term, from content/glossary/<slug>.md. {@code definitionHtml} is the rendered Markdown body.
 */
public record Term(String slug, String path, String title, String en, List<String> aliases, List<String> related, String actor,
        List<Integer> cite, String definitionHtml, String definitionText, int bodyLine) {

    /** Site-relative URL of the term's entry on the glossary page. */
    public String url() {
        return "glossary.html#" + slug;
    }
}
