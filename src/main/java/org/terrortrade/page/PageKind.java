package org.terrortrade.page;

import java.util.Map;

import org.terrortrade.model.SiteModel;

/**
 * What a page's content type answers for the steps after the pages step: which template renders it, where it sits
 * in the breadcrumb trail and its schema.org node. The content types implement it; the steps that read pages (render,
 * sitemap, feed, metadata) see only this and the listings it may implement ({@link InSitemap}, {@link InFeed}), never
 * the type's schema or its source file.
 */
public interface PageKind {
    /** The value of {@code type:} in the page's front matter. */
    String name();

    /** The template under {@code templates/} that renders the page. */
    String template();

    /** The section page above the page in the breadcrumb trail, or null: a top-level page. */
    default Crumb parent() {
        return null;
    }

    /** The page's main schema.org node: a {@code WebPage} unless its kind knows better. */
    default Map<String, Object> jsonLd(PageMeta meta, Page page, SiteModel model) {
        return meta.node("WebPage", page);
    }
}
