package org.terrortrade.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Titles that look the same are one title to the duplicate check. */
@Tag("unit")
class TitleIdentityTest {

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
        "حركة طالبان باكستان|حركة طالبان باك\u200Cستان|ZWNJ between Arabic letters",
        "حركة طالبان باكستان|حركة طالبان باك\u200Dستان|ZWJ between Arabic letters",
        "حركة طالبان باكستان|حركة طالبان باكستان\u0020|trailing space",
        "حركة طالبان باكستان|\u0020حركة   طالبان باكستان|leading and repeated spaces",
        "حركة طالبان باكستان|حركة\u00A0طالبان\u2009باكستان|no-break and thin spaces",
        "حركة طالبان باكستان|حركة طالبان باكس\u034Fتان|combining grapheme joiner U+034F",
        "حركة طالبان باكستان|حركة طالبان باكستان\uFE0F|variation selector U+FE0F",
        "حركة طالبان باكستان|حركة طالبان باكستان\uDB40\uDC01\uDB40\uDC41|tag characters",
        "حركة طالبان باكستان|حركة طالبان باكس\u00ADتان|soft hyphen",
        "حركة طالبان باكستان|حركة طالبان باکستان|Persian keheh",
        "الصين|الصین|Persian yeh",
        "الصين|ﺍﻟﺼﻴﻦ|presentation forms",
        "لا|ﻻ|lam-alef ligature",
        "شبكة حقاني|شبكە حقانی|ae and Persian yeh",
        "شبكة حقاني|شبكه حقاني|teh marbuta and heh",
        "القاعدة|القاعدۀ|heh with yeh above",
        "معهد السلام الأمريكي|معهد السلام الامريكي|hamza form",
        "ISIS-K|ＩＳＩＳ－Ｋ|full-width letters",
        "ISIS-K|isis-k|case",
        "قرار 1267|قرار ١٢٦٧|Arabic-Indic digits",
        "قرار 1267|قرار ۱۲۶۷|Persian digits",
    })
    void lookAlikesAreOneTitle(String title, String lookAlike, String what) {
        assertEquals(TitleIdentity.key(title), TitleIdentity.key(lookAlike), what);
    }

    @Test
    void tabsAndLineBreaksAreOneSpace() {
        assertEquals(TitleIdentity.key("حركة طالبان باكستان"), TitleIdentity.key("حركة\tطالبان\r\n باكستان"));
    }

    @Test
    void differentTitlesStayDifferent() {
        assertNotEquals(TitleIdentity.key("باكستان"), TitleIdentity.key("الهند"));
        assertNotEquals(TitleIdentity.key("حركة طالبان باكستان"), TitleIdentity.key("حركة طالبانباكستان"));
        assertNotEquals(TitleIdentity.key("تنظيم الدولة الإسلامية"), TitleIdentity.key("تنظيم الدولة الإسلامية في خراسان"));
    }
}
