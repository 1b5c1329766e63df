package org.terrortrade.problem;

import org.terrortrade.text.Messages;

/**
 * The editors' error messages and fixes, from {@code i18n/problems_<language>.properties}: {@code problem.<name>.message}
 * and {@code problem.<name>.fix}, where {@code <name>} is the problem's English key, or the key and a variant when one
 * key has several messages ({@code unsafe-html.tag}). Editors write the content's language, Arabic.
 */
public final class EditorText {
    private static final Messages TEXT = Messages.forLanguage("ar");

    private EditorText() {
    }

    /** A problem at {@code path:line} with the key {@code key}, worded by {@code problem.<name>.*} with {@code args}. */
    public static Problem problem(String path, int line, String key, String name, Object... args) {
        return new Problem(path, line, key, TEXT.get("problem." + name + ".message", args), TEXT.get("problem." + name + ".fix", args));
    }

    /** Any other text of the problems bundle. */
    public static String text(String key, Object... args) {
        return TEXT.get(key, args);
    }
}
