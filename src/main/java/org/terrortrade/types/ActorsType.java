package org.terrortrade.types;

import org.terrortrade.content.SourceFile;
import org.terrortrade.model.SiteModel;
import org.terrortrade.page.SitePaths;
import org.terrortrade.svg.RelationsMap;
import org.terrortrade.text.Messages;
import org.terrortrade.provenance.ProvenanceChecker;
import org.terrortrade.schema.Schema;

/** The actors index (content/actors/index.md): the profiles grouped by kind, and the relations map. */
public final class ActorsType extends ContentType {
    public ActorsType() {
        super("actors");
    }

    @Override
    public Schema schema() {
        return Schemas.page();
    }

    @Override
    protected boolean inMenu() {
        return true;
    }


    /** The map of the actors and their relations; each actor links to its profile, relative to this page. */
    @Override
    public String figure(String uri, SiteModel model, Messages messages) {
        return new RelationsMap(messages).draw(model.getActors(), model.getRelations(), actor -> SitePaths.relative(uri, actor.url()));
    }

    /** Its text frames the article: what it quotes must be in it. */
    @Override
    public void checkProvenance(SourceFile file, SiteModel model, ProvenanceChecker check) {
        check.framing(file, false);
    }
}
