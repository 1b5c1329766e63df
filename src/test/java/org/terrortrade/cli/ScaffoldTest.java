package org.terrortrade.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrortrade.types.ContentTypes;
import org.terrortrade.TestProject;
import org.terrortrade.build.SiteBuilder;

/** The scaffolding command writes files the build accepts as they are, and never overwrites one. */
class ScaffoldTest {

    @Test
    void newActorTermAndPageAreValidAsWritten(@TempDir Path folder) throws Exception {
        TestProject project = TestProject.copyOfSite(folder);
        LocalDate date = LocalDate.of(2026, 11, 29);
        assertEquals(Path.of("content/actors/lashkar.md"), Scaffold.create(project.root(), "actor", "lashkar", "لشكر طيبة", date));
        assertEquals(Path.of("content/glossary/insurgency.md"), Scaffold.create(project.root(), "term", "insurgency", "تمرد", date));
        assertEquals(Path.of("content/notes.md"), Scaffold.create(project.root(), "page", "notes", null, date));
        assertTrue(project.read("content/actors/lashkar.md").contains("title: \"لشكر طيبة\""));
        // Titles YAML would misread unquoted: a colon and a space, a leading dash or hash, quotes and backslashes.
        Scaffold.create(project.root(), "page", "war", "الحرب: قراءة", date);
        Scaffold.create(project.root(), "page", "dash", "- # «قول» \"مقتبس\" \\ آخر", date);

        new SiteBuilder(step -> { }, false, ContentTypes.standard()).check(project.options());
    }

    @Test
    void consoleOutputShowsControlCharactersInsteadOfObeyingThem() {
        assertEquals("عنوان\\x1b[2J\\x07 و\\u202e", Console.safe("عنوان\u001b[2J\u0007 و\u202e"));
        assertEquals("سطر\nسطر\tبعد", Console.safe("سطر\nسطر\tبعد"));
    }

    @Test
    void refusesToOverwriteAndExplainsBadInput(@TempDir Path folder) {
        TestProject project = TestProject.copyOfSite(folder);
        LocalDate date = LocalDate.of(2026, 11, 29);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Scaffold.create(project.root(), "actor", "pakistan", "x", date))
                .getMessage().contains("[file-exists]"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Scaffold.create(project.root(), "actor", "باكستان", "x", date))
                .getMessage().contains("[file-name]"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Scaffold.create(project.root(), "event", "x", "x", date))
                .getMessage().contains("content/timeline.md"));
    }
}
