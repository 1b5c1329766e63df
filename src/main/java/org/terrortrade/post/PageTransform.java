package org.terrortrade.post;

import org.jsoup.nodes.Document;

/** One change made to every baked HTML page after JBake (cross-links, bidi isolation…). */
public interface PageTransform {

    /**
     * @param page the parsed page, changed in place
     * @param path the page's path inside the site, with forward slashes (e.g. {@code actors/ttp.html})
     */
    void apply(Document page, String path);
}
