package org.terrortrade.text;

import java.time.LocalDate;

/** Dates in words, from the bundle's month names ({@code date.month.1}…) and its order of day, month and year. */
public final class Dates {
    private Dates() {
    }

    public static String full(Messages messages, LocalDate date) {
        return messages.get("date.full", date.getDayOfMonth(), month(messages, date.getMonthValue()), date.getYear());
    }

    public static String monthYear(Messages messages, int year, int month) {
        return messages.get("date.month_year", month(messages, month), year);
    }

    /** 2016, 2015-01 or 2001-09-11, each as far as it is given. */
    public static String partial(Messages messages, String date) {
        if (date.length() == 4) {
            return date;
        }
        String monthYear = monthYear(messages, Integer.parseInt(date.substring(0, 4)), Integer.parseInt(date.substring(5, 7)));
        return date.length() == 7 ? monthYear
                : messages.get("date.full", Integer.parseInt(date.substring(8, 10)), month(messages, Integer.parseInt(date.substring(5, 7))),
                        Integer.parseInt(date.substring(0, 4)));
    }

    public static String month(Messages messages, int month) {
        return messages.get("date.month." + month);
    }
}
