package org.terrortrade.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.terrortrade.FixtureOnAGoodSite;
import org.terrortrade.TestProject;
import org.terrortrade.problem.BuildFailedException;
import org.terrortrade.problem.Problem;

/**
 * The mistakes an editor can make beyond the front matter, one fixture each: the build fails with an Arabic message,
 * the English key, the file and the line, and the previously built site is left exactly as it was.
 */
class EditorErrorsTest extends FixtureOnAGoodSite {

    @ParameterizedTest(name = "{0}: {2} at line {1}")
    @CsvSource({
        "script-tag,        10, unsafe-html,     content/zz-test.md",
        "iframe-tag,        10, unsafe-html,     content/zz-test.md",
        "event-attribute,   8,  unsafe-html,     content/zz-test.md",
        "javascript-url,    10, unsafe-url,      content/zz-test.md",
        "bidi-control,      8,  bidi-control,    content/zz-test.md",
        "invisible-mark,    8,  invisible-mark,  content/zz-test.md",
        "broken-link,       8,  broken-link,     content/zz-test.md",
        "broken-anchor,     8,  broken-anchor,   content/zz-test.md",
        "duplicate-title,   3,  duplicate-title, content/actors/zz-test.md",
        "duplicate-title-lookalike-letter, 3, duplicate-title, content/actors/zz-test.md",
        "duplicate-title-lookalike-mark,   3, duplicate-title, content/actors/zz-test.md",
        "empty,             1,  empty-file,      content/zz-test.md",
        "arabic-file-name,  1,  file-name,       content/صفحة.md",
    })
    void failsNamingFileLineAndFix(String fixture, int line, String key, String target) throws IOException {
        added = project.root().resolve(target);
        Files.createDirectories(added.getParent());
        Files.copy(Path.of("src/test/resources/editor-errors", fixture + ".md"), added);
        assertFails(target, line, key);
    }

    @Test
    void refusesAFileThatIsNotUtf8() throws IOException {
        added = project.root().resolve("content/zz-test.md");
        String text = "---\ntype: page\ntitle: صفحة\ndescription: وصف\ndate: 2026-01-01\n---\n\nنص محفوظ بترميز Windows-1256.\n";
        Files.write(added, text.getBytes(Charset.forName("windows-1256")));
        assertFails("content/zz-test.md", 3, "not-utf8");
    }

    @Test
    void acceptsAByteOrderMarkAndWindowsLineEndingsSilently() throws IOException {
        added = project.root().resolve("content/zz-test.md");
        Files.copy(Path.of("src/test/resources/editor-errors/bom-crlf.md"), added);
        try {
            project.build();
            assertEquals("صفحة بترميز BOM وأسطر CRLF",
                    Jsoup.parse(project.output().resolve("zz-test.html").toFile(), "UTF-8").selectFirst("h1").text());
        } finally {
            Files.deleteIfExists(added);
            project.build();
            before = TestProject.fingerprint(project.output());
        }
    }

    private void assertFails(String target, int line, String key) {
        BuildFailedException failure = assertThrows(BuildFailedException.class, project::build);
        Problem problem = failure.problems().stream().filter(p -> p.key().equals(key)).findFirst().orElse(null);
        assertTrue(problem != null, "expected " + key + " in:\n" + failure.getMessage());
        assertEquals(target, problem.path(), failure.getMessage());
        assertEquals(line, problem.line(), failure.getMessage());
        assertTrue(problem.message().matches(".*[\\u0600-\\u06FF].*") && problem.fix().matches(".*[\\u0600-\\u06FF].*"),
                "Arabic message and fix: " + problem);
        assertTrue(problem.toString().contains("[" + key + "] — "), problem.toString());
        assertEquals(before, TestProject.fingerprint(project.output()), "the previous site is untouched");
    }
}
