package org.terrortrade.types;

import java.util.Map;

import org.jsoup.nodes.Element;
import org.terrortrade.content.SourceFile;
import org.terrortrade.meta.PageMeta;
import org.terrortrade.meta.SearchIndexer;
import org.terrortrade.model.ModelParts;
import org.terrortrade.model.SiteModel;
import org.terrortrade.text.Messages;
import org.terrortrade.validate.ProvenanceChecker;
import org.terrortrade.validate.Schema;

/**
 * One kind of content file ({@code type:} in its front matter) and everything the build does differently for it.
 * Every step asks the file's type; no step compares type names. A new type is one subclass, one template and one
 * line in {@link org.terrortrade.validate.ContentTypes#standard()} (ARCHITECTURE.md: "Add a content type").
 *
 * <p>The defaults describe an ordinary page: one file of the type, a body, a page at the file's path, listed in the
 * sitemap, the feed and search (as one document), JSON-LD {@code WebPage}, the description under its social card.
 * What cannot have a safe default is abstract: the front matter ({@link #schema()}) and the provenance rules
 * ({@link #checkProvenance}), so a type cannot leave its citations unchecked by omission.
 */
public abstract class ContentType {
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

    /** Where the page built from {@code file} lives in the site: the one place a page's URL is made. */
    public String url(SourceFile file) {
        return file.outputPath();
    }

    /** Key of this type's section name in the types bundle: nav label, breadcrumb and search section. */
    public String sectionKey() {
        return "type.site.section";
    }

    /** The section page above this type's pages in the breadcrumb trail (its label key and path), or null. */
    public Crumb parent() {
        return null;
    }

    /** A step of the breadcrumb trail: the types-bundle key of its label and its path in the site. */
    public record Crumb(String labelKey, String path) {
    }

    /** Whether the page's top-level paragraphs are numbered p1…pN for citation (the article). */
    public boolean numbersParagraphs() {
        return false;
    }

    /** Adds what a file of this type contributes to the site model (nothing by default: its page is its body). */
    public void extract(SourceFile file, ModelParts parts) {
    }

    /** The page's main schema.org node ({@code content} is the page's front matter and dates, as templates see it). */
    public Map<String, Object> jsonLd(PageMeta meta, Map<String, Object> content, SiteModel model) {
        return meta.node("WebPage", meta.title(content), meta.description(content), meta.uri(content));
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

    /** The search documents of one built page: by default the whole page as one document. */
    public void index(Element main, String title, String path, String section, SearchIndexer.Entries entries) {
        Element copy = main.clone();
        copy.select(".breadcrumbs, .chart, h1, .cite, .factbox dt, .page-meta").remove();
        Element h1 = main.selectFirst("h1");
        entries.add(path, h1 == null ? title : h1.text(), section, copy.text());
    }

    @Override
    public String toString() {
        return name;
    }
}
