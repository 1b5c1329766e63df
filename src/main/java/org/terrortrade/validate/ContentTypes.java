package org.terrortrade.validate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.terrortrade.validate.FieldType.bool;
import static org.terrortrade.validate.FieldType.date;
import static org.terrortrade.validate.FieldType.integer;
import static org.terrortrade.validate.FieldType.listOf;
import static org.terrortrade.validate.FieldType.oneOf;
import static org.terrortrade.validate.FieldType.partialDate;
import static org.terrortrade.validate.FieldType.record;
import static org.terrortrade.validate.FieldType.slug;
import static org.terrortrade.validate.FieldType.text;

/**
 * The content types the site knows and the front matter each one accepts. The same names appear as
 * {@code template.<type>.file} in jbake.properties; CONTRIBUTING.md documents the fields for editors.
 */
public final class ContentTypes {
    /** Kinds of actor, in the order the actors index shows them. */
    public static final List<String> ACTOR_KINDS = List.of("state", "bloc", "armed-group", "institution", "person");
    /** Typed, directed relations from one actor to another. */
    public static final List<String> RELATION_KINDS = List.of("ally", "cooperates", "supports", "supplies", "asks", "pressures",
            "accuses", "fights", "attacks", "threatens", "adversary", "wary-of", "leads", "speaks-for", "part-of");
    /** Where an item of the aid exchange stands, as the article tells it. */
    public static final List<String> EXCHANGE_STATUSES = List.of("given", "requested", "considered", "reduced", "resumed");

    private final Map<String, Schema> schemas = new LinkedHashMap<>();

    public ContentTypes() {
        FieldType cite = listOf(integer(1, 99), false);
        Schema claim = new Schema().required("text", text()).required("cite", cite);

        Schema common = new Schema()
                .required("type", text())
                .required("title", text())
                .required("date", date())
                .optional("updated", date())
                .optional("status", oneOf(Set.of("published", "draft")));
        Schema page = common.extend().required("description", text());

        schemas.put("home", page.extend());
        schemas.put("article", page.extend()
                .optional("subtitle", text())
                .required("disclaimer", text()));
        schemas.put("page", page.extend()
                .optional("show_disclaimer", bool()));
        schemas.put("notfound", page.extend());
        schemas.put("search", page.extend());

        schemas.put("actor", common.extend()
                .required("name_en", text())
                .required("kind", oneOf(Set.copyOf(ACTOR_KINDS)))
                .required("summary", text())
                .optional("aliases", listOf(text(), false))
                .optional("stance", record(claim))
                .optional("gives", listOf(record(claim), false))
                .optional("gets", listOf(record(claim), false))
                .optional("relations", listOf(record(new Schema()
                        .required("actor", slug())
                        .required("kind", oneOf(Set.copyOf(RELATION_KINDS)))
                        .required("note", text())
                        .required("cite", cite)), false))
                .required("cite", cite));
        schemas.put("actors", page.extend());

        schemas.put("term", common.extend()
                .required("en", text())
                .optional("aliases", listOf(text(), false))
                .optional("related", listOf(slug(), false))
                .optional("actor", slug())
                .required("cite", cite));
        schemas.put("glossary", page.extend());

        schemas.put("timeline", page.extend()
                .required("events", listOf(record(new Schema()
                        .required("date", partialDate())
                        .optional("until", partialDate())
                        .required("text", text())
                        .optional("actors", listOf(slug(), false))
                        .required("cite", cite)), false)));

        Schema exchangeItem = new Schema()
                .required("item", text())
                .required("detail", text())
                .required("status", oneOf(Set.copyOf(EXCHANGE_STATUSES)))
                .optional("amount", text())
                .optional("period", text())
                .optional("from", slug())
                .optional("computed", text())
                .required("cite", cite);
        schemas.put("exchange", page.extend()
                .required("gives", listOf(record(exchangeItem), false))
                .required("gets", listOf(record(exchangeItem), false))
                .required("figures", listOf(record(new Schema()
                        .required("label", text())
                        .required("value", text())
                        .optional("note", text())
                        .optional("computed", text())
                        .required("cite", cite)), false)));

        schemas.put("sources", page.extend()
                .required("sources", listOf(record(new Schema()
                        .required("name", text())
                        .optional("en", text())
                        .required("kind", oneOf(Set.of("institution", "government", "official", "report", "statement")))
                        .optional("actor", slug())
                        .required("note", text())
                        .required("cite", cite)), false)));
    }

    /** Types of which the site has exactly one page (every type but actor, term and page). */
    public boolean isSingleton(String type) {
        return schemas.containsKey(type) && !Set.of("actor", "term", "page").contains(type);
    }

    public Set<String> names() {
        return schemas.keySet();
    }

    public Schema schema(String type) {
        return schemas.get(type);
    }
}
