package org.terrortrade.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A search document's text has its white space collapsed exactly as the regular expression it replaced did. */
@Tag("unit")
class SearchEntryTest {
    private static final char[] ALPHABET = {' ', ' ', '\t', '\n', '\r', '\f', '\u000B', '\u00A0', '\u2003', '\u3000', 'a',
        'ب', 'ت', '1', '-', '«', '»'};

    @Test
    void whiteSpaceIsCollapsedAsBefore() {
        Random random = new Random(18);
        for (int n = 0; n < 5_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                text.append(ALPHABET[random.nextInt(ALPHABET.length)]);
            }
            String expected = text.toString().replaceAll("\\s+", " ").strip();
            assertEquals(expected, new SearchEntry("a.html", "t", "s", text.toString()).text(), () -> "for «" + text + "»");
        }
    }

    @Test
    void examples() {
        assertEquals("باكستان تتهم الهند", new SearchEntry("a.html", "t", "s", "  باكستان\n\tتتهم   الهند \r\n").text());
        assertEquals("", new SearchEntry("a.html", "t", "s", " \n ").text());
    }
}
