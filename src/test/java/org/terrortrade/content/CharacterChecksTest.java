package org.terrortrade.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.terrortrade.problem.Problem;
import org.terrortrade.problem.Problems;

/** The one-scan checks for bidi and control characters: one problem per line that has any, at that line. */
@Tag("unit")
class CharacterChecksTest {

    @Test
    void eachLineWithAHiddenCharacterIsReportedOnceAtItsLine(@TempDir Path root) throws Exception {
        Path file = root.resolve("content/notes.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\n",
                "---",
                "title: «\u202Eملاحظات»",                  // line 2: a bidi override in a field
                "type: page",
                "---",
                "سطر\u2066 فيه \u2067عزلان", // line 5: two isolates, one problem
                "سطر سليم",
                "جرس\u0007 وسط\u202C السطر",  // line 7: a control character, then a bidi control (reported first)
                "",
                "آخر سطر\u001B"));          // line 9: the last line, with no line break after it
        Problems problems = new Problems();
        new ContentLoader(root).load(file, problems);
        List<String> found = problems.sorted().stream().map(CharacterChecksTest::describe).toList();
        assertEquals(List.of("2 bidi-control", "5 bidi-control", "7 bidi-control", "7 control-character", "9 control-character"), found);
    }

    @Test
    void aFileWithoutThemHasNoProblems(@TempDir Path root) throws Exception {
        Path file = root.resolve("content/notes.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "---\ntitle: ملاحظات\ntype: page\n---\n\nنص\tبعلامة جدولة.\n");
        Problems problems = new Problems();
        new ContentLoader(root).load(file, problems);
        assertEquals(List.of(), problems.sorted());
    }

    private static String describe(Problem problem) {
        return problem.line() + " " + problem.key();
    }
}
