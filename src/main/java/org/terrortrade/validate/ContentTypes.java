package org.terrortrade.validate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.terrortrade.model.Claim;
import org.terrortrade.model.ExchangeStatuses;
import org.terrortrade.model.RelationKinds;

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
    /** Types whose files are data only: everything they say is in front matter, as cited claims, never in a body. */
    public static final Set<String> NO_BODY = Set.of("actor", "term");

    private final Map<String, Schema> schemas = new LinkedHashMap<>();

    public ContentTypes() {
        FieldType cite = listOf(integer(1, 99), false);
        // Every derived statement is a claim: its words, the paragraphs that say them, and whose words they are.
        Schema claimFields = new Schema()
                .required("cite", cite)
                .required("voice", oneOf(Set.copyOf(Claim.VOICES)))
                .optional("by", slug())
                .optional("checked", text());
        Schema claim = claimFields.extend().required("text", text());

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
                .required("disclaimer", text())
                .optional("places", listOf(text(), false))
                .optional("spellings", listOf(record(new Schema()
                        .required("article", text())
                        .required("site", text())), false)));
        schemas.put("page", page.extend()
                .optional("show_disclaimer", bool()));
        schemas.put("notfound", page.extend());
        schemas.put("search", page.extend());

        schemas.put("actor", common.extend()
                .required("name_en", text())
                .required("kind", oneOf(Set.copyOf(ACTOR_KINDS)))
                .required("grammar", oneOf(Set.copyOf(RelationKinds.GRAMMARS)))
                .required("summary", record(claim))
                .optional("aliases", listOf(text(), false))
                .optional("stance", record(claim))
                .optional("gives", listOf(record(claim), false))
                .optional("gets", listOf(record(claim), false))
                .optional("notes", listOf(record(claim), false))
                .optional("relations", listOf(record(claim.extend()
                        .required("actor", slug())
                        .required("kind", oneOf(Set.copyOf(RelationKinds.KINDS)))
                        .required("when", oneOf(Set.copyOf(RelationKinds.TENSES)))), false)));
        schemas.put("actors", page.extend());

        schemas.put("term", common.extend()
                .required("en", text())
                .optional("aliases", listOf(text(), false))
                .optional("related", listOf(slug(), false))
                .optional("actor", slug())
                .optional("gloss", text())
                .required("says", listOf(record(claim), false)));
        schemas.put("glossary", page.extend());

        schemas.put("timeline", page.extend()
                .required("events", listOf(record(claim.extend()
                        .required("date", partialDate())
                        .optional("until", partialDate())
                        .optional("actors", listOf(slug(), false))), false)));

        Schema exchangeItem = claim.extend()
                .required("item", text())
                .required("status", oneOf(Set.copyOf(ExchangeStatuses.ALL)))
                .optional("amount", text())
                .optional("period", text())
                .optional("from", slug())
                .optional("computed", text());
        schemas.put("exchange", page.extend()
                .required("gives", listOf(record(exchangeItem), false))
                .required("gets", listOf(record(exchangeItem), false))
                .required("figures", listOf(record(claimFields.extend()
                        .required("label", text())
                        .required("value", text())
                        .optional("note", text())
                        .optional("computed", text())), false)));

        schemas.put("sources", page.extend()
                .required("sources", listOf(record(claim.extend()
                        .required("name", text())
                        .optional("en", text())
                        .required("kind", oneOf(Set.of("institution", "government", "official", "report", "statement")))
                        .optional("actor", slug())), false))
                .optional("unsourced", listOf(record(claim), false)));
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
