package org.terrortrade.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.terrortrade.TestProject;
import org.terrortrade.problem.EditorText;
import org.terrortrade.problem.Problem;

/**
 * A content file with three different problems, built through the command line ({@link Main#run}) as GitHub Actions
 * runs it: each problem becomes a workflow annotation on its file and line, and the job summary gets their table;
 * outside Actions the output is what it always was.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GitHubActionsTest {
    private static final String FIXTURE = "content/actors/zz-three-problems.md";
    private static final Pattern ANNOTATION = Pattern.compile("::error file=([^,]*),line=(\\d+),title=\\[([a-z-]+)\\]::(.*)");

    private TestProject project;

    @BeforeAll
    void aSiteWithOneBadFile(@TempDir Path folder) throws IOException {
        project = TestProject.copyOfSite(folder);
        project.write(FIXTURE, Files.readString(Path.of("src/test/resources/actions/three-problems.md")));
    }

    private record Run(int status, String out, String err) {
    }

    private Run build(Map<String, String> env) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(new String[] {"build", "--source=" + project.root(), "--quiet"}, env, out, err);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void inActionsEachProblemIsAnAnnotationOnItsLineAndTheSummaryHasTheirTable(@TempDir Path temp) throws Exception {
        Path summary = temp.resolve("summary.md");
        Files.writeString(summary, "earlier step\n");
        Run run = build(Map.of("GITHUB_ACTIONS", "true", "GITHUB_STEP_SUMMARY", summary.toString()));

        assertEquals(1, run.status());
        List<String> annotations = run.out().lines().filter(l -> l.startsWith("::")).toList();
        assertEquals(3, annotations.size(), run.out());
        List<String> found = annotations.stream().map(line -> {
            Matcher m = ANNOTATION.matcher(line);
            assertTrue(m.matches(), line);
            assertTrue(m.group(4).contains(" — ") && m.group(4).matches(".*[\\u0600-\\u06FF].*"), "message — fix: " + line);
            return m.group(1) + ":" + m.group(2) + ":" + m.group(3);
        }).sorted().toList();
        assertEquals(List.of(FIXTURE + ":13:misquoted", FIXTURE + ":16:missing-paragraph", FIXTURE + ":9:unsupported-number")
                .stream().sorted().toList(), found);

        String table = Files.readString(summary);
        assertTrue(table.startsWith("earlier step\n"), "appended, not overwritten");
        assertTrue(table.contains("| " + EditorText.text("console.summary.problem") + " | " + EditorText.text("console.summary.file")
                + " | " + EditorText.text("console.summary.line") + " |"), table);
        for (String row : List.of("`[unsupported-number]` | `" + FIXTURE + "` | 9 |", "`[misquoted]` | `" + FIXTURE + "` | 13 |",
                "`[missing-paragraph]` | `" + FIXTURE + "` | 16 |")) {
            assertTrue(table.contains(row), row + " in\n" + table);
        }
        assertEquals(3, table.lines().filter(l -> l.startsWith("| ") && l.contains("`" + FIXTURE + "`")).count(), table);
    }

    @Test
    void outsideActionsTheOutputIsUnchanged(@TempDir Path temp) throws Exception {
        Path summary = temp.resolve("summary.md");
        Run plain = build(Map.of());
        // GITHUB_STEP_SUMMARY alone (or GITHUB_ACTIONS other than "true") is not Actions.
        Run notActions = build(Map.of("GITHUB_ACTIONS", "false", "GITHUB_STEP_SUMMARY", summary.toString()));
        assertFalse(Files.exists(summary), "no summary written outside Actions");
        Run actions = build(Map.of("GITHUB_ACTIONS", "true", "GITHUB_STEP_SUMMARY", summary.toString()));

        assertEquals(1, plain.status());
        assertFalse(plain.out().contains("::") || plain.err().contains("::"), plain.out() + plain.err());
        // The terminal's report, exactly as it has always been printed.
        List<String> problems = plain.err().lines().filter(l -> l.startsWith(FIXTURE)).toList();
        assertEquals(3, problems.size(), plain.err());
        String expected = "\n" + EditorText.text("console.build-failed", "model", 3) + "\n" + String.join("\n", problems) + "\n\n"
                + "No site was published: target/site does not exist yet (no earlier build succeeded).\n";
        assertEquals(expected, plain.err());
        assertTrue(problems.stream().allMatch(l -> l.matches(Pattern.quote(FIXTURE) + ":\\d+: .+ \\[[a-z-]+\\] — .+")), plain.err());

        assertEquals(normalised(plain.out()), normalised(notActions.out()));
        assertEquals(plain.err(), notActions.err());
        // In Actions the same lines, plus the annotations.
        assertEquals(plain.err(), actions.err());
        assertEquals(normalised(plain.out()), normalised(actions.out().lines().filter(l -> !l.startsWith("::error ")).map(l -> l + "\n")
                .reduce("", String::concat)));
    }

    @Test
    void propertiesAndMessagesAreEscapedAsGitHubsToolkitEscapesThem() {
        Problem tricky = new Problem("content/a,b:c%.md", 3, "misquoted", "سطر\r\nثان 100%", "أصلح: هذا, ذاك");
        assertEquals("::error file=content/a%2Cb%3Ac%25.md,line=3,title=[misquoted]::سطر%0D%0Aثان 100%25 — أصلح: هذا, ذاك",
                GitHubActions.annotation(tricky));
        assertEquals("a%2Cb%3Ac%25%0A", GitHubActions.property("a,b:c%\n"));
        assertEquals("a,b:c%25%0D", GitHubActions.data("a,b:c%\r"));
        assertEquals("\\| &lt;b&gt; \\[x\\](y) \\* a b", GitHubActions.cell("| <b> [x](y) * a\nb"));
    }

    /** Step timings differ between two runs. */
    private static String normalised(String out) {
        return out.replaceAll(" +\\d+ ms", " N ms");
    }
}
