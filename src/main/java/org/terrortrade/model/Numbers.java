package org.terrortrade.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The numbers written in a text (Western or Arabic-Indic digits), as the provenance check compares them. */
public final class Numbers {
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,٫]\\d+)?");

    private Numbers() {
    }

    public static List<String> in(String text) {
        List<String> numbers = new ArrayList<>();
        if (text == null) {
            return numbers;
        }
        Matcher m = NUMBER.matcher(westernDigits(text));
        while (m.find()) {
            numbers.add(m.group().replace('٫', '.').replace(',', '.'));
        }
        return numbers;
    }

    static String westernDigits(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c >= '٠' && c <= '٩') {
                out.append((char) ('0' + (c - '٠')));
            } else if (c >= '۰' && c <= '۹') {
                out.append((char) ('0' + (c - '۰')));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
