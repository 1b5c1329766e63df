package org.terrortrade.types;

import java.util.List;
import java.util.Map;

import org.terrortrade.content.FrontMatter;
import org.terrortrade.content.SourceFile;
import org.terrortrade.markdown.MarkdownRenderer;
import org.terrortrade.page.PageMeta;
import org.terrortrade.page.Crumb;
import org.terrortrade.page.PageKind;
import org.terrortrade.page.SearchEntry;
import org.terrortrade.model.ModelParts;
import org.terrortrade.model.SiteModel;
import org.terrortrade.page.Page;
import org.terrortrade.text.Messages;
import org.terrortrade.provenance.ProvenanceChecker;
import org.terrortrade.schema.Schema;

/**
 * One kind of content file ({@code type:} in its front matter) and everything the build does differently for it.
 * Every step asks the file's type; no step compares type names. A new type is one subclass, one template and one
 * line in {@link org.terrortrade.types.ContentTypes#standard()} (ARCHITECTURE.md: "Add a content type").
 *
 * <p>The defaults describe an ordinary page: one file of the type, a body, a page at the file's path, listed in the
 * sitemap, the feed and search (as one document), JSON-LD {@code WebPage}, the description under its social card.
 * What cannot have a safe default is abstract: the front matter ({@link #schema()}) and the provenance rules
 * ({@link #checkProvenance}), so a type cannot leave its citations unchecked by omission.
 */
public abstract class ContentType implements PageKind {
    private final String name;

    protected ContentType(String name) {
        this.name = name;
    }

    /** The value of {@code type:} in front matter. */
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

    /** The template under {@code templates/} that renders this type's pages. */
    public String template() {
        return name + ".ftlh";
    }

    /** Whether the site has at most one file of this type. */
    public boolean singleton() {
        return true;
    }

    /** Whether each file becomes a page of its own (false: data shown on another page, like glossary terms). */
    public boolean isPage() {
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

    /**
     * Where the page built from {@code file} lives in the site: the one place a page's URL is made. By default the
     * file's place under content/ with .html for .md: content/actors/ttp.md → actors/ttp.html.
     */
    public String url(SourceFile file) {
        return file.path().replaceFirst("^content/", "").replaceFirst("\\.md$", ".html");
    }

    /**
     * The page built from {@code file}, with its body already rendered: what its template, the sitemap, the feed and
     * search know of it. Its title, description, menu label and figure come from the methods below.
     */
    public final Page page(SourceFile file, MarkdownRenderer.Rendered body, SiteModel model, Messages messages) {
        FrontMatter front = file.frontMatter();
        String added = front.text("date").orElseThrow();
        String changed = front.text("updated").orElse(added);
        String url = url(file);
        String title = title(file, model);
        return new Page(this, url, file.slug(), file.path(), title, description(file, model, messages),
                front.text("subtitle").orElse(null), added, changed, body.html(), body.toc(), body.words(),
                showDisclaimer(file), figure(url, model, messages), cardKicker(file, model, messages),
                lines(body.links(), file), file.isDraft(),
                inSearch() ? search(file, url, title, messages.get(sectionKey()), body, model, messages) : List.of());
    }

    /** The file line of each address, from its offset in the body. */
    private static Map<String, Integer> lines(Map<String, Integer> offsets, SourceFile file) {
        Map<String, Integer> lines = new java.util.HashMap<>();
        offsets.forEach((link, offset) -> lines.put(link, file.lines().line(offset)));
        return Map.copyOf(lines);
    }

    /** Whether the article's disclaimer follows the page's text (the article's own template always shows it). */
    public boolean showDisclaimer(SourceFile file) {
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

    /** A drawing of the site's data that the page at {@code uri} shows (inline SVG), or null. */
    public String figure(String uri, SiteModel model, Messages messages) {
        return null;
    }

    /** What the site's menu calls the page built from {@code file}, or null when the menu does not list it. */
    public String menuLabel(SourceFile file, Messages messages) {
        return inMenu() ? messages.get(sectionKey()) : null;
    }

    /** Whether the site's menu lists this type's page, by its section name (the registry's order is the menu's). */
    protected boolean inMenu() {
        return false;
    }

    /**
     * Key of this type's section name in the types bundle ({@code type.<name>.section}): menu label, breadcrumb and
     * search section. A new type adds that key to {@code i18n/types_<lang>.properties}; a missing key fails the build
     * naming it.
     */
    @Override
    public String sectionKey() {
        return "type." + name + ".section";
    }

    /** The section page above this type's pages in the breadcrumb trail (its label key and path), or null. */
    public Crumb parent() {
        return null;
    }

    /** Whether the page's top-level paragraphs are numbered p1…pN for citation (the article). */
    public boolean numbersParagraphs() {
        return false;
    }

    /** Adds what a file of this type contributes to the site model (nothing by default: its page is its body). */
    public void extract(SourceFile file, ModelParts parts) {
    }

    /** The page's main schema.org node. */
    public Map<String, Object> jsonLd(PageMeta meta, Page page, SiteModel model) {
        return meta.node("WebPage", page);
    }

    /** The line under the title on the page's social card. */
    public String cardKicker(SourceFile file, SiteModel model, Messages messages) {
        return file.frontMatter().text("description").orElse("");
    }

    /** Whether the page is listed in sitemap.xml. */
    public boolean inSitemap() {
        return isPage();
    }

    /** Whether the page is an entry of the Atom feed. */
    public boolean inFeed() {
        return isPage();
    }

    /** Whether the feed lists this type's pages before the others (the article). */
    public boolean leadsFeed() {
        return false;
    }

    /** Whether the page is searchable. */
    public boolean inSearch() {
        return isPage();
    }

    /**
     * The page's search documents, from its Markdown and the model (never from the rendered HTML): by default the whole
     * page as one document, found by its body's words.
     *
     * @param url     the page's path in the site
     * @param section the name its documents are listed under
     */
    protected List<SearchEntry> search(SourceFile file, String url, String title, String section,
            MarkdownRenderer.Rendered body, SiteModel model, Messages messages) {
        return List.of(new SearchEntry(url, title, section, body.text()));
    }

    /**
     * These claims one after another, each with its voice as the pages show it («يذكر المقال: …»): a search result's
     * excerpt never shows a claim without whose claim it is.
     */
    protected static String voiced(SiteModel model, Messages messages, java.util.Collection<org.terrortrade.model.Claim> claims) {
        StringBuilder text = new StringBuilder();
        claims.forEach(claim -> text.append(model.voiced(messages, claim)).append(' '));
        return text.toString();
    }

    @Override
    public String toString() {
        return name;
    }
}
