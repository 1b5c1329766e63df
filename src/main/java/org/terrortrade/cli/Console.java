package org.terrortrade.cli;

/**
 * Text for the terminal: control characters that came from content (an escape sequence in a title or a link) are
 * shown as {@code \x1b}-style escapes, so no file can move the cursor, recolour or rewrite what the editor reads.
 */
public final class Console {
    private Console() {
    }

    /** The text with every control character except line feed and tab written as a visible escape. */
    public static String safe(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\t') {
                out.append(c);
            } else if (c < 0x20 || c == 0x7F) {
                out.append(String.format("\\x%02x", (int) c));
            } else if (c >= 0x80 && c <= 0x9F || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
