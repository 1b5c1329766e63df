package org.terrortrade.text;

/**
 * Folds the spelling variants Arabic writers use interchangeably, so that a name is found however it is written:
 * tashkeel and tatweel are dropped, alef with hamza or madda becomes bare alef, taa marbuta becomes haa, alef
 * maqsura becomes yaa; Latin letters are lower-cased.
 */
public final class ArabicNormalizer {
    private ArabicNormalizer() {
    }

    public static String normalize(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isIgnorable(c)) {
                continue;
            }
            out.append(fold(c));
        }
        return out.toString();
    }

    /** The word without the article «ال» it starts with (kept when the word is only the article and a letter). */
    public static String withoutArticle(String word) {
        return word.startsWith("ال") && word.length() > 3 ? word.substring(2) : word;
    }

    /** Tashkeel (harakat, tanween, shadda, sukun, superscript alef) and tatweel carry no identity. */
    static boolean isIgnorable(char c) {
        return c >= '\u064B' && c <= '\u065F' || c == '\u0670' || c == '\u0640';
    }

    static char fold(char c) {
        return switch (c) {
            case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
            case 'ة' -> 'ه';
            case 'ى' -> 'ي';
            default -> Character.toLowerCase(c);
        };
    }
}
