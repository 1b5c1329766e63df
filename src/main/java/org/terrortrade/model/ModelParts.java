package org.terrortrade.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the content types contribute to the {@link SiteModel} while {@link ModelBuilder} reads the files: each type's
 * {@code extract} adds its records here; the builder then sorts them and derives the rest (backlinks, anchors).
 * A type the model has no field for keeps its data under its own name ({@link #put}), read by templates as
 * {@code model.data("<type>")}.
 */
public final class ModelParts {
    ArticleInfo article;
    ArticleParagraphs paragraphs = new ArticleParagraphs(List.of());
    final List<Actor> actors = new ArrayList<>();
    final List<Term> terms = new ArrayList<>();
    final List<TimelineEvent> events = new ArrayList<>();
    SiteModel.Exchange exchange = SiteModel.Exchange.EMPTY;
    final List<Source> sources = new ArrayList<>();
    final List<Claim> unsourced = new ArrayList<>();
    final Map<String, Object> data = new LinkedHashMap<>();

    public void article(ArticleInfo info, ArticleParagraphs numbered) {
        this.article = info;
        this.paragraphs = numbered;
    }

    public void actor(Actor actor) {
        actors.add(actor);
    }

    public void term(Term term) {
        terms.add(term);
    }

    public void event(TimelineEvent event) {
        events.add(event);
    }

    public void exchange(SiteModel.Exchange ledger) {
        this.exchange = ledger;
    }

    public void source(Source source) {
        sources.add(source);
    }

    public void unsourced(Claim claim) {
        unsourced.add(claim);
    }

    /** Data of a type the model has no field for, under the type's name. */
    public void put(String type, Object value) {
        data.put(type, value);
    }
}
