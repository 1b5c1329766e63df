package org.terrortrade.types;

import java.util.List;
import org.terrortrade.content.SourceFile;
import org.terrortrade.model.SiteModel;
import org.terrortrade.provenance.ProvenanceChecker;
import org.terrortrade.schema.Schema;

/** The page served for a missing address (404.html): not listed anywhere, so it has no listing capability. */
public final class NotFoundType extends ContentType {
    public NotFoundType() {
        super("notfound");
    }

    @Override
    public Schema schema() {
        return Schemas.page();
    }

    /** Nothing: it states nothing about the article. */
    @Override
    public void checkProvenance(SourceFile file, SiteModel model, ProvenanceChecker check) {
    }

    /** Nothing: it checks nothing. */
    @Override
    public Object provenanceRecords(SourceFile file, SiteModel model) {
        return List.of();
    }
}
