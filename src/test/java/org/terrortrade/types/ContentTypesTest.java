package org.terrortrade.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrortrade.UnitFiles;
import org.terrortrade.content.SourceFile;
import org.terrortrade.page.SitePaths;
import org.terrortrade.page.InFeed;
import org.terrortrade.page.InSitemap;
import org.terrortrade.text.Messages;

/** The registry against what the types need: a template for every page type, a section name for every type. */
@Tag("unit")
class ContentTypesTest {
    private final ContentTypes types = ContentTypes.standard();

    @Test
    void everyPageTypeHasItsTemplateAndEveryTypeItsSectionName() {
        Messages messages = Messages.forLanguage("ar");
        for (ContentType type : types.all()) {
            if (type.isPage()) {
                assertTrue(Files.isRegularFile(Path.of("templates", type.template())), type + ": templates/" + type.template());
            }
            assertTrue(messages.has(type.sectionKey()), type + ": " + type.sectionKey());
            if (type.parent() != null) {
                assertTrue(messages.has(type.parent().labelKey()), type + ": " + type.parent().labelKey());
            }
            assertTrue(type.schema().fieldNames().containsAll(List.of("type", "title", "date")), type + " has the common fields");
        }
    }

    /** Which standard type has which capability: each listing, the menu and the model are a type's own say. */
    @Test
    void eachTypeHasTheCapabilitiesItsPagesShow() {
        Map<String, Set<Class<?>>> capabilities = new TreeMap<>();
        List<Class<?>> all = List.of(ModelSource.class, InMenu.class, InSitemap.class, InFeed.class, InSearch.class,
                CardKicker.class, HasFigure.class);
        for (ContentType type : types.all()) {
            capabilities.put(type.name(), all.stream().filter(c -> c.isInstance(type)).collect(Collectors.toSet()));
        }
        Set<Class<?>> listed = Set.of(InSitemap.class, InFeed.class, InSearch.class);
        assertEquals(Set.of(ModelSource.class), capabilities.get("term"), "a term is data only: no page, no listing");
        assertEquals(Set.of(), capabilities.get("notfound"), "the 404 page is listed nowhere");
        assertEquals(Set.of(InSitemap.class), capabilities.get("search"), "the search page is in the sitemap only");
        assertEquals(Set.of(InMenu.class, InSitemap.class, InSearch.class, CardKicker.class), capabilities.get("home"),
                "the home page is no feed entry");
        assertTrue(capabilities.get("article").containsAll(listed) && capabilities.get("article").contains(ModelSource.class));
        assertTrue(((InFeed) types.get("article")).leadsFeed(), "the article leads the feed");
        for (String name : List.of("actor", "actors", "exchange", "glossary", "timeline", "sources", "page")) {
            assertTrue(capabilities.get(name).containsAll(listed), name + " is in the sitemap, the feed and search");
            assertFalse(((InFeed) types.get(name)).leadsFeed(), name);
        }
        assertFalse(capabilities.get("actor").contains(InMenu.class), "profiles are in the menu through the actors page");
        assertEquals(Set.of("actors", "timeline"), capabilities.entrySet().stream()
                .filter(e -> e.getValue().contains(HasFigure.class)).map(Map.Entry::getKey).collect(Collectors.toSet()));
    }

    /** A type that shows its files on another type's page asks that type where the page is; it writes no URL itself. */
    @Test
    void termsAndProfilesAskTheirSectionPagesTypeForItsPlace(@TempDir Path root) {
        UnitFiles files = new UnitFiles(root);
        SourceFile glossaryFile = files.page("content/glossary.md", "glossary", "المسرد", "2026-01-01");
        SourceFile actorsFile = files.page("content/actors/index.md", "actors", "الفاعلون", "2026-01-01");
        SourceFile term = files.file("content/glossary/hawala.md", "---\ntype: term\ntitle: الحوالة\nen: hawala\ndate: 2026-01-06\nsays: []\n---\n");
        GlossaryType glossary = (GlossaryType) types.get("glossary");
        assertEquals(types.get("glossary").url(glossaryFile) + "#hawala", types.get("term").url(term));
        assertEquals(glossary.entryUrl("hawala"), types.get("term").url(term));
        assertEquals(SitePaths.href(types.get("actors").url(actorsFile)), types.get("actor").parent().path());
        assertEquals(types.get("actors").sectionKey(), types.get("actor").parent().labelKey());
    }

    @Test
    void aNameIsOneType() {
        assertThrows(IllegalArgumentException.class, () -> types.with(new PageType()));
        assertEquals(types.all().size() + 1, types.with(new BriefingType()).all().size());
        assertTrue(types.isSingleton("article") && !types.isSingleton("actor") && !types.isSingleton("nonsense"));
        assertTrue(types.hasBody("page") && !types.hasBody("term"));
    }
}
