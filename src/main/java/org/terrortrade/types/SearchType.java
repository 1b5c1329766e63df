package org.terrortrade.types;

import java.util.List;
import org.terrortrade.content.SourceFile;
import org.terrortrade.model.SiteModel;
import org.terrortrade.page.InSitemap;
import org.terrortrade.provenance.ProvenanceChecker;
import org.terrortrade.schema.Schema;

/** The search page: its form and results; listed, but not itself a search result or a feed entry. */
public final class SearchType extends ContentType implements InSitemap {
    public SearchType() {
        super("search");
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
