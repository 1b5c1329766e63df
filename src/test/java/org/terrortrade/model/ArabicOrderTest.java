package org.terrortrade.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class ArabicOrderTest {

    @Test
    void sortsByArabicCollationNotCodePoints() {
        List<String> words = new ArrayList<>(List.of("ياء", "بلوشستان", "آسيا", "إرهاب", "أمن", "ثقة", "تجارة", "حوالة"));
        List<String> codePoints = new ArrayList<>(words);
        codePoints.sort(Comparator.naturalOrder());
        words.sort(ModelBuilder.arabicOrder());
        assertEquals(List.of("آسيا", "إرهاب", "أمن", "بلوشستان", "تجارة", "ثقة", "حوالة", "ياء"), words);
        assertNotEquals(codePoints, words, "code point order puts آ/أ/إ apart");
    }

    @Test
    void dictionaryOrderIgnoresTheArticle() {
        List<String> terms = new ArrayList<>(List.of("الحوالة", "تجارة الإرهاب", "الأيديولوجيا", "المراقبة", "بلوشستان"));
        terms.sort(ModelBuilder.dictionaryOrder());
        assertEquals(List.of("الأيديولوجيا", "بلوشستان", "تجارة الإرهاب", "الحوالة", "المراقبة"), terms);
    }

    @Test
    void filesTermsUnderTheirFirstLetterAfterTheArticle() {
        assertEquals("ا", SiteModel.initial("الأيديولوجيا"));
        assertEquals("ح", SiteModel.initial("الحوالة"));
        assertEquals("ا", SiteModel.initial("إرهاب"));
        assertEquals("M", SiteModel.initial("MRAP"));
    }
}
