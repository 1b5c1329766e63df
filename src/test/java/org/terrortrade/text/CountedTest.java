package org.terrortrade.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Counted nouns agree with their number as Arabic grammar wants, from the bundle's forms (count.<noun>.*). */
@Tag("unit")
class CountedTest {
    private static final Messages ARABIC = Messages.forLanguage("ar");

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"1, مصطلح واحد", "2, مصطلحان", "3, 3 مصطلحات", "10, 10 مصطلحات", "11, 11 مصطلحًا", "43, 43 مصطلحًا",
            "99, 99 مصطلحًا", "100, 100 مصطلح", "102, 102 مصطلح", "103, 103 مصطلحات", "143, 143 مصطلحًا"})
    void countsTermsInArabic(int n, String expected) {
        assertEquals(expected, Counted.of(ARABIC, n, "term"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"1, one", "2, two", "3, few", "10, few", "11, many", "99, many", "100, other", "102, other", "103, few", "0, other"})
    void formsAreTheCldrCategories(int n, String form) {
        assertEquals(form, Counted.form(n));
    }
}
