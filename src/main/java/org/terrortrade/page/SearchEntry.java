package org.terrortrade.page;

/**
 * One search document: where it leads (a page, or a fragment of one), its title, the section it is listed under and
 * the text it is found by. Made with the page from the model and the page's own Markdown, never scraped from the
 * rendered HTML.
 */
public record SearchEntry(String url, String title, String section, String text) {
    public SearchEntry {
        text = text.replaceAll("\\s+", " ").strip();
    }
}
