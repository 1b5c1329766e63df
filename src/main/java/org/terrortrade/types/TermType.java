package org.terrortrade.types;

import org.terrortrade.model.ModelBuilder;
import org.terrortrade.content.SourceFile;
import org.terrortrade.model.Fields;
import org.terrortrade.model.ModelParts;
import org.terrortrade.model.SiteModel;
import org.terrortrade.model.Term;
import org.terrortrade.provenance.ProvenanceChecker;
import org.terrortrade.schema.Schema;

import static org.terrortrade.schema.FieldType.listOf;
import static org.terrortrade.schema.FieldType.record;
import static org.terrortrade.schema.FieldType.slug;
import static org.terrortrade.schema.FieldType.text;

/** A glossary term (content/glossary/*.md): data for the glossary page, not a page of its own. */
public final class TermType extends ContentType implements ModelSource {
    private final GlossaryType glossary;

    /** @param glossary the type of the page that shows every term */
    public TermType(GlossaryType glossary) {
        super("term");
        this.glossary = glossary;
    }

    @Override
    public Schema schema() {
        return Schemas.common()
                .required("en", text())
                .optional("aliases", listOf(text(), false))
                .optional("related", listOf(slug(), false))
                .optional("actor", slug())
                .optional("gloss", text())
                .required("says", listOf(record(Schemas.claim()), false));
    }

    @Override
    public boolean singleton() {
        return false;
    }

    @Override
    public boolean isPage() {
        return false;
    }

    @Override
    public boolean hasBody() {
        return false;
    }

    @Override
    public String folder() {
        return "content/glossary/";
    }

    @Override
    public String template() {
        return null;
    }

    /** A term is shown on the glossary page, at its own entry: the glossary's type says where that is. */
    @Override
    public String url(SourceFile file) {
        return glossary.entryUrl(file.slug());
    }

    @Override
    public void extract(SourceFile file, ModelParts parts) {
        Fields f = Fields.top(file.frontMatter());
        parts.term(new Term(file.slug(), file.path(), url(file), f.text("title"), f.text("en"), f.texts("aliases"), f.texts("related"),
                f.text("actor"), f.text("gloss"), ModelBuilder.claims(f, "says"), f.lines()));
    }

    @Override
    public void checkProvenance(SourceFile file, SiteModel model, ProvenanceChecker check) {
        Term term = model.term(file.slug());
        check.at(term.path());
        term.says().forEach(c -> check.claim(c, "says"));
        check.gloss(term);
        term.related().forEach(slug -> check.knownTerm(slug, term.line("related"), "related"));
        if (term.actor() != null) {
            check.knownActor(term.actor(), term.line("actor"), "actor");
        }
    }

    /** Its term's record (what it says, its gloss, related terms and actor). */
    @Override
    public Object provenanceRecords(SourceFile file, SiteModel model) {
        return model.term(file.slug());
    }
}
