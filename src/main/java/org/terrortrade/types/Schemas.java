package org.terrortrade.types;

import java.util.Set;

import org.terrortrade.model.Claim;
import org.terrortrade.schema.Schema;

import static org.terrortrade.schema.FieldType.date;
import static org.terrortrade.schema.FieldType.integer;
import static org.terrortrade.schema.FieldType.listOf;
import static org.terrortrade.schema.FieldType.oneOf;
import static org.terrortrade.schema.FieldType.slug;
import static org.terrortrade.schema.FieldType.text;

/** The pieces every type's schema is built from (each call returns a new schema to extend). */
public final class Schemas {
    private Schemas() {
    }

    /** What every content file has: type, title, dates, status. */
    public static Schema common() {
        return new Schema()
                .required("type", text())
                .required("title", text())
                .required("date", date())
                .optional("updated", date())
                .optional("status", oneOf(Set.of("published", "draft")));
    }

    /** A page of the site: the common fields and a description. */
    public static Schema page() {
        return common().required("description", text());
    }

    /** Where a derived statement comes from: the paragraphs that say it, and whose words they are. */
    public static Schema claimFields() {
        return new Schema()
                .required("cite", listOf(integer(1, 99), false))
                .required("voice", oneOf(Set.copyOf(Claim.VOICES)))
                .optional("by", slug())
                .optional("checked", text())
                .optional("note", text());
    }

    /** A derived statement: its words and where they come from. */
    public static Schema claim() {
        return claimFields().required("text", text());
    }
}
