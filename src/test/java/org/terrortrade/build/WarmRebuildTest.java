package org.terrortrade.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrortrade.TestProject;
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
}
