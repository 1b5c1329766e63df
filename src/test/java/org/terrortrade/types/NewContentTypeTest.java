package org.terrortrade.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrortrade.TestProject;
import org.terrortrade.build.SiteBuilder;
import org.terrortrade.problem.BuildFailedException;
import org.terrortrade.problem.Problem;

/**
 * Adding a content type is one class ({@link BriefingType}), one template (fixture-type/briefing.ftlh) and one
 * registry line ({@code ContentTypes.standard().with(new BriefingType())}): with no other edit its files become
 * pages and social cards, the sitemap and feed entries and search documents of the capabilities it implements, and
 * their claims are checked like any other.
 */
class NewContentTypeTest {
    /** The one registry line. */
    private static final ContentTypes TYPES = ContentTypes.standard().with(new BriefingType());

    private static final String POINT = "حركة تنشط في مناطق باكستان القبلية الشمالية، وتسعى باكستان إلى الحصول على دعم أمريكي لجهودها ضدها.";

    private static String briefing(String title, String pointText) {
        return "---\ntype: briefing\ntitle: " + title + "\ndescription: موجز تجريبي\ndate: 2026-11-29\npoints:\n"
                + "  - text: \"" + pointText + "\"\n    cite: [8]\n    voice: article\n---\n";
    }

    private static TestProject project(Path folder, boolean withTemplate) throws IOException {
        TestProject project = TestProject.copyOfSite(folder);
        if (withTemplate) {
            try (InputStream in = NewContentTypeTest.class.getResourceAsStream("/fixture-type/briefing.ftlh")) {
                project.write("templates/briefing.ftlh", new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        project.write("content/briefings/first.md", briefing("موجز أول", POINT));
        project.write("content/briefings/second.md", briefing("موجز ثان", POINT));
        return project;
    }

    @Test
    void aNewTypeGetsPagesSitemapFeedSearchAndCards(@TempDir Path folder) throws IOException {
        TestProject project = project(folder, true);
        new SiteBuilder(step -> { }, false, TYPES).build(project.options());
        Path site = project.output();
        for (String slug : List.of("first", "second")) {
            String page = Files.readString(site.resolve("briefings/" + slug + ".html"));
            assertTrue(page.contains("تسعى باكستان إلى الحصول على دعم أمريكي"), "the page shows its points: " + slug);
            assertTrue(Files.readString(site.resolve("sitemap.xml")).contains("/briefings/" + slug + ".html</loc>"), "sitemap: " + slug);
            assertTrue(Files.readString(site.resolve("feed.xml")).contains("/briefings/" + slug + ".html\"/>"), "feed: " + slug);
            assertTrue(Files.readString(site.resolve("search-index.json")).contains("\"u\":\"briefings/" + slug + ".html\""),
                    "search: " + slug);
            assertTrue(Files.isRegularFile(site.resolve("cards/briefings/" + slug + ".png")), "social card: " + slug);
        }
    }

    @Test
    void aNewTypesClaimsAreChecked(@TempDir Path folder) throws IOException {
        TestProject project = project(folder, true);
        project.write("content/briefings/second.md", briefing("موجز ثان", "قُتل 1999 شخصًا في مناطق باكستان القبلية."));
        BuildFailedException failure = assertThrows(BuildFailedException.class,
                () -> new SiteBuilder(step -> { }, false, TYPES).check(project.options()));
        assertTrue(failure.problems().stream().anyMatch(p -> p.path().equals("content/briefings/second.md")
                && p.key().equals("unsupported-number") && p.line() == 7), failure.getMessage());
        assertFalse(failure.problems().stream().anyMatch(p -> p.path().equals("content/briefings/first.md")), failure.getMessage());
    }

    @Test
    void aTypeWithoutItsTemplateIsAnEditorsError(@TempDir Path folder) throws IOException {
        TestProject project = project(folder, false);
        BuildFailedException failure = assertThrows(BuildFailedException.class,
                () -> new SiteBuilder(step -> { }, false, TYPES).build(project.options()));
        List<Problem> problems = failure.problems();
        assertEquals(1, problems.size(), failure.getMessage());
        assertEquals("templates/briefing.ftlh", problems.get(0).path());
        assertEquals("missing-template", problems.get(0).key());
    }

    @Test
    void aNewTypesFolderIsItsOwn(@TempDir Path folder) throws IOException {
        TestProject project = project(folder, true);
        project.write("content/stray.md", briefing("موجز شارد", POINT));
        project.write("content/briefings/about.md", "---\ntype: page\ntitle: صفحة\ndescription: صفحة في غير مكانها\n---\nنص.\n");
        BuildFailedException failure = assertThrows(BuildFailedException.class,
                () -> new SiteBuilder(step -> { }, false, TYPES).check(project.options()));
        List<Problem> problems = failure.problems();
        assertEquals(2, problems.size(), failure.getMessage());
        assertTrue(problems.stream().anyMatch(p -> p.path().equals("content/stray.md") && p.key().equals("wrong-folder")
                && p.line() == 2 && p.fix().contains("content/briefings/")), failure.getMessage());
        assertTrue(problems.stream().anyMatch(p -> p.path().equals("content/briefings/about.md") && p.key().equals("wrong-folder")
                && p.line() == 2), failure.getMessage());
    }

    @Test
    void withoutTheRegistryLineTheTypeIsUnknown(@TempDir Path folder) throws IOException {
        TestProject project = project(folder, true);
        BuildFailedException failure = assertThrows(BuildFailedException.class,
                () -> new SiteBuilder(step -> { }, false, ContentTypes.standard()).check(project.options()));
        assertTrue(failure.problems().stream().allMatch(p -> p.key().equals("unknown-type")), failure.getMessage());
    }
}
