package org.terrortrade.text;


import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.Normalizer2;

/**
 * What makes two titles the same title to a reader: the key under which the duplicate-title check compares them.
 * Two titles that look alike have one key: compatibility forms are folded (NFKC: Arabic presentation forms such as
 * «ﻻ» or «ﺑ», the no-break space, full-width letters), every default-ignorable code point is dropped (ZWNJ and ZWJ,
 * U+034F, variation selectors such as U+FE0F, tag characters, soft hyphen…), the Persian and Urdu letters that look like
 * Arabic ones are folded to them (ی→ي, ک→ك, ە/ۀ/ھ/ہ/ة→ه), Arabic-Indic and Persian digits to ASCII ones, and white space
 * of any kind and length becomes one space, none at either end; then {@link ArabicNormalizer} (hamza forms, tashkeel,
 * tatweel, case).
 */
public final class TitleIdentity {
    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

    private TitleIdentity() {
    }

    public static String key(String title) {
        String folded = NFKC.normalize(title);
        StringBuilder out = new StringBuilder(folded.length());
        boolean space = false;
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            if (UCharacter.hasBinaryProperty(cp, UProperty.DEFAULT_IGNORABLE_CODE_POINT)) {
                continue;
            }
            if (UCharacter.isUWhiteSpace(cp) || Character.isWhitespace(cp) || Character.getType(cp) == Character.SPACE_SEPARATOR) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.appendCodePoint(fold(cp));
        }
        return ArabicNormalizer.normalize(out);
    }

    /** Letters and digits that look like the Arabic ones they are compared as. */
    private static int fold(int cp) {
        return switch (cp) {
            case 0x06CC, 0x06CD, 0x06D0, 0x0649 -> 0x064A; // Farsi yeh, yeh with tail, e, alef maqsura → yeh
            case 0x06A9, 0x06AA -> 0x0643; // keheh, swash kaf → kaf
            case 0x06D5, 0x06C0, 0x06BE, 0x06C1, 0x06C3, 0x0629 -> 0x0647; // ae, heh with yeh, heh doachashmee, heh goal, teh marbuta goal, teh marbuta → heh
            case 0x06C2 -> 0x0647; // heh goal with hamza above
            default -> cp >= 0x0660 && cp <= 0x0669 ? '0' + cp - 0x0660 : cp >= 0x06F0 && cp <= 0x06F9 ? '0' + cp - 0x06F0 : cp;
        };
    }
}
