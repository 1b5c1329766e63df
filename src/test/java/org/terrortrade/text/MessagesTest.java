package org.terrortrade.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class MessagesTest {

    @Test
    void readsTheArabicBundlesAsUtf8WithTheLanguagesOwnSettings() {
        Messages ar = Messages.forLanguage("ar");
        assertEquals("rtl", ar.get("language.dir"));
        assertEquals("ar_AR", ar.get("language.og_locale"));
    }

    @Test
    void aMissingKeyOrLanguageFailsWithItsName() {
        Messages ar = Messages.forLanguage("ar");
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> ar.get("no.such.key"));
        assertTrue(missing.getMessage().contains("no.such.key"), missing.getMessage());
        IllegalArgumentException language = assertThrows(IllegalArgumentException.class, () -> Messages.forLanguage("zz"));
        assertTrue(language.getMessage().contains("ui_zz.properties"), language.getMessage());
    }
}
