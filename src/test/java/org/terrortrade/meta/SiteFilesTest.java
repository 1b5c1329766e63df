package org.terrortrade.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrortrade.UnitFiles;
import org.terrortrade.page.SiteSettings;
import org.terrortrade.content.SourceFile;
import org.terrortrade.markdown.MarkdownRenderer;
import org.terrortrade.model.ModelBuilder;
import org.terrortrade.site.SitePages;
import org.terrortrade.text.Messages;
import org.terrortrade.types.ContentType;
import org.terrortrade.types.ContentTypes;
import org.terrortrade.types.Schemas;
import org.terrortrade.model.SiteModel;
import org.terrortrade.page.Page;
import org.terrortrade.provenance.ProvenanceChecker;
import org.terrortrade.schema.Schema;

/** sitemap.xml, robots.txt and feed.xml from a handful of files: what each type lists, in which order, with which dates. */
@Tag("unit")
class SiteFilesTest {
    private static final SiteSettings SITE = new SiteSettings("الموقع", "سطر", "/sub/", "ar", "https://github.com/o/r", "main",
            "https://example.org");

    @Test
    void eachTypeDecidesWhereItsPagesAreListed(@TempDir Path root) throws IOException {
        UnitFiles files = new UnitFiles(root);
        List<SourceFile> sources = List.of(
                files.page("content/index.md", "home", "الرئيسية", "2026-01-01"),
                files.page("content/about.md", "page", "عن", "2026-01-02"),
                files.page("content/zz.md", "article", "المقال", "2026-01-03"),
                files.page("content/404.md", "notfound", "غير موجود", "2026-01-04"),
                files.page("content/search.md", "search", "بحث", "2026-01-05"),
                files.file("content/glossary/hawala.md", "---\ntype: term\ntitle: الحوالة\nen: hawala\ndate: 2026-01-06\n"
                        + "updated: 2026-03-01\nsays: []\n---\n"),
                files.file("content/actors/asim-munir.md", "---\ntype: actor\ntitle: عاصم منير\nname_en: Asim Munir\nkind: person\n"
                        + "grammar: masculine\ndate: 2026-01-02\nsummary:\n  text: \"قائد الجيش.\"\n  cite: [1]\n  voice: article\n---\n"));
        Path site = Files.createDirectories(root.resolve("site"));
        SitePages pages = SitePages.make(sources, ContentTypes.standard(), ContentTypes.standard().model(sources), Messages.forLanguage("ar"),
                new MarkdownRenderer());
        new SiteFiles(SITE, Messages.forLanguage("ar")).write(site, pages.list());

        String sitemap = Files.readString(site.resolve("sitemap.xml"));
        assertTrue(sitemap.contains("<loc>https://example.org/sub/</loc><lastmod>2026-01-01</lastmod>"), sitemap);
        assertTrue(sitemap.contains("<loc>https://example.org/sub/search.html</loc>"), sitemap);
        assertFalse(sitemap.contains("404.html"), "the not-found page is not content");
        assertFalse(sitemap.contains("glossary"), "a term is not a page");

        String feed = Files.readString(site.resolve("feed.xml"));
        List<String> entries = feed.lines().filter(l -> l.contains("<id>") && !l.startsWith("  <id>")).toList();
        assertEquals(List.of("    <id>https://example.org/sub/zz.html</id>", "    <id>https://example.org/sub/about.html</id>",
                "    <id>https://example.org/sub/actors/asim-munir.html</id>"), entries,
                "the article leads the feed; home, search and not-found are no entries");
        assertTrue(feed.contains("<updated>2026-01-05T00:00:00Z</updated>"), "the feed's date is its newest listed page's");
        assertTrue(feed.contains("<summary>يذكر المقال: قائد الجيش.</summary>"),
                "a profile's entry is summarised as its page describes it (it has no description field): " + feed);
        assertFalse(feed.contains("<summary></summary>"), feed);
        assertTrue(feed.contains("xml:lang=\"ar\""));
        assertEquals("User-agent: *\nAllow: /\n\nSitemap: https://example.org/sub/sitemap.xml\n", Files.readString(site.resolve("robots.txt")));
    }

    /** A type with no listing capability: its pages are built, but neither the sitemap nor the feed names them. */
    private static final class Unlisted extends ContentType {
        Unlisted() {
            super("unlisted");
        }

        @Override
        public String sectionKey() {
            return "type.page.section"; // a fixture borrows the free pages' section name
        }

        @Override
        public Schema schema() {
            return Schemas.page();
        }

        @Override
        public boolean singleton() {
            return false;
        }

        @Override
        public void checkProvenance(SourceFile file, SiteModel model, ProvenanceChecker check) {
        }
    }

    @Test
    void aTypeWithoutAListingCapabilityIsNotListed(@TempDir Path root) throws IOException {
        UnitFiles files = new UnitFiles(root);
        List<SourceFile> sources = List.of(
                files.page("content/about.md", "page", "عن", "2026-01-02"),
                files.page("content/hidden.md", "unlisted", "مخفية", "2026-01-03"));
        ContentTypes types = ContentTypes.standard().with(new Unlisted());
        SitePages pages = SitePages.make(sources, types, types.model(sources), Messages.forLanguage("ar"), new MarkdownRenderer());
        Path site = Files.createDirectories(root.resolve("site"));
        new SiteFiles(SITE, Messages.forLanguage("ar")).write(site, pages.list());

        assertEquals(List.of("about.html", "hidden.html"), pages.list().stream().map(Page::uri).toList(), "both are pages");
        assertEquals(List.of(), pages.list().get(1).search(), "not searchable: no search documents");
        String sitemap = Files.readString(site.resolve("sitemap.xml"));
        assertTrue(sitemap.contains("about.html") && !sitemap.contains("hidden.html"), sitemap);
        String feed = Files.readString(site.resolve("feed.xml"));
        assertTrue(feed.contains("about.html") && !feed.contains("hidden.html"), feed);
        assertFalse(feed.contains("2026-01-03"), "an unlisted page does not date the feed: " + feed);
    }

    @Test
    void textThatIsNotXmlIsEscapedOrReplaced() {
        assertEquals("a &lt;b&gt; &amp; &quot;c&quot; \uFFFD", SiteFiles.escape("a <b> & \"c\" \u0001"));
    }
}
