package org.terrortrade.types;

import java.util.List;
import org.terrortrade.content.SourceFile;
import org.terrortrade.model.SiteModel;
import org.terrortrade.page.InSitemap;
import org.terrortrade.text.Messages;
import org.terrortrade.provenance.ProvenanceChecker;
import org.terrortrade.schema.Schema;

/** The home page: the door to the article and the derived pages; listed and searchable, not a feed entry. */
public final class HomeType extends ContentType implements InMenu, InSitemap, InSearch, CardKicker {
    public HomeType() {
        super("home");
    }

    @Override
    public Schema schema() {
        return Schemas.page();
    }



    @Override
    public void checkProvenance(SourceFile file, SiteModel model, ProvenanceChecker check) {
        check.framing(file, false);
    }

    /** Nothing: its framing reads the file and the article (shared by every check). */
    @Override
    public Object provenanceRecords(SourceFile file, SiteModel model) {
        return List.of();
    }

    @Override
    public String cardKicker(SourceFile file, SiteModel model, Messages messages) {
        return messages.get("type.home.kicker");
    }
}
