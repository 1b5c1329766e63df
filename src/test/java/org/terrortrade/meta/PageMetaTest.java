package org.terrortrade.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrortrade.UnitFiles;
import org.terrortrade.bake.SiteSettings;
import org.terrortrade.model.ModelBuilder;
import org.terrortrade.model.SiteModel;
import org.terrortrade.text.Messages;
import org.terrortrade.validate.ContentTypes;

/** Canonical and card URLs, breadcrumbs and JSON-LD from a one-actor model: what the type says, under the base path. */
@Tag("unit")
class PageMetaTest {
    private static final SiteSettings SITE = new SiteSettings("الموقع", "سطر", "/sub/", "ar", "", "main", "https://example.org");

    @Test
    void anActorPageIsAPersonUnderTheActorsSection(@TempDir Path root) {
        SiteModel model = new ModelBuilder().build(List.of(new UnitFiles(root).file("content/actors/asim-munir.md",
                "---\ntype: actor\ntitle: عاصم منير\nname_en: Asim Munir\nkind: person\ngrammar: masculine\ndate: 2026-01-01\n"
                        + "aliases: [منير]\nsummary:\n  text: \"قائد الجيش.\"\n  cite: [1]\n  voice: article\n---\n")));
        PageMeta meta = new PageMeta(SITE, model, ContentTypes.standard(), Messages.forLanguage("ar"));
        String json = meta.jsonLd(Map.of("uri", "actors/asim-munir.html", "type", "actor", "title", "عاصم منير", "slug", "asim-munir"));
        assertTrue(json.contains("\"@type\":\"Person\""), json);
        assertTrue(json.contains("\"alternateName\":[\"Asim Munir\",\"منير\"]"), json);
        assertTrue(json.contains("\"name\":\"الفاعلون\",\"item\":\"https://example.org/sub/actors/\""), "breadcrumb through the section: " + json);
        assertEquals(Map.of("label", "الفاعلون", "path", "actors/"), meta.section("actor"));
        assertNull(meta.section("page"), "a free page has no section above it");
        assertEquals("https://example.org/sub/", meta.canonical("index.html"));
        assertEquals("https://example.org/sub/cards/actors/asim-munir.png", meta.card("actors/asim-munir.html"));
    }

    @Test
    void theHomePageHasNoTrail(@TempDir Path root) {
        PageMeta meta = new PageMeta(SITE, new ModelBuilder().build(List.of()), ContentTypes.standard(), Messages.forLanguage("ar"));
        String json = meta.jsonLd(Map.of("uri", "index.html", "type", "home", "title", "الموقع", "description", "وصف"));
        assertTrue(json.contains("\"@type\":\"WebPage\""), json);
        assertTrue(!json.contains("BreadcrumbList"), json);
    }
}
