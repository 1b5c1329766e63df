package org.terrortrade.page;

/**
 * One search document: where it leads (a page, or a fragment of one), its title, the section it is listed under and
 * the text it is found by. Made with the page from the model and the page's own Markdown, never scraped from the
 * rendered HTML.
 */
public record SearchEntry(String url, String title, String section, String text) {
    public SearchEntry {
        text = collapseWhitespace(text);
    }

    /** {@code text.replaceAll("\\s+", " ").strip()} in one pass: every page's whole text passes through here. */
    private static String collapseWhitespace(String text) {
        if (collapsed(text)) {
            return text.strip(); // already single spaces (rendered text mostly is): nothing to rebuild
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean inSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
            if (!space) {
                out.append(c);
            } else if (!inSpace) {
                out.append(' ');
            }
            inSpace = space;
        }
        return out.toString().strip();
    }

    /** Whether the text has no white space but single spaces. */
    private static boolean collapsed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r' || c == ' ' && i > 0 && text.charAt(i - 1) == ' ') {
                return false;
            }
        }
        return true;
    }
}
