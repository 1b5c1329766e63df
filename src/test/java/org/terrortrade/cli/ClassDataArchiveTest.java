package org.terrortrade.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The class-data archive is kept while its class path is unchanged, and deleted (to be written again) when not. */
class ClassDataArchiveTest {

    @Test
    void withoutAnArchiveTheClassPathItWillBeWrittenForIsRecorded(@TempDir Path target) throws Exception {
        Path archive = target.resolve("cds/classes.jsa");
        ClassDataArchive.forgetIfStale(archive, "jdk\nsite.jar 10 1\n");
        assertEquals("jdk\nsite.jar 10 1\n", Files.readString(target.resolve("cds/classes.jsa.classpath"), StandardCharsets.UTF_8));
        assertFalse(Files.exists(archive));
    }

    @Test
    void anArchiveOfTheSameClassPathIsKept(@TempDir Path target) throws Exception {
        Path archive = target.resolve("classes.jsa");
        ClassDataArchive.forgetIfStale(archive, "jdk\nsite.jar 10 1\n");
        Files.write(archive, new byte[] {1, 2, 3}); // as the JVM writes it at exit
        ClassDataArchive.forgetIfStale(archive, "jdk\nsite.jar 10 1\n");
        assertTrue(Files.exists(archive));
    }

    @Test
    void anArchiveOfAnotherJarOrJdkIsDeleted(@TempDir Path target) throws Exception {
        for (String now : new String[] {"jdk\nsite.jar 11 2\n", "other jdk\nsite.jar 10 1\n"}) {
            Path archive = target.resolve("classes.jsa");
            ClassDataArchive.forgetIfStale(archive, "jdk\nsite.jar 10 1\n");
            Files.write(archive, new byte[] {1, 2, 3});
            ClassDataArchive.forgetIfStale(archive, now);
            assertFalse(Files.exists(archive), now);
            assertFalse(Files.exists(target.resolve("classes.jsa.classpath")), now);
        }
    }

    @Test
    void anArchiveWithoutItsRecordIsDeleted(@TempDir Path target) throws Exception {
        Path archive = Files.write(target.resolve("classes.jsa"), new byte[] {1, 2, 3});
        ClassDataArchive.forgetIfStale(archive, "jdk\nsite.jar 10 1\n");
        assertFalse(Files.exists(archive));
    }

    @Test
    void theRecordNamesTheJdkAndEachClassPathEntryWithItsSizeAndTime() throws Exception {
        String current = ClassDataArchive.current();
        assertTrue(current.startsWith(System.getProperty("java.home") + "\n" + System.getProperty("java.vm.version") + "\n"));
        String first = System.getProperty("java.class.path").split(java.io.File.pathSeparator)[0];
        java.io.File file = new java.io.File(first);
        assertTrue(current.contains(first + " " + file.length() + " " + file.lastModified() + "\n"), current);
    }
}
