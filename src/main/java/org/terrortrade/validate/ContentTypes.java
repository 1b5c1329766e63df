package org.terrortrade.validate;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static org.terrortrade.validate.FieldType.bool;
import static org.terrortrade.validate.FieldType.date;
import static org.terrortrade.validate.FieldType.oneOf;
import static org.terrortrade.validate.FieldType.text;

/**
 * The content types the site knows and the front matter each one accepts. The same names appear as
 * {@code template.<type>.file} in jbake.properties; CONTRIBUTING.md documents the fields for editors.
 */
public final class ContentTypes {
    private final Map<String, Schema> schemas = new LinkedHashMap<>();

    public ContentTypes() {
        Schema base = new Schema()
                .required("type", text())
                .required("title", text())
                .required("description", text())
                .required("date", date())
                .optional("updated", date())
                .optional("status", oneOf(Set.of("published", "draft")));
        schemas.put("home", base.extend());
        schemas.put("article", base.extend()
                .optional("subtitle", text())
                .required("disclaimer", text()));
        schemas.put("page", base.extend()
                .optional("show_disclaimer", bool()));
        schemas.put("notfound", base.extend());
    }

    public Set<String> names() {
        return schemas.keySet();
    }

    public Schema schema(String type) {
        return schemas.get(type);
    }
}
