package org.terrortrade.content;

import org.terrortrade.problem.Problem;
import org.terrortrade.problem.Problems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Front matter written to hang or exhaust the build: an alias inside the collection it names (a cycle), aliases
 * that multiply a collection (a "billion laughs"), and a key written twice. Each is refused at its line, as a
 * problem, never as a hang, an {@code OutOfMemoryError} or a stack trace. The time bound is a hang guard only.
 */
@Tag("unit")
class YamlCyclesTest {
    private static final Duration HANG_GUARD = Duration.ofSeconds(10);

    @TempDir
    Path root;

    private List<Problem> load(String frontMatter) throws IOException {
        Path file = root.resolve("content/page.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "---\n" + frontMatter + "---\nنص.\n", StandardCharsets.UTF_8);
        Problems problems = new Problems();
        SourceFile loaded = assertTimeoutPreemptively(HANG_GUARD, () -> new ContentLoader(root).load(file, problems));
        assertNull(loaded, "a file with these problems is not loaded: " + problems.sorted());
        return problems.sorted();
    }

    private static void assertOne(List<Problem> problems, int line, String key) {
        assertEquals(1, problems.size(), problems::toString);
        Problem problem = problems.get(0);
        assertEquals("content/page.md", problem.path(), problem::toString);
        assertEquals(line, problem.line(), problem::toString);
        assertEquals(key, problem.key(), problem::toString);
        assertTrue(!problem.fix().isBlank() && !problem.message().contains("Exception"), problem::toString);
    }

    @Test
    void anAliasInsideTheListItNamesIsRefusedAtItsLine() throws IOException {
        assertOne(load("type: page\ntitle: عنوان\nmenu: &a [*a]\n"), 4, "yaml-cycle");
    }

    @Test
    void aSelfReferenceThatDoublesIsRefusedWithoutRunningOutOfMemory() throws IOException {
        assertOne(load("type: page\ntitle: عنوان\nmenu: &a [*a, *a]\n"), 4, "yaml-cycle");
    }

    @Test
    void aCycleThroughANestedMappingIsRefusedAtTheAliasLine() throws IOException {
        assertOne(load("type: page\ntitle: عنوان\nmenu: &m\n  items:\n    - name: x\n      more: *m\n"), 7, "yaml-cycle");
    }

    @Test
    void aliasesThatMultiplyACollectionAreRefusedAtTheAliasPastTheLimit() throws IOException {
        StringBuilder yaml = new StringBuilder("type: page\ntitle: عنوان\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i <= 9; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [*a").append(i - 1).append(", *a").append(i - 1).append("]\n");
        }
        List<Problem> problems = load(yaml.toString());
        assertOne(problems, 4 + 6, "yaml-aliases"); // a6 (file line 10) holds the 11th alias of a collection
    }

    @Test
    void aKeyWrittenTwiceIsAnErrorAtItsSecondLine() throws IOException {
        assertOne(load("type: page\ntitle: الأول\ndescription: وصف\ntitle: الثاني\n"), 5, "duplicate-key");
    }

    @Test
    void aKeyWrittenTwiceInANestedMappingIsAnErrorToo() throws IOException {
        assertOne(load("type: page\ntitle: عنوان\nclaims:\n  - text: أ\n    paragraph: 1\n    text: ب\n"), 7, "duplicate-key");
    }

    @Test
    void sharedScalarsAndAcyclicAliasesStillLoad() throws IOException {
        Path file = root.resolve("content/ok.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "---\ntype: page\ntitle: &t عنوان\ndescription: *t\nlist: &l [a, b]\nother: *l\n---\nنص.\n",
                StandardCharsets.UTF_8);
        Problems problems = new Problems();
        SourceFile loaded = new ContentLoader(root).load(file, problems);
        assertTrue(problems.isEmpty(), problems.sorted()::toString);
        assertEquals(List.of("a", "b"), loaded.frontMatter().toMap().get("other"));
    }
}
