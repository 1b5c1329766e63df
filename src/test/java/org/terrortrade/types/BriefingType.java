package org.terrortrade.types;

import org.terrortrade.content.SourceFile;
import org.terrortrade.model.Fields;
import org.terrortrade.model.ModelBuilder;
import org.terrortrade.model.ModelParts;
import org.terrortrade.model.SiteModel;
import org.terrortrade.page.InFeed;
import org.terrortrade.provenance.ProvenanceChecker;
import org.terrortrade.schema.Schema;

import static org.terrortrade.schema.FieldType.listOf;
import static org.terrortrade.schema.FieldType.record;

/**
 * A content type the site does not have, added the documented way (one class, one template, one registry line) by
 * {@link NewContentTypeTest}: briefings in content/briefings/, each a page listing points that cite the article, with
 * records in the model, sitemap and feed entries and search documents because it says it has those capabilities.
 */
public final class BriefingType extends ContentType implements ModelSource, InFeed, InSearch {
    /** A fixture type borrows the free pages' section name; a real type adds {@code type.briefing.section} to the bundle. */
    @Override
    public String sectionKey() {
        return "type.page.section";
    }

    public BriefingType() {
        super("briefing");
    }

    @Override
    public Schema schema() {
        return Schemas.page().required("points", listOf(record(Schemas.claim()), false));
    }

    @Override
    public boolean singleton() {
        return false;
    }

    @Override
    public String folder() {
        return "content/briefings/";
    }

    @Override
    public void extract(SourceFile file, ModelParts parts) {
        parts.put("briefing/" + file.slug(), ModelBuilder.claims(Fields.top(file.frontMatter()), "points"));
    }

    @Override
    public void checkProvenance(SourceFile file, SiteModel model, ProvenanceChecker check) {
        check.at(file.path());
        ModelBuilder.claims(Fields.top(file.frontMatter()), "points").forEach(point -> check.claim(point, "points"));
    }
}
