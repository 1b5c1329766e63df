package org.terrortrade.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.terrortrade.FixtureOnAGoodSite;
import org.terrortrade.TestProject;
import org.terrortrade.problem.BuildFailedException;
import org.terrortrade.problem.Problem;

/**
 * Each kind of bad front matter, one fixture each: the build fails, the message names the file, the line and
 * the kind of problem with a fix, and the previously built site is left exactly as it was.
 */
class BadFrontMatterTest extends FixtureOnAGoodSite {

    @ParameterizedTest(name = "{0}: line {1}, {2}")
    @CsvSource({
        "yaml-syntax,     3, yaml-syntax",
        "missing-field,   2, missing-field",
        "unknown-field,   4, unknown-field",
        "wrong-type,      6, wrong-type",
        "bad-date,        5, bad-date",
        "unknown-type,    2, unknown-type",
        "missing-type,    1, missing-type",
        "no-front-matter, 1, missing-front-matter",
    })
    void failsNamingFileLineAndFix(String fixture, int line, String key) throws IOException {
        String text = Files.readString(Path.of("src/test/resources/bad-front-matter", fixture + ".md"), StandardCharsets.UTF_8);
        added = project.write("content/" + fixture + ".md", text);

        BuildFailedException failure = assertThrows(BuildFailedException.class, project::build);

        assertEquals(1, failure.problems().size(), failure.getMessage());
        Problem problem = failure.problems().get(0);
        assertEquals("content/" + fixture + ".md", problem.path(), failure.getMessage());
        assertEquals(line, problem.line(), failure.getMessage());
        assertEquals(key, problem.key(), failure.getMessage());
        assertTrue(problem.toString().startsWith("content/" + fixture + ".md:" + line + ": "), problem.toString());
        assertTrue(problem.toString().contains(" — ") && !problem.fix().isBlank(), "says how to fix it: " + problem);
        assertEquals(before, TestProject.fingerprint(project.output()), "the previous site is untouched");
    }
}
