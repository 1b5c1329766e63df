package org.terrortrade.page;

/**
 * A page kind that sitemap.xml lists: a public address search engines should find. A kind without it (the 404
 * page) is served but never listed.
 */
public interface InSitemap extends PageKind {
}
