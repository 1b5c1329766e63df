package org.terrortrade.types;

import org.terrortrade.content.SourceFile;
import org.terrortrade.model.SiteModel;
import org.terrortrade.text.Messages;

/**
 * A content type whose social cards say something else than the page's description under the title (the article's
 * subtitle, an actor's kind). A type without it has its description there.
 */
public interface CardKicker {
    /** The line under the title on the social card of the page built from {@code file}. */
    String cardKicker(SourceFile file, SiteModel model, Messages messages);
}
