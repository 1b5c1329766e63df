package org.terrortrade.types;

import org.terrortrade.content.SourceFile;
import org.terrortrade.text.Messages;

/**
 * A content type whose pages the site's menu lists, in the registry's order of types. A type without it is never in
 * the menu.
 */
public interface InMenu {
    /** Key of the type's section name in the types bundle ({@link ContentType#sectionKey()}). */
    String sectionKey();

    /** What the menu calls the page built from {@code file} (by default its section name), or null: not this one. */
    default String menuLabel(SourceFile file, Messages messages) {
        return messages.get(sectionKey());
    }
}
