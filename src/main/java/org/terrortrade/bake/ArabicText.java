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

    /** «2016», «يناير (كانون الثاني) 2015» or «11 سبتمبر (أيلول) 2001» for 2016, 2015-01, 2001-09-11. */
    public static String partialDate(String date) {
        if (date.length() == 4) {
            return date;
        }
        int month = Integer.parseInt(date.substring(5, 7));
        String monthYear = monthYear(Integer.parseInt(date.substring(0, 4)), month);
        return date.length() == 7 ? monthYear : Integer.parseInt(date.substring(8, 10)) + " " + monthYear;
    }

    /** The month's names as they appear in text, e.g. {"يونيو", "حزيران"}. */
    public static String[] monthNames(int month) {
        String full = MONTHS[month - 1];
        return new String[] {full.substring(0, full.indexOf(' ')), full.substring(full.indexOf('(') + 1, full.indexOf(')'))};
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
