package org.terrortrade.types;


import java.util.List;
import org.terrortrade.markdown.MarkdownRenderer;
import org.terrortrade.page.SearchEntry;
import org.terrortrade.content.SourceFile;
import org.terrortrade.model.Fields;
import org.terrortrade.model.ModelParts;
import org.terrortrade.model.SiteModel;
import org.terrortrade.page.InFeed;
import org.terrortrade.svg.TimelineStrip;
import org.terrortrade.text.Dates;
import org.terrortrade.text.Messages;
import org.terrortrade.model.TimelineEvent;
import org.terrortrade.provenance.ProvenanceChecker;
import org.terrortrade.schema.Schema;
import org.terrortrade.words.ModelWords;

import static org.terrortrade.schema.FieldType.listOf;
import static org.terrortrade.schema.FieldType.partialDate;
import static org.terrortrade.schema.FieldType.record;
import static org.terrortrade.schema.FieldType.slug;

/** The timeline page: dated events, each a claim. */
public final class TimelineType extends ContentType implements ModelSource, InMenu, InFeed, InSearch, HasFigure {
    public TimelineType() {
        super("timeline");
    }

    @Override
    public Schema schema() {
        return Schemas.page()
                .required("events", listOf(record(Schemas.claim()
                        .required("date", partialDate())
                        .optional("until", partialDate())
                        .optional("actors", listOf(slug(), false))), false));
    }



    /** The events on a right-to-left time axis. */
    @Override
    public String figure(String uri, SiteModel model, Messages messages) {
        return new TimelineStrip(messages).draw(model.getEvents());
    }

    @Override
    public void extract(SourceFile file, ModelParts parts) {
        Fields.top(file.frontMatter()).records("events").forEach(e -> parts.event(new TimelineEvent(null, e.text("date"),
                e.text("until"), e.claim(), e.texts("actors"), e.line())));
    }

    @Override
    public void checkProvenance(SourceFile file, SiteModel model, ProvenanceChecker check) {
        check.at(file.path());
        for (TimelineEvent event : model.getEvents()) {
            check.claim(event.claim(), "events");
            check.date(event.date(), event.cite(), event.line());
            if (event.until() != null) {
                check.date(event.until(), event.cite(), event.line());
            }
            event.actors().forEach(slug -> check.knownActor(slug, event.line(), "actors"));
        }
        check.framing(file, false);
    }

    /** The events. */
    @Override
    public Object provenanceRecords(SourceFile file, SiteModel model) {
        return model.getEvents();
    }

    /** One document per event: its date as the page shows it, what happened and who took part. */
    @Override
    public List<SearchEntry> search(SourceFile file, String url, String title, String section,
            MarkdownRenderer.Rendered body, SiteModel model, Messages messages) {
        return model.getEvents().stream().map(event -> new SearchEntry(url + "#" + event.anchor(), event.until() == null
                ? Dates.partial(messages, event.date())
                : messages.get("date.range", Dates.partial(messages, event.date()), Dates.partial(messages, event.until())), section,
                ModelWords.voiced(messages, model, event.claim()) + " " + String.join(" ", event.actors().stream().map(slug -> model.actor(slug).title()).toList())))
                .toList();
    }

}
