package org.terrortrade.svg;

import org.terrortrade.model.SiteModel;
import org.terrortrade.text.Messages;

/** The build-time drawings the templates embed, each derived only from the model's data. */
public final class Charts {
    private final String relationsMap;
    private final String timelineStrip;

    public Charts(SiteModel model, Messages messages) {
        this.relationsMap = new RelationsMap(messages).draw(model.getActors(), model.getRelations());
        this.timelineStrip = new TimelineStrip(messages).draw(model.getEvents());
    }

    /** Inline SVG of the actors and their typed relations. */
    public String getRelationsMap() {
        return relationsMap;
    }

    /** Inline SVG of the dated events on a right-to-left time axis. */
    public String getTimelineStrip() {
        return timelineStrip;
    }
}
