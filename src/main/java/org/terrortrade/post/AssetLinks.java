package org.terrortrade.post;

import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Points every page's {@code href} and {@code src} at the fingerprinted asset names ({@link AssetFingerprints}). */
public final class AssetLinks implements PageTransform {
    private final String basePath;
    private final Map<String, String> renamed;

    public AssetLinks(String basePath, Map<String, String> renamed) {
        this.basePath = basePath;
        this.renamed = renamed;
    }

    @Override
    public Object inputs(String path) {
        return java.util.List.of(basePath, renamed);
    }

    @Override
    public void apply(Document page, String path) {
        for (Element element : page.select("link[href], script[src]")) {
            String attribute = element.hasAttr("href") ? "href" : "src";
            String value = element.attr(attribute);
            if (value.startsWith(basePath)) {
                String hashed = renamed.get(value.substring(basePath.length()));
                if (hashed != null) {
                    element.attr(attribute, basePath + hashed);
                }
            }
        }
    }
}
