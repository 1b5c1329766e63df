package org.terrortrade.validate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.terrortrade.content.SourceFile;
import org.terrortrade.types.ActorType;
import org.terrortrade.types.ActorsType;
import org.terrortrade.types.ArticleType;
import org.terrortrade.types.ContentType;
import org.terrortrade.types.ExchangeType;
import org.terrortrade.types.GlossaryType;
import org.terrortrade.types.HomeType;
import org.terrortrade.types.NotFoundType;
import org.terrortrade.types.PageType;
import org.terrortrade.types.SearchType;
import org.terrortrade.types.SourcesType;
import org.terrortrade.types.TermType;
import org.terrortrade.types.TimelineType;

/**
 * The registry of content types: the one list of the types the site knows. Each type is one {@link ContentType}
 * object owning its schema, template, URL, section, model extraction, provenance rules, JSON-LD, card and listings;
 * every step asks this registry for a file's type. CONTRIBUTING.md documents the fields for editors.
 */
public final class ContentTypes {
    private final Map<String, ContentType> types = new LinkedHashMap<>();
    private final Map<String, Schema> schemas = new LinkedHashMap<>();

    /**
     * The site's types. To add one: a {@link ContentType} subclass, its template, and one line here. The order is the
     * site menu's: the types whose pages the menu lists appear in it in this order.
     */
    public static ContentTypes standard() {
        return new ContentTypes(List.of(
                new HomeType(),
                new ArticleType(),
                new ActorType(),
                new ActorsType(),
                new ExchangeType(),
                new TermType(),
                new GlossaryType(),
                new TimelineType(),
                new SourcesType(),
                new PageType(),
                new NotFoundType(),
                new SearchType()));
    }

    /** The standard types. */
    public ContentTypes() {
        this(standard().all());
    }

    public ContentTypes(List<ContentType> list) {
        for (ContentType type : list) {
            if (types.putIfAbsent(type.name(), type) != null) {
                throw new IllegalArgumentException("two content types are named «" + type.name() + "»");
            }
            schemas.put(type.name(), type.schema());
        }
    }

    /** These types and {@code more}. */
    public ContentTypes with(ContentType... more) {
        List<ContentType> list = new ArrayList<>(types.values());
        Collections.addAll(list, more);
        return new ContentTypes(list);
    }

    public List<ContentType> all() {
        return List.copyOf(types.values());
    }

    /** The type named {@code name}, or null when there is none. */
    public ContentType get(String name) {
        return types.get(name);
    }

    /** The type of a file that passed validation (so its type is known). */
    public ContentType of(SourceFile file) {
        ContentType type = types.get(file.type());
        if (type == null) {
            throw new IllegalStateException(file.path() + ": the type «" + file.type() + "» was not validated");
        }
        return type;
    }

    /** Types of which the site has at most one file. */
    public boolean isSingleton(String type) {
        return types.containsKey(type) && types.get(type).singleton();
    }

    /** Whether files of {@code type} may have a body after the front matter. */
    public boolean hasBody(String type) {
        return !types.containsKey(type) || types.get(type).hasBody();
    }

    public Set<String> names() {
        return Collections.unmodifiableSet(types.keySet());
    }

    public Schema schema(String type) {
        return schemas.get(type);
    }
}
