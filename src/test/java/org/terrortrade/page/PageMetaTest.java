package org.terrortrade.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrortrade.UnitFiles;
import org.terrortrade.content.SourceFile;
import org.terrortrade.markdown.MarkdownRenderer;
import org.terrortrade.site.SitePages;
import org.terrortrade.types.ContentType;
import org.terrortrade.model.ModelBuilder;
import org.terrortrade.model.SiteModel;
import org.terrortrade.text.Messages;
import org.terrortrade.types.ContentTypes;

/** Canonical and card URLs, breadcrumbs and JSON-LD from a one-actor model: what the type says, under the base path. */
@Tag("unit")
class PageMetaTest {
    private static final SiteSettings SITE = new SiteSettings("الموقع", "سطر", "/sub/", "ar", "", "main", "https://example.org");

    @Test
    void anActorPageIsAPersonUnderTheActorsSection(@TempDir Path root) {
        SourceFile actor = new UnitFiles(root).file("content/actors/asim-munir.md",
                "---\ntype: actor\ntitle: عاصم منير\nname_en: Asim Munir\nkind: person\ngrammar: masculine\ndate: 2026-01-01\n"
                        + "aliases: [منير]\nsummary:\n  text: \"قائد الجيش.\"\n  cite: [1]\n  voice: article\n---\n");
        SiteModel model = ContentTypes.standard().model(List.of(actor));
        PageMeta meta = new PageMeta(SITE, model, Messages.forLanguage("ar"));
        Page page = onlyPage(actor, model);
        String json = meta.jsonLd(page);
        assertTrue(json.contains("\"@type\":\"Person\""), json);
        assertTrue(json.contains("\"alternateName\":[\"Asim Munir\",\"منير\"]"), json);
        assertTrue(json.contains("\"name\":\"الفاعلون\",\"item\":\"https://example.org/sub/actors/\""), "breadcrumb through the section: " + json);
        assertEquals(new Crumb("type.actors.section", "actors/"), page.parent());
        assertEquals("عاصم منير", page.title(), "the profile is titled by the actor's name");
        assertEquals("يذكر المقال: قائد الجيش.", page.description(), "and described by its summary, with its voice");
        assertTrue(json.contains("\"description\":\"يذكر المقال: قائد الجيش.\""), "the JSON-LD says what the page says: " + json);
        assertEquals("https://example.org/sub/", meta.canonical("index.html"));
        assertEquals("https://example.org/sub/cards/actors/asim-munir.png", meta.card("actors/asim-munir.html"));
    }

    @Test
    void theHomePageHasNoTrail(@TempDir Path root) {
        SourceFile home = new UnitFiles(root).page("content/index.md", "home", "الموقع", "2026-01-01");
        SiteModel model = ContentTypes.standard().model(List.of(home));
        Page page = onlyPage(home, model);
        assertNull(page.parent(), "the home page has no section above it");
        String json = new PageMeta(SITE, model, Messages.forLanguage("ar")).jsonLd(page);
        assertTrue(json.contains("\"@type\":\"WebPage\""), json);
        assertTrue(!json.contains("BreadcrumbList"), json);
    }

    private static Page onlyPage(SourceFile file, SiteModel model) {
        return SitePages.make(List.of(file), ContentTypes.standard(), model, Messages.forLanguage("ar"), new MarkdownRenderer())
                .list().get(0);
    }
}
