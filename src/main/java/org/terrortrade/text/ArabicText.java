package org.terrortrade.text;

/**
 * The Arabic bundles ({@code i18n/*_ar.properties}) for the checks that read the Arabic article (month names in its
 * text, the words a status badge already says), whatever the site's interface language. Pages use the interface
 * language's words (templates through {@code t}, {@link org.terrortrade.site.UiText}).
 */
public final class ArabicText {
    private static final Messages ARABIC = Messages.forLanguage("ar");

    private ArabicText() {
    }

    /** The Arabic bundles. */
    public static Messages messages() {
        return ARABIC;
    }

    /** The month's names as they appear in text, e.g. {"يونيو", "حزيران"}. */
    public static String[] monthNames(int month) {
        String full = Dates.month(ARABIC, month);
        return new String[] {full.substring(0, full.indexOf(' ')), full.substring(full.indexOf('(') + 1, full.indexOf(')'))};
    }
}
