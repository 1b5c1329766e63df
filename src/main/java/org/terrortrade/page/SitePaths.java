package org.terrortrade.page;

import java.util.Arrays;

/** Paths between pages of the site, for the few links that must work wherever the site is served (no base path). */
public final class SitePaths {
    private SitePaths() {
    }

    /**
     * The link to the page at {@code uri} as the site writes it: a folder's index page by its folder
     * (actors/index.html → "actors/", the home page index.html → ""), every other page by its path.
     */
    public static String href(String uri) {
        return uri.replaceFirst("(^|/)index\\.html$", "$1");
    }

    /**
     * The relative link from the page at {@code from} to the page at {@code to}, both paths inside the site:
     * actors/index.html → actors/ttp.html is "ttp.html"; actors/index.html → glossary.html is "../glossary.html".
     */
    public static String relative(String from, String to) {
        String[] source = from.split("/");
        String[] target = to.split("/");
        int common = 0;
        while (common < source.length - 1 && common < target.length - 1 && source[common].equals(target[common])) {
            common++;
        }
        return "../".repeat(source.length - 1 - common) + String.join("/", Arrays.copyOfRange(target, common, target.length));
    }
}
