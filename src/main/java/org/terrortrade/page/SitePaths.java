package org.terrortrade.page;

import java.util.Arrays;

/** Paths between pages of the site, for the few links that must work wherever the site is served (no base path). */
public final class SitePaths {
    private SitePaths() {
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
