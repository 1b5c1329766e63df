package org.terrortrade.svg;

import java.util.Locale;

/** Small helpers for writing SVG by hand: escaped text and numbers with a dot and two decimals at most. */
final class Svg {
    private Svg() {
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static String n(double value) {
        String s = String.format(Locale.ROOT, "%.2f", value);
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }
}
