package org.terrortrade.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class ArabicTextTest {

    @Test
    void writesDatesAsTheArticleDoes() {
        assertEquals("15 يونيو (حزيران) 2025", ArabicText.date(LocalDate.of(2025, 6, 15)));
        assertEquals("يناير (كانون الثاني) 2015", ArabicText.monthYear(2015, 1));
    }

    @Test
    void countsMinutesWithArabicAgreement() {
        assertEquals("دقيقة واحدة", ArabicText.minutes(1));
        assertEquals("دقيقتان", ArabicText.minutes(2));
        assertEquals("6 دقائق", ArabicText.minutes(6));
        assertEquals("12 دقيقة", ArabicText.minutes(12));
        assertEquals("6 دقائق قراءة", ArabicText.readingTime(1023));
    }

    @Test
    void normalisesTheBasePath() {
        assertEquals("/", SiteSettings.normaliseBasePath(""));
        assertEquals("/repo/", SiteSettings.normaliseBasePath("repo"));
        assertEquals("/repo/", SiteSettings.normaliseBasePath("/repo"));
        assertEquals("/repo/", SiteSettings.normaliseBasePath("//repo//"));
    }
}
