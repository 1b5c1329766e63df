package org.terrortrade.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrortrade.TestProject;
import org.terrortrade.post.PostProcessor;
import org.terrortrade.problem.BuildFailedException;
import org.terrortrade.types.ContentTypes;

/**
 * A warm builder (serve mode) reuses the files it loaded before when their bytes are unchanged: what it builds after
 * edits is byte for byte what a cold builder builds from the same sources, and a file's problems come back with it.
 */
class WarmRebuildTest {

    @Test
    void aWarmRebuildAfterEditsIsTheColdBuildOfTheSameSources(@TempDir Path folder) throws Exception {
        TestProject warm = TestProject.copyOfSite(folder.resolve("warm"));
        try (SiteBuilder builder = new SiteBuilder(step -> { }, true, ContentTypes.standard())) {
            builder.build(warm.options());
            // An edit to a free page, one to a profile (the model changes), one file added and one removed.
            warm.write("content/about.md", warm.read("content/about.md") + "\nسطر أضيف.\n");
            String profile = warm.read("content/actors/china.md");
            warm.write("content/actors/china.md", profile.replaceFirst("\ntitle: ([^\n]*)", "\ntitle: $1 (الصين)"));
            warm.write("content/notes.md", "---\ntype: page\ntitle: ملاحظات\ndescription: ملاحظات.\ndate: 2026-11-29\n---\n\nنص.\n");
            builder.build(warm.options());
            Files.delete(warm.root().resolve("content/notes.md"));
            builder.build(warm.options());
            warm.write("content/notes.md", "---\ntype: page\ntitle: ملاحظات\ndescription: ملاحظات.\ndate: 2026-11-29\n---\n\nنص.\n");
            builder.build(warm.options());

            TestProject cold = TestProject.copyOfSite(folder.resolve("cold"));
            cold.write("content/about.md", warm.read("content/about.md"));
            cold.write("content/actors/china.md", warm.read("content/actors/china.md"));
            cold.write("content/notes.md", warm.read("content/notes.md"));
            cold.build();
            assertEquals(TestProject.contentFingerprint(cold.output()), TestProject.contentFingerprint(warm.output()));
            assertTrue(warm.read("target/site/actors/china.html").contains("(الصين)"), "the edited profile is the new one");
        }
    }

    @Test
    void aFileWhoseProblemsAreUnchangedIsStillReported(@TempDir Path folder) {
        TestProject project = TestProject.copyOfSite(folder);
        try (SiteBuilder builder = new SiteBuilder(step -> { }, true, ContentTypes.standard())) {
            project.write("content/zz-test.md", "---\ntype: page\ntitle: «\u202Eملاحظات»\n---\n\nنص.\n");
            BuildFailedException first = assertThrows(BuildFailedException.class, () -> builder.build(project.options()));
            project.write("content/about.md", project.read("content/about.md") + "\nسطر أضيف.\n");
            BuildFailedException second = assertThrows(BuildFailedException.class, () -> builder.build(project.options()));
            assertEquals(first.problems(), second.problems(), "the unchanged file's problem, again, at its line");
            assertEquals("content/zz-test.md", second.problems().get(0).path());
        }
    }

    @Test
    void aRebuildParsesOnlyThePagesRenderedDifferently(@TempDir Path folder) {
        TestProject project = TestProject.copyOfSite(folder);
        try (SiteBuilder builder = new SiteBuilder(step -> { }, true, ContentTypes.standard())) {
            builder.build(project.options());
            long before = PostProcessor.parses();
            builder.build(project.options());
            assertEquals(0, PostProcessor.parses() - before, "nothing edited: every page as finished last time");
            String published = project.read("target/site/about.html");
            project.write("content/about.md", project.read("content/about.md") + "\nسطر أضيف.\n");
            before = PostProcessor.parses();
            builder.build(project.options());
            long parsed = PostProcessor.parses() - before;
            assertTrue(parsed >= 1 && parsed < TestProject.htmlPages(project.output()).size(),
                    "the edited page, and only what its edit changed, is parsed again: " + parsed);
            assertTrue(project.read("target/site/about.html").contains("سطر أضيف.") && !published.contains("سطر أضيف."));
        }
    }

    @Test
    void aModelEditReachesPagesWhoseRenderedHtmlIsUnchanged(@TempDir Path folder) throws Exception {
        // The article's page renders the same without the term, but its cross-links to the term's page must go.
        TestProject warm = TestProject.copyOfSite(folder.resolve("warm"));
        try (SiteBuilder builder = new SiteBuilder(step -> { }, true, ContentTypes.standard())) {
            builder.build(warm.options());
            assertTrue(warm.read("target/site/article.html").contains("glossary.html#ismaili-massacre"), "the term is cross-linked");
            Files.delete(warm.root().resolve("content/glossary/ismaili-massacre.md"));
            builder.build(warm.options());
        }
        TestProject cold = TestProject.copyOfSite(folder.resolve("cold"));
        Files.delete(cold.root().resolve("content/glossary/ismaili-massacre.md"));
        cold.build();
        assertEquals(TestProject.contentFingerprint(cold.output()), TestProject.contentFingerprint(warm.output()));
    }

