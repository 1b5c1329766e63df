package org.terrortrade.page;

import java.util.List;
import java.util.Map;

import org.terrortrade.markdown.MarkdownRenderer.Heading;

/**
 * One page of the site, made once by its type ({@code ContentType.page}) and read by everything that shows it: its
 * template (as {@code page}), the sitemap and feed, search and the link check. Templates see nothing else of the
 * content file: no front-matter map, no engine document.
 *
 * @param type           the content type that made the page
 * @param uri            where the page lives in the site ({@code ContentType.url})
 * @param slug           the file name without its extension
 * @param sourcePath     the content file, relative to the project root (for "edit this page")
 * @param title          the page's title, as its heading, {@code <title>}, card and feed show it
 * @param description    one or two sentences about the page (meta description, feed summary)
 * @param subtitle       the line under the title, or null
 * @param added          the day the page was added to the site (ISO date)
 * @param changed        the day it last changed (ISO date; {@code added} when it never did)
 * @param body           the Markdown body as HTML
 * @param toc            the body's headings, in order
 * @param words          the body's word count
 * @param showDisclaimer whether the article's disclaimer follows the page's text
 * @param figure         the type's drawing of the site's data as inline SVG, or null
 * @param cardKicker     the line under the title on the page's social card
 * @param search         the page's search documents (none when it is not searchable)
 * @param draft          whether the page is a draft, shown only in serve mode and marked so
 * @param links          every address the page's Markdown writes, with the file line that writes it (for the link check)
 */
public record Page(PageKind type, String uri, String slug, String sourcePath, String title, String description,
        String subtitle, String added, String changed, String body, List<Heading> toc, int words, boolean showDisclaimer,
        String figure, String cardKicker, Map<String, Integer> links, boolean draft, List<SearchEntry> search) {

    /** Whether the page changed after the day it was added. */
    public boolean isChanged() {
        return !changed.equals(added);
    }

    /** The section page above this one in the breadcrumb trail, or null for a top-level page. */
    public Crumb parent() {
        return type.parent();
    }
}
