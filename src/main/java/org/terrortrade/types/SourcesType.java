package org.terrortrade.types;

import java.util.List;
import org.terrortrade.markdown.MarkdownRenderer;
import org.terrortrade.page.SearchEntry;
import java.util.Set;

import org.terrortrade.content.SourceFile;
import org.terrortrade.model.Fields;
import org.terrortrade.model.ModelParts;
import org.terrortrade.model.SiteModel;
import org.terrortrade.page.InFeed;
import org.terrortrade.model.Source;
import org.terrortrade.provenance.ProvenanceChecker;
import org.terrortrade.schema.Schema;
import org.terrortrade.text.Messages;
import org.terrortrade.words.ModelWords;

import static org.terrortrade.schema.FieldType.listOf;
import static org.terrortrade.schema.FieldType.oneOf;
import static org.terrortrade.schema.FieldType.record;
import static org.terrortrade.schema.FieldType.slug;
import static org.terrortrade.schema.FieldType.text;

/** The sources page: who the article cites, and what it states without a source. */
public final class SourcesType extends ContentType implements ModelSource, InMenu, InFeed, InSearch {
    public SourcesType() {
        super("sources");
    }

    @Override
    public Schema schema() {
        return Schemas.page()
                .required("sources", listOf(record(Schemas.claim()
                        .required("name", text())
                        .optional("en", text())
                        .required("kind", oneOf(Set.copyOf(Source.KINDS)))
                        .optional("actor", slug())), false))
                .optional("unsourced", listOf(record(Schemas.claim()), false));
    }



    @Override
    public void extract(SourceFile file, ModelParts parts) {
        Fields top = Fields.top(file.frontMatter());
        top.records("sources").forEach(s -> parts.source(new Source(s.text("name"), s.text("en"), s.text("kind"), s.text("actor"),
                s.claim(), s.line())));
        top.records("unsourced").forEach(c -> parts.unsourced(c.claim()));
    }

    @Override
    public void checkProvenance(SourceFile file, SiteModel model, ProvenanceChecker check) {
        check.at(file.path());
        for (Source source : model.getSources()) {
            check.claim(source.claim(), "sources");
            if (source.actor() != null) {
                check.knownActor(source.actor(), source.line(), "actor");
            }
        }
        model.getUnsourced().forEach(c -> check.claim(c, "unsourced"));
        check.framing(file, false);
    }

    /** The sources and the claims without one. */
    @Override
    public Object provenanceRecords(SourceFile file, SiteModel model) {
        return List.of(model.getSources(), model.getUnsourced());
    }

    /** The sources as one document: its text, each named source with what the article attributes to it, the rest. */
    @Override
    public List<SearchEntry> search(SourceFile file, String url, String title, String section,
            MarkdownRenderer.Rendered body, SiteModel model, Messages messages) {
        StringBuilder text = new StringBuilder(body.text());
        model.getSources().forEach(source -> text.append(' ').append(source.name()).append(' ').append(ModelWords.voiced(messages, model, source.claim())));
        text.append(' ').append(InSearch.voiced(model, messages, model.getUnsourced()));
        return List.of(new SearchEntry(url, title, section, text.toString()));
    }
}
