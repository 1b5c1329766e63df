package org.terrortrade.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;

/** The invisible-mark check covers every default-ignorable code point, except ZWNJ/ZWJ between Arabic letters. */
@Tag("unit")
class InvisibleMarksTest {

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(strings = {"200B", "2060", "FEFF", "00AD", "200E", "200F", "061C", "034F", "FE0F", "FE00", "E0001",
        "E0041", "E007F", "115F", "1160", "3164", "FFA0", "180E", "180B", "2061", "2064", "17B4", "17B5", "1D173", "FFF0"})
    void everyDefaultIgnorableMarkInsideAWordIsFound(String hex) {
        int mark = Integer.parseInt(hex, 16);
        String text = "دور باك" + new String(Character.toChars(mark)) + "ستان";
        assertEquals(7, ContentLoader.firstInvisible(text), hex);
    }

    @Test
    void noDefaultIgnorableCodePointIsLeftOut() {
        for (int cp = 0; cp <= 0x10FFFF; cp++) {
            boolean bidiControl = cp >= 0x202A && cp <= 0x202E || cp >= 0x2066 && cp <= 0x2069; // the bidi-control check's
            if (UCharacter.hasBinaryProperty(cp, UProperty.DEFAULT_IGNORABLE_CODE_POINT) && !bidiControl) {
                assertEquals(1, ContentLoader.firstInvisible("a" + new String(Character.toChars(cp)) + "b"), Integer.toHexString(cp));
            }
        }
    }

    @Test
    void joinersBetweenArabicLettersStayAllowedAndNowhereElse() {
        assertEquals(-1, ContentLoader.firstInvisible("می\u200Cخواهم و ه\u200Dـ و باك\u200Cستان"));
        assertEquals(4, ContentLoader.firstInvisible("ISIS\u200C-K"));
        assertEquals(7, ContentLoader.firstInvisible("باكستان\u200C وأمريكا"));
        assertEquals(0, ContentLoader.firstInvisible("\u200Dباكستان"));
    }
}
