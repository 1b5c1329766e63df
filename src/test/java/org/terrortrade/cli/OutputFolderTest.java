package org.terrortrade.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.terrortrade.TestProject;

/**
 * The real command line ({@link Main#run}) cannot be pointed at the sources: publishing replaces the output folder
 * as a whole, so {@code --out=content} would delete every content file and {@code --out=.} the checkout. Each is
 * refused with a clear message before anything is touched; a folder the build did not make is never replaced; and
 * mistyped arguments get a message and the usage, not a stack trace.
 */
class OutputFolderTest {

    @TempDir
    Path folder;

    /** Exit status, standard output and standard error of one run. */
    record Run(int status, String out, String err) {
    }

    private static Run main(String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "--out={0}")
    @CsvSource({
        "content,              output-in-sources",
        "content/actors,       output-in-sources",
        "templates,            output-in-sources",
        "assets/new,           output-in-sources",
        "src/main,             output-in-sources",
        ".git,                 output-in-sources",
        ".,                    output-is-project",
        "'',                   output-is-project",
        "..,                   output-is-project",
        "content/../..,        output-is-project",
        "jbake.properties,     output-not-folder",
        "mine,                 output-not-ours",
        "target,               output-not-ours",
        "to-content,           output-in-sources",
    })
    void anOutputThatWouldReplaceSourcesIsRefusedBeforeAnythingIsTouched(String out, String key) throws Exception {
        TestProject project = TestProject.copyOfSite(folder.resolve("project"));
        Path root = project.root();
        Files.createDirectories(root.resolve(".git"));
        Files.writeString(root.resolve(".git/config"), "[core]\n");
        Files.createDirectories(root.resolve("src/main"));
        Files.createDirectories(root.resolve("mine"));
        Files.writeString(root.resolve("mine/notes.txt"), "mine\n");
        Files.createDirectories(root.resolve("target/classes"));
        Files.createSymbolicLink(root.resolve("to-content"), root.resolve("content"));
        String before = TestProject.fingerprint(folder);

        Run run = main("build", "--source=" + root, "--out=" + out);

        assertEquals(1, run.status(), run::toString);
        assertTrue(run.err().contains("[" + key + "]"), run::err);
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run::err);
        assertEquals(before, TestProject.fingerprint(folder), "nothing was created, changed or deleted");
    }

    @Test
    void aFolderTheBuildMadeIsReplacedByTheNextBuild() throws Exception {
        TestProject project = TestProject.copyOfSite(folder.resolve("project"));
        Path root = project.root();

        Run first = main("build", "--source=" + root, "--out=public");
        Run second = main("build", "--source=" + root, "--out=public");

        assertEquals(0, first.status(), first::toString);
        assertEquals(0, second.status(), second::toString);
        assertTrue(Files.isRegularFile(root.resolve("public/index.html")));
    }

    @Test
    void anUnexpectedArgumentIsAMessageNotAStackTrace() throws Exception {
        Run run = main("build", "extra-arg");
        assertEquals(2, run.status());
        assertTrue(run.err().contains("extra-arg") && run.err().contains("usage:"), run::err);
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run::err);
    }

    @Test
    void aPortThatIsNotANumberIsAMessageNotAStackTrace() throws Exception {
        Run run = main("serve", "--source=" + folder, "--port=x");
        assertEquals(2, run.status());
        assertTrue(run.err().contains("--port=x"), run::err);
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run::err);
    }
}
