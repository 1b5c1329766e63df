package org.terrortrade.types;

import org.terrortrade.content.SourceFile;
import org.terrortrade.model.SiteModel;
import org.terrortrade.text.Messages;
import org.terrortrade.provenance.ProvenanceChecker;
import org.terrortrade.schema.Schema;

/** The home page: the door to the article and the derived pages. */
public final class HomeType extends ContentType {
    public HomeType() {
        super("home");
    }

    @Override
    public Schema schema() {
        return Schemas.page();
    }


    @Override
    protected boolean inMenu() {
        return true;
    }

    @Override
    public boolean inFeed() {
        return false;
    }

    @Override
    public void checkProvenance(SourceFile file, SiteModel model, ProvenanceChecker check) {
        check.framing(file, false);
    }

    @Override
    public String cardKicker(SourceFile file, SiteModel model, Messages messages) {
        return messages.get("type.home.kicker");
    }
}
