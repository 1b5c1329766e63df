package org.terrortrade.types;

import org.terrortrade.content.SourceFile;
import org.terrortrade.model.SiteModel;
import org.terrortrade.validate.ProvenanceChecker;
import org.terrortrade.validate.Schema;

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
    public String sectionKey() {
        return "type.actors.section";
    }

    /** Its text frames the article: what it quotes must be in it. */
    @Override
    public void checkProvenance(SourceFile file, SiteModel model, ProvenanceChecker check) {
        check.framing(file, false);
    }
}
