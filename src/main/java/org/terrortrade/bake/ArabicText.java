package org.terrortrade.bake;

import java.time.LocalDate;

/** Arabic wording the templates need: dates as the article writes them, and counted nouns. */
public final class ArabicText {
    private static final String[] MONTHS = {
        "يناير (كانون الثاني)", "فبراير (شباط)", "مارس (آذار)", "أبريل (نيسان)", "مايو (أيار)", "يونيو (حزيران)",
        "يوليو (تموز)", "أغسطس (آب)", "سبتمبر (أيلول)", "أكتوبر (تشرين الأول)", "نوفمبر (تشرين الثاني)", "ديسمبر (كانون الأول)"
    };

    private ArabicText() {
    }

    /** «15 يونيو (حزيران) 2025»: day, month with its Levantine name, year, in Western digits as the article does. */
    public static String date(LocalDate date) {
        return date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
    }

    /** «يونيو (حزيران) 2025». */
    public static String monthYear(int year, int month) {
        return MONTHS[month - 1] + " " + year;
    }

    /** Reading time for a word count at 180 words a minute, with the noun agreeing with the number. */
    public static String readingTime(int words) {
        int minutes = Math.max(1, Math.round(words / 180f));
        return minutes(minutes) + " قراءة";
    }

    static String minutes(int n) {
        if (n == 1) {
            return "دقيقة واحدة";
        } else if (n == 2) {
            return "دقيقتان";
        } else if (n <= 10) {
            return n + " دقائق";
        }
        return n + " دقيقة";
    }
}
