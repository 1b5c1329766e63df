package org.terrortrade.types;

import org.terrortrade.markdown.MarkdownRenderer;
import org.terrortrade.page.SearchEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.terrortrade.content.SourceFile;
import org.terrortrade.model.ExchangeItem;
import org.terrortrade.model.ExchangeStatuses;
import org.terrortrade.model.Fields;
import org.terrortrade.model.Figure;
import org.terrortrade.model.ModelParts;
import org.terrortrade.model.SiteModel;
import org.terrortrade.page.InFeed;
import org.terrortrade.provenance.ProvenanceChecker;
import org.terrortrade.schema.Schema;
import org.terrortrade.text.Messages;
import org.terrortrade.words.ModelWords;

import static org.terrortrade.schema.FieldType.listOf;
import static org.terrortrade.schema.FieldType.oneOf;
import static org.terrortrade.schema.FieldType.record;
import static org.terrortrade.schema.FieldType.slug;
import static org.terrortrade.schema.FieldType.text;

/** The aid-exchange ledger: what Pakistan gives, what it gets, and the key figures. */
public final class ExchangeType extends ContentType implements ModelSource, InMenu, InFeed, InSearch {
    public ExchangeType() {
        super("exchange");
    }

    @Override
    public Schema schema() {
        Schema item = Schemas.claim()
                .required("item", text())
                .required("status", oneOf(Set.copyOf(ExchangeStatuses.ALL)))
                .optional("amount", text())
                .optional("period", text())
                .optional("from", slug())
                .optional("computed", text());
        return Schemas.page()
                .required("gives", listOf(record(item), false))
                .required("gets", listOf(record(item), false))
                .required("figures", listOf(record(Schemas.claimFields()
                        .required("label", text())
                        .required("value", text())
                        .optional("note", text())
                        .optional("computed", text())), false));
    }



    @Override
    public void extract(SourceFile file, ModelParts parts) {
        Fields top = Fields.top(file.frontMatter());
        parts.exchange(new SiteModel.Exchange(items(top, "gives"), items(top, "gets"),
                top.records("figures").stream().map(ExchangeType::figure).toList()));
    }

    private static List<ExchangeItem> items(Fields top, String side) {
        return top.records(side).stream().map(i -> new ExchangeItem(i.text("item"), i.text("status"), i.text("amount"),
                i.text("period"), i.text("from"), i.text("computed"), i.claim(), i.line())).toList();
    }

    /** A key figure's claim reads as its label, value and note together, so every number in them is checked. */
    private static Figure figure(Fields f) {
        String words = String.join(" ", f.text("label"), f.text("value"), f.text("note") == null ? "" : f.text("note")).strip();
        return new Figure(f.text("label"), f.text("value"), f.text("note"), f.text("computed"), f.claim(words), f.line());
    }

    @Override
    public void checkProvenance(SourceFile file, SiteModel model, ProvenanceChecker check) {
        check.at(file.path());
        List<ExchangeItem> items = new ArrayList<>(model.getExchange().gives());
        items.addAll(model.getExchange().receives());
        for (ExchangeItem item : items) {
            check.voice(item.claim(), "item");
            check.cited(item.cite(), item.line());
            check.quotations(item.item(), item.cite(), item.line(), "item");
            check.spelling(item.item(), item.line(), "item");
            check.badge(item.item(), item.status(), item.line());
            if (item.computed() == null) {
                for (String text : new String[] {item.item(), item.text(), item.amount(), item.period()}) {
                    check.numbers(text, item.cite(), item.line(), "item");
                }
            }
            if (item.from() != null) {
                check.knownActor(item.from(), item.line(), "from");
            }
        }
        for (Figure figure : model.getExchange().figures()) {
            check.voice(figure.claim(), "figures");
            check.cited(figure.cite(), figure.line());
            if (figure.computed() == null) {
                check.numbers(figure.claim().text(), figure.cite(), figure.line(), "figure");
            }
        }
        check.framing(file, false);
    }

    /** The ledger: both sides and the key figures. */
    @Override
    public Object provenanceRecords(SourceFile file, SiteModel model) {
        return model.getExchange();
    }

    /** The ledger as one document: its text, then every item and key figure with what the article says of it. */
    @Override
    public List<SearchEntry> search(SourceFile file, String url, String title, String section,
            MarkdownRenderer.Rendered body, SiteModel model, Messages messages) {
        StringBuilder text = new StringBuilder(body.text());
        SiteModel.Exchange exchange = model.getExchange();
        java.util.stream.Stream.concat(exchange.gives().stream(), exchange.receives().stream())
                .forEach(item -> text.append(' ').append(item.item()).append(' ').append(ModelWords.voiced(messages, model, item.claim())));
        exchange.figures().forEach(figure -> text.append(' ').append(figure.label()).append(' ').append(figure.value())
                .append(' ').append(ModelWords.voiced(messages, model, figure.claim())));
        return List.of(new SearchEntry(url, title, section, text.toString()));
    }
}
