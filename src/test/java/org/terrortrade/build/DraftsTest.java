package org.terrortrade.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrortrade.TestProject;
import org.terrortrade.problem.BuildFailedException;
import org.terrortrade.problem.Problem;
import org.terrortrade.types.ContentTypes;

/**
 * {@code status: draft} means not published: a draft page and a draft actor leave no file, no sitemap, feed or search
 * entry, no card, no menu item, no count and no link from the article; a published page's hand link to a draft is an
 * error at that link; serve mode builds drafts, marked as drafts, for an editor's preview.
 */
class DraftsTest {
    /** A free page the menu would list, and an actor named by a word of the article (so the article would link it). */
    private static void addDrafts(TestProject project) {
        project.write("content/notes.md", """
                ---
                type: page
                title: ملاحظات التحرير
                description: صفحة لم تكتمل بعد.
                date: 2026-12-01
                status: draft
                menu: true
                ---

                نص لم يكتمل.
                """);
        project.write("content/actors/kabul.md", """
                ---
                type: actor
                title: كابول
                name_en: Kabul
                kind: state
                grammar: feminine
                aliases: [كابول]
                date: 2026-12-01
                status: draft
                summary:
                  text: استغل داعش «سقوط كابول» لتعزيز وجوده.
                  cite: [5]
                  voice: article
                ---
                """);
    }

    @Test
    void aPublishedBuildHasNoTraceOfItsDrafts(@TempDir Path withDrafts, @TempDir Path without) {
        TestProject plain = TestProject.copyOfSite(without);
        plain.build();
        TestProject drafted = TestProject.copyOfSite(withDrafts);
        addDrafts(drafted);
        drafted.build();

        assertFalse(Files.exists(drafted.output().resolve("notes.html")));
        assertFalse(Files.exists(drafted.output().resolve("actors/kabul.html")));
        for (String listing : List.of("sitemap.xml", "feed.xml", "search-index.json", "index.html", "article.html",
                "actors/index.html")) {
            String text = drafted.read("target/site/" + listing);
            assertFalse(text.contains("notes.html") || text.contains("kabul.html") || text.contains("ملاحظات التحرير"), listing);
        }
        // Every byte of the site, cards and counts included, is what the same site without the drafts has.
        assertEquals(TestProject.contentFingerprint(plain.output()), TestProject.contentFingerprint(drafted.output()));
    }

    @Test
    void aHandLinkToADraftIsAnErrorAtThatLink(@TempDir Path folder) {
        TestProject project = TestProject.copyOfSite(folder);
        addDrafts(project);
        String about = project.read("content/about.md");
        project.write("content/about.md", about + "\nانظر [ملاحظات التحرير](notes.html).\n");
        int line = (int) (about + "\n").lines().count() + 1;

        BuildFailedException failure = assertThrows(BuildFailedException.class, project::build);

        Problem problem = failure.problems().get(0);
        assertEquals("link-to-draft", problem.key(), failure.getMessage());
        assertEquals("content/about.md", problem.path());
        assertEquals(line, problem.line(), failure.getMessage());
        assertFalse(Files.exists(project.output()), "a failed build publishes nothing");
    }

    @Test
    void serveModeShowsDraftsMarkedAsDrafts(@TempDir Path folder) {
        TestProject project = TestProject.copyOfSite(folder);
        addDrafts(project);
        new SiteBuilder(step -> { }, true, ContentTypes.standard()).build(project.options().withDrafts(true));

        assertTrue(project.read("target/site/notes.html").contains("class=\"draft-mark\""));
        assertTrue(project.read("target/site/actors/kabul.html").contains("class=\"draft-mark\""));
        assertFalse(project.read("target/site/about.html").contains("draft-mark"), "a published page has no mark");
        assertTrue(project.read("target/site/article.html").contains("actors/kabul.html"), "the preview links the draft actor");
    }
}