    @Test
    void anUnchangedFilesProvenanceProblemIsReportedAgain(@TempDir Path folder) {
        TestProject project = TestProject.copyOfSite(folder);
        try (SiteBuilder builder = new SiteBuilder(step -> { }, true, ContentTypes.standard())) {
            project.write("content/glossary/zz-test.md", "---\ntype: term\ntitle: مصطلح للتجربة\nen: Test term\nsays:\n"
                    + "  - text: \"نفذ داعش هجمات عام 1999.\"\n    cite: [4]\n    voice: article\ndate: 2026-11-29\n---\n");
            BuildFailedException first = assertThrows(BuildFailedException.class, () -> builder.build(project.options()));
            assertEquals("model", first.step(), first.problems().toString());
            project.write("content/about.md", project.read("content/about.md") + "\nسطر أضيف.\n");
            BuildFailedException second = assertThrows(BuildFailedException.class, () -> builder.build(project.options()));
            assertEquals(first.problems(), second.problems(), "the unchanged file's verdicts, again");
            assertTrue(second.problems().stream().anyMatch(p -> p.path().equals("content/glossary/zz-test.md")
                    && p.key().equals("unsupported-number")), second.problems().toString());
        }
    }

    @Test
    void aModelEditReachesTheVerdictsOfUnchangedFiles(@TempDir Path folder) throws Exception {
        TestProject warm = TestProject.copyOfSite(folder.resolve("warm"));
        BuildFailedException warmFailure;
        try (SiteBuilder builder = new SiteBuilder(step -> { }, true, ContentTypes.standard())) {
            builder.build(warm.options());
            Files.delete(warm.root().resolve("content/actors/usip.md")); // other, unchanged files name this actor
            warmFailure = assertThrows(BuildFailedException.class, () -> builder.build(warm.options()));
        }
        TestProject cold = TestProject.copyOfSite(folder.resolve("cold"));
        Files.delete(cold.root().resolve("content/actors/usip.md"));
        BuildFailedException coldFailure = assertThrows(BuildFailedException.class, cold::build);
        assertEquals(coldFailure.problems(), warmFailure.problems());
        assertTrue(warmFailure.problems().stream().anyMatch(p -> !p.path().endsWith("usip.md")), "reported at the files naming it");
    }

    @Test
    void anEditedStylesheetReachesEveryPageRenderedTheSame(@TempDir Path folder) throws Exception {
        // Pages name the stylesheet by its fingerprint (post-processing): a new stylesheet is a new name on every page.
        TestProject warm = TestProject.copyOfSite(folder.resolve("warm"));
        String rule = "\n.warm-rebuild-test { color: inherit; }\n";
        try (SiteBuilder builder = new SiteBuilder(step -> { }, true, ContentTypes.standard())) {
            builder.build(warm.options());
            warm.write("assets/css/site.css", warm.read("assets/css/site.css") + rule);
            builder.build(warm.options());
        }
        TestProject cold = TestProject.copyOfSite(folder.resolve("cold"));
        cold.write("assets/css/site.css", cold.read("assets/css/site.css") + rule);
        cold.build();
        assertEquals(TestProject.contentFingerprint(cold.output()), TestProject.contentFingerprint(warm.output()));
    }

    /**
     * A warm builder checks again only the files whose checks read what changed: after each of these edits, one after
     * the other, it reports what a cold build of the same sources reports, or builds the same site.
     */
    @Test
    void afterEachEditTheWarmBuilderFindsWhatAColdBuildFinds(@TempDir Path folder) throws Exception {
        TestProject warm = TestProject.copyOfSite(folder.resolve("warm"));
        java.util.List<java.util.Map.Entry<String, java.util.function.UnaryOperator<String>>> edits = java.util.List.of(
                // A profile's date: the file is new, its actor's record the same.
                java.util.Map.entry("content/actors/china.md", text -> text.replace("\ndate: 2026-11-29", "\ndate: 2026-11-30")),
                // A claim of one profile: that profile alone is checked again, the article re-linked.
                java.util.Map.entry("content/actors/china.md", text -> text.replaceFirst("\n  text: ", "\n  text: وفقًا للمقال، ")),
                // A profile's names, which claims in other, unchanged files are attributed to («by: usip»).
                java.util.Map.entry("content/actors/usip.md", text -> text.replace("title: معهد السلام الأمريكي", "title: معهد التجربة")
                        .replace("aliases: [معهد السلام الأمريكي, USIP]", "aliases: [معهد التجربة]")),
                // Back as it was.
                java.util.Map.entry("content/actors/usip.md", text -> text.replace("title: معهد التجربة", "title: معهد السلام الأمريكي")
                        .replace("aliases: [معهد التجربة]", "aliases: [معهد السلام الأمريكي, USIP]")),
                // An alias another, unchanged profile has too (a check across files).
                java.util.Map.entry("content/actors/china.md", text -> text.replaceFirst("\naliases: \\[", "\naliases: [USIP, ")),
                // A claim of the ledger.
                java.util.Map.entry("content/exchange.md", text -> text.replaceFirst("\n    text: \"", "\n    text: \"في 2099 ")));
        try (SiteBuilder builder = new SiteBuilder(step -> { }, true, ContentTypes.standard())) {
            builder.build(warm.options());
            int n = 0;
            for (java.util.Map.Entry<String, java.util.function.UnaryOperator<String>> edit : edits) {
                String before = warm.read(edit.getKey());
                String after = edit.getValue().apply(before);
                assertTrue(!after.equals(before), "edit " + n + " changes " + edit.getKey());
                warm.write(edit.getKey(), after);
                String warmOutcome = outcome(() -> builder.build(warm.options()), warm);
                TestProject cold = TestProject.copyOfSite(folder.resolve("cold" + n++));
                for (String file : java.util.List.of("content/actors/china.md", "content/actors/usip.md", "content/exchange.md")) {
                    cold.write(file, warm.read(file));
                }
                assertEquals(outcome(cold::build, cold), warmOutcome, "after edit " + n + " of " + edit.getKey());
            }
        }
    }

    /** The problems a build reports, or the site it writes. */
    private static String outcome(Runnable build, TestProject project) {
        try {
            build.run();
            return "built " + TestProject.contentFingerprint(project.output());
        } catch (BuildFailedException e) {
            return e.step() + " " + e.problems();
        }
    }
}
