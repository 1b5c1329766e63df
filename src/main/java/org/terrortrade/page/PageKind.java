package org.terrortrade.page;

import java.util.Map;

import org.terrortrade.model.SiteModel;

/**
 * What a page's content type answers for the steps after the pages step: which template renders it, where it is
 * listed and its schema.org node. The content types implement it; the steps that read pages (render, sitemap, feed,
 * metadata) see only this, never the type's schema or its source file.
 */
public interface PageKind {
    /** The value of {@code type:} in the page's front matter. */
    String name();

    /** The template under {@code templates/} that renders the page. */
    String template();

    /** Key of the section's name in the types bundle: menu label, breadcrumb and search section. */
    String sectionKey();

    /** The section page above the page in the breadcrumb trail, or null. */
    Crumb parent();

    /** Whether sitemap.xml lists the page. */
    boolean inSitemap();

    /** Whether the Atom feed has the page as an entry. */
    boolean inFeed();

    /** Whether the feed lists this kind's pages before the others. */
    boolean leadsFeed();

    /** The page's main schema.org node. */
    Map<String, Object> jsonLd(PageMeta meta, Page page, SiteModel model);
}
