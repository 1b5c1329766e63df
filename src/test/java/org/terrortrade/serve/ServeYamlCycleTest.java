package org.terrortrade.serve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrortrade.types.ContentTypes;
import org.terrortrade.TestProject;
import org.terrortrade.build.SiteBuilder;

/**
 * In serve mode a self-referencing YAML alias used to spin forever holding the build lock; now the rebuild fails at
 * the alias's line, the last good site stays served, and fixing the file rebuilds. The time bound is a hang guard.
 */
class ServeYamlCycleTest {

    @Test
    void aCycleFailsTheRebuildAtItsLineAndTheNextSaveBuildsAgain(@TempDir Path folder) throws Exception {
        TestProject project = TestProject.copyOfSite(folder);
        StringBuilder console = new StringBuilder();
        try (DevServer server = new DevServer(new SiteBuilder(step -> { }, true, ContentTypes.standard()), project.options(), console::append).start(0)) {
            Path page = project.write("content/zz-cycle.md",
                    "---\ntype: page\ntitle: دائرة\ndescription: وصف\ndate: 2026-01-01\nmenu: &a [*a, *a]\n---\nنص.\n");

            boolean built = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> server.rebuild(Set.of(page)));

            assertFalse(built);
            assertTrue(console.toString().contains("content/zz-cycle.md:6:") && console.toString().contains("[yaml-cycle]"),
                    console::toString);
            project.write("content/zz-cycle.md", "---\ntype: page\ntitle: دائرة\ndescription: وصف\ndate: 2026-01-01\n---\nنص.\n");
            assertTrue(assertTimeoutPreemptively(Duration.ofSeconds(60), () -> server.rebuild(Set.of(page))), console::toString);
        }
    }
}
