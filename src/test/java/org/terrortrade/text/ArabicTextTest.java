package org.terrortrade.text;

import org.terrortrade.types.ContentTypes;
import org.terrortrade.site.UiText;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.terrortrade.model.ModelBuilder;

/** Dates, reading times and month names in Arabic, as the pages and the article's checks write them. */
@Tag("unit")
class ArabicTextTest {
    private static final UiText T = new UiText(ArabicText.messages(), ContentTypes.standard().model(List.of()));

    @Test
    void writesDatesAsTheArticleDoes() {
        assertEquals("15 يونيو (حزيران) 2025", T.date("2025-06-15"));
        assertEquals("يناير (كانون الثاني) 2015", T.partialDate("2015-01"));
        assertEquals("2016", T.partialDate("2016"));
    }

    @Test
    void countsMinutesWithArabicAgreement() {
        assertEquals("دقيقة واحدة", T.count(1, "minute"));
        assertEquals("دقيقتان", T.count(2, "minute"));
        assertEquals("6 دقائق", T.count(6, "minute"));
        assertEquals("12 دقيقة", T.count(12, "minute"));
        assertEquals("6 دقائق قراءة", T.readingTime(1023));
        assertEquals("دقيقة واحدة قراءة", T.readingTime(3), "never less than a minute");
    }

    @Test
    void namesEachMonthBothWaysTheArticleMayWriteIt() {
        assertArrayEquals(new String[] {"يونيو", "حزيران"}, ArabicText.monthNames(6));
        assertArrayEquals(new String[] {"يناير", "كانون الثاني"}, ArabicText.monthNames(1));
    }
}
