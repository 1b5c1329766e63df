package org.terrortrade.types;

import java.util.Collection;
import java.util.List;

import org.terrortrade.content.SourceFile;
import org.terrortrade.markdown.MarkdownRenderer;
import org.terrortrade.model.Claim;
import org.terrortrade.model.SiteModel;
import org.terrortrade.page.SearchEntry;
import org.terrortrade.text.Messages;
import org.terrortrade.words.ModelWords;

/**
 * A content type whose pages the site's search finds. A type without it (the search page itself, the 404 page) makes
 * pages with no search documents.
 */
public interface InSearch {
    /**
     * The page's search documents, from its Markdown and the model (never from the rendered HTML): by default the whole
     * page as one document, found by its body's words.
     *
     * @param url     the page's path in the site
     * @param section the name its documents are listed under
     */
    default List<SearchEntry> search(SourceFile file, String url, String title, String section,
            MarkdownRenderer.Rendered body, SiteModel model, Messages messages) {
        return List.of(new SearchEntry(url, title, section, body.text()));
    }

    /**
     * These claims one after another, each with its voice as the pages show it («يذكر المقال: …»): a search result's
     * excerpt never shows a claim without whose claim it is.
     */
    static String voiced(SiteModel model, Messages messages, Collection<Claim> claims) {
        StringBuilder text = new StringBuilder();
        claims.forEach(claim -> text.append(ModelWords.voiced(messages, model, claim)).append(' '));
        return text.toString();
    }
}
