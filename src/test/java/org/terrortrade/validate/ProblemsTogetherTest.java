package org.terrortrade.validate;

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

/** All problems of a run are reported together, and a build that never succeeded publishes nothing. */
class ProblemsTogetherTest {

    @Test
    void reportsEveryProblemOfEveryFileAtOnce(@TempDir Path folder) {
        TestProject project = TestProject.copyOfSite(folder);
        project.write("content/one.md", "---\ntype: page\ntitel: x\ndescription: y\ndate: 2026-02-30\n---\n");
        project.write("content/two.md", "---\ntype: pgae\ntitle: x\ndescription: y\ndate: 2026-01-01\n---\n");

        BuildFailedException failure = assertThrows(BuildFailedException.class, project::build);

        List<String> found = failure.problems().stream().map(p -> p.path() + ":" + p.line() + ":" + p.key()).toList();
        assertEquals(List.of("content/one.md:2:missing-field", "content/one.md:3:unknown-field", "content/one.md:5:bad-date",
                "content/two.md:2:unknown-type"), found);
        Problem typo = failure.problems().get(1);
        assertTrue(typo.fix().contains("title"), "suggests the field meant: " + typo);
        assertFalse(Files.exists(project.output()), "nothing published");
    }
}
