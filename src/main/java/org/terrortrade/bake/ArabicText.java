package org.terrortrade.bake;

import java.time.LocalDate;

import org.terrortrade.text.Counted;
import org.terrortrade.text.Dates;
import org.terrortrade.text.Messages;

/**
 * Dates and counted nouns in Arabic, from the Arabic bundles ({@code i18n/*_ar.properties}): for the checks that read
 * the Arabic article (month names in its text) and for callers that do not yet know the site's interface language.
 * Templates use the interface language's words through {@code t} ({@link org.terrortrade.text.UiText}).
 */
public final class ArabicText {
    private static final Messages ARABIC = Messages.forLanguage("ar");

    private ArabicText() {
    }

    /** The Arabic bundles. */
    public static Messages messages() {
        return ARABIC;
    }

    /** «15 يونيو (حزيران) 2025»: day, month with its Levantine name, year, in Western digits as the article does. */
    public static String date(LocalDate date) {
        return Dates.full(ARABIC, date);
    }

    /** «يونيو (حزيران) 2025». */
    public static String monthYear(int year, int month) {
        return Dates.monthYear(ARABIC, year, month);
    }

    /** «2016», «يناير (كانون الثاني) 2015» or «11 سبتمبر (أيلول) 2001» for 2016, 2015-01, 2001-09-11. */
    public static String partialDate(String date) {
        return Dates.partial(ARABIC, date);
    }

    /** The month's names as they appear in text, e.g. {"يونيو", "حزيران"}. */
    public static String[] monthNames(int month) {
        String full = Dates.month(ARABIC, month);
        return new String[] {full.substring(0, full.indexOf(' ')), full.substring(full.indexOf('(') + 1, full.indexOf(')'))};
    }

    /** Reading time for a word count at 180 words a minute, with the noun agreeing with the number. */
    public static String readingTime(int words) {
        int minutes = Math.max(1, Math.round(words / 180f));
        return ARABIC.get("meta.reading_time", minutes(minutes));
    }

    static String minutes(int n) {
        return Counted.of(ARABIC, n, "minute");
    }
}
