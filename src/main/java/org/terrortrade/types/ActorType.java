package org.terrortrade.types;

import org.terrortrade.markdown.MarkdownRenderer;
import org.terrortrade.page.SearchEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.terrortrade.model.ModelBuilder;
import org.terrortrade.page.Crumb;
import org.terrortrade.model.ActorKinds;
import org.terrortrade.content.SourceFile;
import org.terrortrade.page.PageMeta;
import org.terrortrade.model.Actor;
import org.terrortrade.model.Fields;
import org.terrortrade.model.ModelParts;
import org.terrortrade.model.Relation;
import org.terrortrade.model.RelationKinds;
import org.terrortrade.model.SiteModel;
import org.terrortrade.page.InFeed;
import org.terrortrade.page.Page;
import org.terrortrade.text.Messages;
import org.terrortrade.provenance.ProvenanceChecker;
import org.terrortrade.schema.Schema;
import org.terrortrade.words.ModelWords;

import static org.terrortrade.schema.FieldType.listOf;
import static org.terrortrade.schema.FieldType.oneOf;
import static org.terrortrade.schema.FieldType.record;
import static org.terrortrade.schema.FieldType.slug;
import static org.terrortrade.schema.FieldType.text;

/** An actor's profile (content/actors/*.md): data only, every statement a claim citing the article. */
public final class ActorType extends ContentType implements ModelSource, InFeed, InSearch, CardKicker {
    private final ActorsType index;

    /** @param index the type of the page that lists every profile (the profiles' section page) */
    public ActorType(ActorsType index) {
        super("actor");
        this.index = index;
    }

    @Override
    public Schema schema() {
        Schema claim = Schemas.claim();
        return Schemas.common()
                .optional("name_en", text())
                .required("kind", oneOf(Set.copyOf(ActorKinds.KINDS)))
                .required("grammar", oneOf(Set.copyOf(RelationKinds.GRAMMARS)))
                .required("summary", record(claim))
                .optional("aliases", listOf(text(), false))
                .optional("stance", record(claim))
                .optional("gives", listOf(record(claim), false))
                .optional("gets", listOf(record(claim), false))
                .optional("notes", listOf(record(claim), false))
                .optional("relations", listOf(record(Schemas.claim()
                        .required("actor", slug())
                        .required("kind", oneOf(Set.copyOf(RelationKinds.KINDS)))
                        .required("when", oneOf(Set.copyOf(RelationKinds.TENSES)))), false));
    }

    @Override
    public boolean singleton() {
        return false;
    }

    @Override
    public boolean hasBody() {
        return false;
    }

    @Override
    public String folder() {
        return "content/actors/";
    }


    @Override
    public Crumb parent() {
        return index.crumb();
    }

    @Override
    public void extract(SourceFile file, ModelParts parts) {
        Fields f = Fields.top(file.frontMatter());
        Fields stance = f.record("stance");
        String grammar = f.text("grammar");
        List<Relation> relations = f.records("relations").stream()
                .map(r -> new Relation(file.slug(), r.text("actor"), r.text("kind"), r.text("when"), r.claim(), r.line()))
                .toList();
        parts.actor(new Actor(file.slug(), file.path(), url(file), f.text("title"), f.text("name_en"), f.text("kind"), grammar,
                f.record("summary").claim(), f.texts("aliases"), stance == null ? null : stance.claim(),
                ModelBuilder.claims(f, "gives"), ModelBuilder.claims(f, "gets"), ModelBuilder.claims(f, "notes"), relations, f.lines()));
    }

    @Override
    public void checkProvenance(SourceFile file, SiteModel model, ProvenanceChecker check) {
        Actor actor = model.actor(file.slug());
        check.at(actor.path());
        check.claim(actor.summary(), "summary");
        if (actor.stance() != null) {
            check.claim(actor.stance(), "stance");
        }
        actor.gives().forEach(c -> check.claim(c, "gives"));
        actor.receives().forEach(c -> check.claim(c, "gets"));
        actor.notes().forEach(c -> check.claim(c, "notes"));
        for (Relation relation : actor.relations()) {
            check.claim(relation.claim(), "relations");
            check.knownActor(relation.to(), relation.line(), "actor");
        }
    }

    /** Its actor's record (its claims, relations and lines). */
    @Override
    public Object provenanceRecords(SourceFile file, SiteModel model) {
        return model.actor(file.slug());
    }

    @Override
    public Map<String, Object> jsonLd(PageMeta meta, Page page, SiteModel model) {
        Actor actor = model.actor(page.slug());
        String schemaType = switch (actor.kind()) {
            case "state" -> "Country";
            case "person" -> "Person";
            default -> "Organization";
        };
        Map<String, Object> node = meta.node(schemaType, page);
        List<String> names = new ArrayList<>();
        if (actor.nameEn() != null) {
            names.add(actor.nameEn());
        }
        names.addAll(actor.aliases());
        node.put("alternateName", names);
        return node;
    }

    /** The profile is titled by the actor's name, and described by its summary with the summary's voice. */
    @Override
    public String title(SourceFile file, SiteModel model) {
        return model.actor(file.slug()).title();
    }

    @Override
    public String description(SourceFile file, SiteModel model, Messages messages) {
        return ModelWords.voiced(messages, model, model.actor(file.slug()).summary());
    }

    @Override
    public String cardKicker(SourceFile file, SiteModel model, Messages messages) {
        return messages.get("type.actor.kicker", ModelWords.actorKind(messages, model.actor(file.slug()).kind()));
    }

    /** The profile as one document: the actor's Latin name and every claim of its profile. */
    @Override
    public List<SearchEntry> search(SourceFile file, String url, String title, String section,
            MarkdownRenderer.Rendered body, SiteModel model, Messages messages) {
        Actor actor = model.actor(file.slug());
        return List.of(new SearchEntry(url, title, section,
                (actor.nameEn() == null ? "" : actor.nameEn()) + " " + InSearch.voiced(model, messages, actor.claims())));
    }
}
