package org.terrortrade.page;

/**
 * A page kind whose pages are entries of the Atom feed: pages whose changes readers follow. A feed entry is a listed
 * address, so it is in the sitemap too.
 */
public interface InFeed extends InSitemap {
    /** Whether the feed lists this kind's pages before the others, with the article's author (the article). */
    default boolean leadsFeed() {
        return false;
    }
}
