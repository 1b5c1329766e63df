package org.terrortrade.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrortrade.TestProject;
import org.terrortrade.problem.BuildFailedException;
import org.terrortrade.problem.Problem;

/**
 * The social cards are drawn on their own thread while later steps run: a card that cannot be written fails the build
 * at the step that waits for the cards, and a build that fails while cards are being drawn leaves nothing behind.
 */
class CardsAlongsideTest {

    @Test
    void aCardThatCannotBeWrittenFailsTheBuildNamingWhereAndLeavesTheSite(@TempDir Path folder) throws Exception {
        TestProject project = TestProject.copyOfSite(folder);
        project.build();
        String before = TestProject.fingerprint(project.output());
        Path cache = project.root().resolve("target/card-cache");
        deleteTree(cache);
        Files.writeString(cache, "a file where the card cache folder should be");

        BuildFailedException failure = assertThrows(BuildFailedException.class, project::build);

        assertEquals("cards", failure.step(), failure.getMessage());
        Problem problem = failure.problems().get(0);
        assertEquals("io-error", problem.key(), failure.getMessage());
        assertTrue(problem.path().endsWith("target/card-cache"), "names the folder it could not make: " + problem);
        assertEquals(before, TestProject.fingerprint(project.output()), "the previous site is left untouched");
        assertEquals(List.of(".site.built", "site"), besideTheSite(project));
    }

    @Test
    void aBuildThatFailsWhileCardsAreDrawnLeavesNoStagingFolderAndNoHalfCard(@TempDir Path folder) throws Exception {
        TestProject project = TestProject.copyOfSite(folder);
        project.build();
        String before = TestProject.fingerprint(project.output());
        // Many new cards to draw, and a template that fails in the render step, right after the drawing starts.
        for (int i = 0; i < 300; i++) {
            project.write("content/note-" + i + ".md", "---\ntype: page\ntitle: ملاحظة رقم " + i + "\ndescription: ملاحظة.\ndate: 2026-11-29\n---\n\nنص.\n");
        }
        deleteTree(project.root().resolve("target/card-cache"));
        project.write("templates/notfound.ftlh", "<#import \"layout.ftlh\" as layout>\n<@layout.frame>\n${page.no_such_field}\n</@layout.frame>\n");

        BuildFailedException failure = assertThrows(BuildFailedException.class, project::build);
        assertEquals("render", failure.step(), failure.getMessage());

        // A drawing left running would write into the discarded staging folder, making it again: wait, then look.
        Thread.sleep(1_000);
        assertEquals(before, TestProject.fingerprint(project.output()), "the previous site is left untouched");
        assertEquals(List.of(".site.built", "site"), besideTheSite(project));
        try (Stream<Path> cached = Files.list(project.root().resolve("target/card-cache"))) {
            assertEquals(List.of(), cached.filter(p -> p.toString().endsWith(".tmp")).toList(), "no half-written card");
        }
    }

    /** What is beside the site in target/ (lock files and the card cache aside). */
    private static List<String> besideTheSite(TestProject project) throws Exception {
        try (Stream<Path> list = Files.list(project.output().getParent())) {
            return list.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".lock") && !n.equals("card-cache"))
                    .sorted().toList();
        }
    }

    private static void deleteTree(Path folder) throws Exception {
        if (Files.exists(folder)) {
            try (Stream<Path> walk = Files.walk(folder)) {
                for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
