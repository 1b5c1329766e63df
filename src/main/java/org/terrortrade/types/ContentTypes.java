package org.terrortrade.types;

import org.terrortrade.schema.Schema;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.terrortrade.content.SourceFile;
import org.terrortrade.content.SourceTree;
import org.terrortrade.problem.Problems;
import org.terrortrade.provenance.CheckedBefore;
import org.terrortrade.provenance.ProvenanceChecker;
import org.terrortrade.model.ModelBuilder;
import org.terrortrade.model.ModelParts;
import org.terrortrade.model.SiteModel;

/**
 * The registry of content types: the one list of the types the site knows. Each type is one {@link ContentType}
 * object owning its schema, template, URL, section and provenance rules, and the capabilities it has (model records,
 * menu entry, listings, JSON-LD, card line, figure); every step asks this registry for a file's type. CONTRIBUTING.md documents the fields for editors.
 */
public final class ContentTypes implements SourceTree.Placement {
    private final Map<String, ContentType> types = new LinkedHashMap<>();
    private final Map<String, Schema> schemas = new LinkedHashMap<>();

    /**
     * The site's types. To add one: a {@link ContentType} subclass, its template, and one line here. The order is the
     * site menu's: the types whose pages the menu lists appear in it in this order.
     */
    public static ContentTypes standard() {
        ActorsType actors = new ActorsType();
        GlossaryType glossary = new GlossaryType();
        return new ContentTypes(List.of(
                new HomeType(),
                new ArticleType(),
                new ActorType(actors), // a profile's trail leads to the actors page
                actors,
                new ExchangeType(),
                new TermType(glossary), // a term is shown on the glossary page
                glossary,
                new TimelineType(),
                new SourcesType(),
                new PageType(),
                new NotFoundType(),
                new SearchType()));
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

    @Override
    public String folder(String type) {
        ContentType known = types.get(type);
        return known == null ? null : known.folder();
    }

    @Override
    public Set<String> folders() {
        Set<String> folders = new java.util.HashSet<>();
        types.values().stream().map(ContentType::folder).filter(java.util.Objects::nonNull).forEach(folders::add);
        return folders;
    }

    @Override
    public String output(SourceFile file) {
        ContentType type = types.get(file.type());
        return type != null && type.isPage() ? type.url(file) : null;
    }

    /** The content file that would make the page at {@code url}, by the first type whose rule places a page there. */
    public java.util.Optional<String> source(String url) {
        return all().stream().map(type -> type.source(url)).flatMap(java.util.Optional::stream).findFirst();
    }

    /**
     * The site's model: what each file's type extracts from it (the types that are a {@link ModelSource}), sorted and
     * cross-referenced ({@link ModelBuilder}).
     */
    public SiteModel model(List<SourceFile> files) {
        ModelParts parts = new ModelParts();
        for (SourceFile file : files) {
            if (of(file) instanceof ModelSource source) {
                source.extract(file, parts);
            }
        }
        return new ModelBuilder().build(parts);
    }

    /** Checks every file's claims, slugs and quotations by its type's rules ({@link ContentType#checkProvenance}). */
    public void checkProvenance(SiteModel model, List<SourceFile> files, Problems problems) {
        checkProvenance(model, files, problems, null);
    }

    /** The same checks, telling {@code reviews} (when not null) what they computed for each claim (the review page). */
    public void checkProvenance(SiteModel model, List<SourceFile> files, Problems problems,
            java.util.function.Consumer<org.terrortrade.provenance.ClaimReview> reviews) {
        checkProvenance(model, files, problems, reviews, null);
    }

    /**
     * The same checks; with {@code before} (a warm builder's), a file unchanged since the last build is not checked
     * again while what its checks read of the model is unchanged: its verdicts are those of last time
     * ({@link CheckedBefore}, {@link ContentType#provenanceRecords}).
     */
    public void checkProvenance(SiteModel model, List<SourceFile> files, Problems problems,
            java.util.function.Consumer<org.terrortrade.provenance.ClaimReview> reviews, CheckedBefore before) {
        ProvenanceChecker checker = new ProvenanceChecker(model.paragraphs(), problems).reviewing(reviews).remembering(before);
        // Where the article lists its places, for the checks across files (which run even when its own rules do not).
        files.stream().filter(file -> of(file).numbersParagraphs()).findFirst()
                .ifPresent(article -> checker.places(article.path(), article.frontMatter().keyLine("places")));
        checker.check(model, files, new ProvenanceChecker.Rules() {
            @Override
            public void check(SourceFile file, SiteModel m, ProvenanceChecker check) {
                of(file).checkProvenance(file, m, check);
            }

            @Override
            public Object records(SourceFile file, SiteModel m) {
                return of(file).provenanceRecords(file, m);
            }
        });
    }

    public Schema schema(String type) {
        return schemas.get(type);
    }
}
