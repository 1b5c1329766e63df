package org.terrortrade.types;

import java.util.List;
import java.util.Map;

import org.terrortrade.content.FrontMatter;
import org.terrortrade.content.SourceFile;
import org.terrortrade.markdown.MarkdownRenderer;
import org.terrortrade.model.SiteModel;
import org.terrortrade.page.Page;
import org.terrortrade.page.PageKind;
import org.terrortrade.page.SearchEntry;
import org.terrortrade.provenance.ProvenanceChecker;
import org.terrortrade.schema.Schema;
import org.terrortrade.text.Messages;

/**
 * One kind of content file ({@code type:} in its front matter): what every type answers. Every step asks the file's
 * type; no step compares type names. A new type is one subclass, one template and one line in
 * {@link org.terrortrade.types.ContentTypes#standard()} (ARCHITECTURE.md: "Add a content type").
 *
 * <p>This class keeps what every type must answer: its name, its front matter, its provenance rules, where its files
 * lie and where its page lives. What only some types do is a capability the type implements: {@link ModelSource}
 * (records in the model), {@link InMenu}, {@link org.terrortrade.page.InSitemap}, {@link org.terrortrade.page.InFeed},
 * {@link InSearch}, {@link CardKicker} and {@link HasFigure}; a type without one simply does not have that behaviour.
 * The defaults describe an ordinary page: one file of the type, a body, a page at the file's path, titled and
 * described by its front matter, JSON-LD {@code WebPage}. What cannot have a safe default is abstract: the front
 * matter ({@link #schema()}) and the provenance rules ({@link #checkProvenance}), so a type cannot leave its
 * citations unchecked by omission.
 */
public abstract class ContentType implements PageKind {
    private final String name;

    protected ContentType(String name) {
        this.name = name;
    }

    /** The value of {@code type:} in front matter. */
    @Override
    public final String name() {
        return name;
    }

    /** The front matter files of this type accept (build it from {@link Schemas}). */
    public abstract Schema schema();

    /**
     * The provenance rules of this type, run on every build for every file of it: check each claim the file makes
     * ({@code check.claim(...)}), each slug it names, and what it quotes. A type whose files state nothing derived
     * from the article says so by calling {@code check.framing(file)} or by checking nothing, explicitly.
     */
    public abstract void checkProvenance(SourceFile file, SiteModel model, ProvenanceChecker check);

    /**
     * What {@link #checkProvenance} reads of the model for {@code file}, besides what every check reads
     * ({@link org.terrortrade.provenance.SharedInputs}: the article, the actors' names, the terms' slugs), as a value
     * compared with {@code equals}: for a profile, its actor's record. A warm builder (serve mode) reuses an unchanged
     * file's verdicts while this is unchanged, so a record read but left out here would leave a verdict stale. The
     * default, the model itself, is never equal to another build's: the file is checked on every build.
     */
    public Object provenanceRecords(SourceFile file, SiteModel model) {
        return model;
    }

    /** Whether the site has at most one file of this type. */
    public boolean singleton() {
        return true;
    }

    /** Whether files of this type may have Markdown after the front matter. */
    public boolean hasBody() {
        return true;
    }

    /** The folder that holds every file of this type (and only such files), or null: anywhere in content/. */
    public String folder() {
        return null;
    }

    /** Whether each file becomes a page of its own (false: data shown on another page, like glossary terms). */
    public boolean isPage() {
        return true;
    }

    /** The template under {@code templates/} that renders this type's pages. */
    @Override
    public String template() {
        return name + ".ftlh";
    }

    /**
     * Where the page built from {@code file} lives in the site: the one place a page's URL is made. By default the
     * file's place under content/ with .html for .md: content/actors/ttp.md → actors/ttp.html.
     */
    public String url(SourceFile file) {
        return file.path().replaceFirst("^content/", "").replaceFirst("\\.md$", ".html");
    }

    /**
     * The content file that would make the page at {@code url} under this type's rule, or empty when this type makes
     * no page there: the inverse of {@link #url}, so that a link to a page that is gone can name the file to restore.
     */
    public java.util.Optional<String> source(String url) {
        if (!isPage() || !url.endsWith(".html")) {
            return java.util.Optional.empty();
        }
        String file = "content/" + url.substring(0, url.length() - ".html".length()) + ".md";
        return folder() == null || file.startsWith(folder()) ? java.util.Optional.of(file) : java.util.Optional.empty();
    }

    /**
     * Key of this type's section name in the types bundle ({@code type.<name>.section}): menu label, breadcrumb and
     * search section. A new type adds that key to {@code i18n/types_<lang>.properties}; a missing key fails the build
     * naming it.
     */
    public String sectionKey() {
        return "type." + name + ".section";
    }

    /** Whether the page's top-level paragraphs are numbered p1…pN for citation (the article). */
    public boolean numbersParagraphs() {
        return false;
    }

    /** The page's title: its front matter's {@code title}. */
    public String title(SourceFile file, SiteModel model) {
        return file.frontMatter().text("title").orElse("");
    }

    /** One or two sentences about the page: its front matter's {@code description}. */
    public String description(SourceFile file, SiteModel model, Messages messages) {
        return file.frontMatter().text("description").orElse("");
    }

    /** Whether the article's disclaimer follows the page's text (the article's own template always shows it). */
    public boolean showDisclaimer(SourceFile file) {
        return false;
    }

    /**
     * The page built from {@code file}, with its body already rendered: what its template, the sitemap, the feed and
     * search know of it. Its title and description come from the methods above; its figure, card line and search
     * documents from the capabilities the type has.
     */
    public final Page page(SourceFile file, MarkdownRenderer.Rendered body, SiteModel model, Messages messages) {
        FrontMatter front = file.frontMatter();
        String added = front.text("date").orElseThrow();
        String changed = front.text("updated").orElse(added);
        String url = url(file);
        String title = title(file, model);
        String figure = this instanceof HasFigure drawn ? drawn.figure(url, model, messages) : null;
        String kicker = this instanceof CardKicker own ? own.cardKicker(file, model, messages) : front.text("description").orElse("");
        List<SearchEntry> search = this instanceof InSearch searchable
                ? searchable.search(file, url, title, messages.get(sectionKey()), body, model, messages) : List.of();
        return new Page(this, url, file.slug(), file.path(), title, description(file, model, messages),
                front.text("subtitle").orElse(null), added, changed, body.html(), body.toc(), body.words(),
                showDisclaimer(file), figure, kicker, lines(body.links(), file), file.isDraft(), search);
    }

    /** The file line of each address, from its offset in the body. */
    private static Map<String, Integer> lines(Map<String, Integer> offsets, SourceFile file) {
        Map<String, Integer> lines = new java.util.HashMap<>();
        offsets.forEach((link, offset) -> lines.put(link, file.lines().line(offset)));
        return Map.copyOf(lines);
    }

    @Override
    public String toString() {
        return name;
    }
}
