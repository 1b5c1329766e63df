package org.terrortrade.site;

import org.terrortrade.page.Page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.terrortrade.model.ModelBuilder;
import org.terrortrade.model.SiteModel;
import org.terrortrade.text.Messages;
import org.terrortrade.types.ContentType;
import org.terrortrade.types.ContentTypes;
import org.terrortrade.provenance.ProvenanceChecker;
import org.terrortrade.schema.Schema;

/** The page objects the types make, and the menu made from them: one source for URLs, section names and page words. */
@Tag("unit")
class SitePagesTest {
    private static final Messages ARABIC = Messages.forLanguage("ar");

    private static SitePages make(ContentTypes types, List<SourceFile> files) {
        SiteModel model = types.model(files);
        return SitePages.make(files, types, model, ARABIC, new MarkdownRenderer());
    }

    @Test
    void theMenuListsSectionsInRegistryOrderUnderTheirSectionNames(@TempDir Path root) {
        UnitFiles files = new UnitFiles(root);
        // Written in an order unlike the menu's, to show the order comes from the registry.
        List<SourceFile> sources = List.of(
                files.page("content/sources.md", "sources", "صفحة المصادر", "2026-01-01"),
                files.page("content/about.md", "page", "عن الموقع", "2026-01-01"),
                files.file("content/colophon.md", "---\ntype: page\ntitle: تفاصيل\ndescription: و\ndate: 2026-01-01\nmenu: true\n---\nنص.\n"),
                files.file("content/credits.md", "---\ntype: page\ntitle: شكر\ndescription: و\ndate: 2026-01-01\nmenu: false\n---\nنص.\n"),
                files.page("content/404.md", "notfound", "غير موجود", "2026-01-01"),
                files.page("content/actors/index.md", "actors", "صفحة الفاعلين", "2026-01-01"),
                files.page("content/index.md", "home", "الموقع", "2026-01-01"));
        List<MenuItem> menu = make(ContentTypes.standard(), sources).menu();

        assertEquals(List.of("الرئيسية", "الفاعلون", "المصادر", "تفاصيل"), menu.stream().map(MenuItem::label).toList(),
                "section names from the types bundle (not the pages' titles); a free page by its title, only with menu: true");
        assertEquals(List.of("", "actors/", "sources.html", "colophon.html"), menu.stream().map(MenuItem::href).toList());
        for (MenuItem item : menu) {
            if (!item.type().name().equals("page")) {
                assertEquals(ARABIC.get(item.type().sectionKey()), item.label(),
                        "the menu, the breadcrumbs and search name a section with the same key");
            }
        }
    }

    @Test
    void aSectionHoldsItsOwnPagesOnly() {
        ContentType actor = ContentTypes.standard().get("actor");
        MenuItem actors = new MenuItem(ContentTypes.standard().get("actors"), "الفاعلون", "actors/index.html");
        MenuItem home = new MenuItem(ContentTypes.standard().get("home"), "الرئيسية", "index.html");
        Page profile = page(actor, "actors/ttp.html");
        assertTrue(actors.holds(profile), "a profile is in the actors section");
        assertFalse(home.holds(profile), "the home page does not hold every page");
        assertTrue(home.holds(page(ContentTypes.standard().get("home"), "index.html")));
        assertFalse(new MenuItem(actor, "x", "exchange.html").holds(page(actor, "exchange-old.html")), "a file is no folder");
    }

    @Test
    void aPageIsMadeByItsTypeWithItsUrlTitleAndDescription(@TempDir Path root) {
        UnitFiles files = new UnitFiles(root);
        SourceFile actor = files.file("content/actors/asim-munir.md",
                "---\ntype: actor\ntitle: عاصم منير\nname_en: Asim Munir\nkind: person\ngrammar: masculine\ndate: 2026-01-01\n"
                        + "updated: 2026-02-01\nsummary:\n  text: \"قائد الجيش.\"\n  cite: [1]\n  voice: article\n---\n");
        SourceFile about = files.file("content/about.md",
                "---\ntype: page\ntitle: عن\ndescription: وصف الصفحة\ndate: 2026-01-01\nshow_disclaimer: true\n---\n## قسم {#part}\n\nنص من ثلاث كلمات.\n");
        SitePages pages = make(ContentTypes.standard(), List.of(actor, about));

        Page profile = pages.list().get(0);
        assertEquals("actors/asim-munir.html", profile.uri());
        assertEquals("يذكر المقال: قائد الجيش.", profile.description(), "an actor's page is described by its voiced summary");
        assertEquals("2026-01-01", profile.added());
        assertEquals("2026-02-01", profile.changed());
        assertTrue(profile.isChanged());
        assertEquals(actor, pages.sources().get("actors/asim-munir.html"), "the link check finds the page's file by its URL");

        Page free = pages.list().get(1);
        assertEquals("about.html", free.uri());
        assertEquals("وصف الصفحة", free.description());
        assertTrue(free.showDisclaimer());
        assertFalse(free.isChanged());
        assertEquals(List.of("part"), free.toc().stream().map(MarkdownRenderer.Heading::id).toList());
        assertTrue(free.body().contains("<h2 id=\"part\">"), free.body());
        assertNull(free.subtitle());
        assertNull(free.figure());
    }

    /** A type with its own URL rule: every step that names the page's URL asks the type. */
    static final class DatedType extends ContentType {
        /** A fixture type borrows the free pages' section name; a real type adds {@code type.dated.section} to the bundle. */
        @Override
        public String sectionKey() {
            return "type.page.section";
        }

        DatedType() {
            super("dated");
        }

        @Override
        public Schema schema() {
            return org.terrortrade.types.Schemas.page();
        }

        @Override
        public boolean singleton() {
            return false;
        }

        @Override
        public String url(SourceFile file) {
            return "notes/" + file.frontMatter().text("date").orElseThrow() + "-" + file.slug() + ".html";
        }

        @Override
        public void checkProvenance(SourceFile file, SiteModel model, ProvenanceChecker check) {
            check.framing(file, false);
        }
    }

    @Test
    void aTypesUrlRuleIsTheOnlyUrlOfItsPages(@TempDir Path root) {
        ContentTypes types = ContentTypes.standard().with(new DatedType());
        SourceFile note = new UnitFiles(root).page("content/notes/first.md", "dated", "ملاحظة", "2026-03-04");
        SitePages pages = make(types, List.of(note));
        assertEquals("notes/2026-03-04-first.html", pages.list().get(0).uri());
        assertEquals(note, pages.sources().get("notes/2026-03-04-first.html"));
        assertEquals(List.of(), pages.menu(), "a type is not in the menu unless it says so");
    }

    private static Page page(ContentType type, String uri) {
        return new Page(type, uri, "s", "content/s.md", "t", "d", null, "2026-01-01", "2026-01-01", "", List.of(), 0, false, null, "", java.util.Map.of(), false, List.of());
    }
}
