package org.terrortrade.post;

import org.jsoup.nodes.Document;

/** One change made to every baked HTML page after JBake (cross-links, bidi isolation…). */
public interface PageTransform {

    /**
     * @param page the parsed page, changed in place
     * @param path the page's path inside the site, with forward slashes (e.g. {@code actors/ttp.html})
     */
    void apply(Document page, String path);

    /**
     * Everything besides the page that {@link #apply} reads for the page at {@code path}: what this transform was made
     * with and can change its result (settings, records of the model, the assets' names), as a value compared with
     * {@code equals}. A warm builder writes a page as it finished it last time only while the page was rendered the
     * same and every transform's inputs are last time's ({@link ProcessedBefore}); an input left out here would leave
     * that page stale in serve mode.
     */
    Object inputs(String path);
}
