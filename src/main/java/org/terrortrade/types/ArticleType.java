package org.terrortrade.types;

import java.util.List;
import org.terrortrade.markdown.MarkdownRenderer;
import org.terrortrade.page.SearchEntry;
import java.util.LinkedHashMap;
import java.util.Map;

import org.terrortrade.content.SourceFile;
import org.terrortrade.page.PageMeta;
import org.terrortrade.model.ArticleInfo;
import org.terrortrade.model.ArticleParagraphs;
import org.terrortrade.model.Fields;
import org.terrortrade.model.ModelParts;
import org.terrortrade.model.SiteModel;
import org.terrortrade.page.InFeed;
import org.terrortrade.page.Page;
import org.terrortrade.text.Messages;
import org.terrortrade.provenance.ProvenanceChecker;
import org.terrortrade.schema.Schema;

import static org.terrortrade.schema.FieldType.listOf;
import static org.terrortrade.schema.FieldType.record;
import static org.terrortrade.schema.FieldType.text;

/** The article, word for word: its paragraphs are numbered and are what every claim of the site cites. */
public final class ArticleType extends ContentType implements ModelSource, InMenu, InFeed, InSearch, CardKicker {
    public ArticleType() {
        super("article");
    }

    @Override
    public Schema schema() {
        return Schemas.page()
                .optional("subtitle", text())
                .required("disclaimer", text())
                .optional("places", listOf(text(), false))
                .optional("spellings", listOf(record(new Schema()
                        .required("article", text())
                        .required("site", text())), false));
    }

    @Override
    public boolean numbersParagraphs() {
        return true;
    }



    @Override
    public boolean leadsFeed() {
        return true;
    }

    @Override
    public void extract(SourceFile file, ModelParts parts) {
        Fields top = Fields.top(file.frontMatter());
        Map<String, String> spellings = new LinkedHashMap<>();
        top.records("spellings").forEach(s -> spellings.put(s.text("article"), s.text("site")));
        parts.article(new ArticleInfo(top.text("title"), top.text("description"), top.text("disclaimer"), url(file),
                top.texts("places"), spellings), ArticleParagraphs.of(file));
    }

    /** The article's own words are the source; its headings (added by the editors) and description frame it. */
    @Override
    public void checkProvenance(SourceFile file, SiteModel model, ProvenanceChecker check) {
        check.framing(file, true);
    }

    /** Nothing: its framing reads the file and the article's paragraphs (shared by every check). */
    @Override
    public Object provenanceRecords(SourceFile file, SiteModel model) {
        return List.of();
    }

    @Override
    public Map<String, Object> jsonLd(PageMeta meta, Page page, SiteModel model) {
        Map<String, Object> webPage = meta.node("WebPage", page);
        webPage.put("dateCreated", page.added());
        webPage.put("dateModified", page.changed());
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("@type", "OpinionNewsArticle");
        article.put("headline", page.title());
        article.put("description", page.description());
        article.put("inLanguage", meta.language());
        Map<String, Object> image = new LinkedHashMap<>();
        image.put("@type", "ImageObject");
        image.put("url", meta.card(page.uri()));
        image.put("width", PageMeta.CARD_WIDTH);
        image.put("height", PageMeta.CARD_HEIGHT);
        article.put("image", image);
        webPage.put("mainEntity", article);
        return webPage;
    }

    @Override
    public String cardKicker(SourceFile file, SiteModel model, Messages messages) {
        return messages.get("type.article.kicker", file.frontMatter().text("subtitle").orElse(""));
    }

    /** One document per section of the article: its heading and the paragraphs under it. */
    @Override
    public List<SearchEntry> search(SourceFile file, String url, String title, String section,
            MarkdownRenderer.Rendered body, SiteModel model, Messages messages) {
        return body.sections().stream().map(s -> new SearchEntry(url + "#" + s.id(), s.title(), section, s.text())).toList();
    }
}
