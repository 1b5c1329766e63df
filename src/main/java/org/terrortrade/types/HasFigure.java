package org.terrortrade.types;

import org.terrortrade.model.SiteModel;
import org.terrortrade.text.Messages;

/** A content type whose page shows a drawing of the site's data (the relations map, the timeline strip). */
public interface HasFigure {
    /** The drawing the page at {@code uri} shows, as inline SVG. */
    String figure(String uri, SiteModel model, Messages messages);
}
