package org.terrortrade.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The build's class-data archive (JDK 17's dynamic AppCDS): the classes a build loaded, mapped into the next build's
 * JVM instead of read, parsed and verified one by one; a quarter off a cold build of the site (PERFORMANCE.md). pom.xml
 * has the JVM write it at exit ({@code -XX:ArchiveClassesAtExit}) when {@code target/} has none, and map it
 * ({@code -XX:SharedArchiveFile}) when it has one. The JDK quietly ignores an archive whose class path has changed
 * since (the project's jar built again, another dependency, another JDK) and never writes a new one; this notices it
 * and deletes the archive, so that the next build writes a new one.
 */
final class ClassDataArchive {
    private ClassDataArchive() {
    }

    /**
     * Deletes {@code archive} when it was written for another class path or JDK than {@code current}; when there is
     * none (this JVM may be writing it), records {@code current} beside it.
     *
     * @param current what the JDK checks before it maps an archive ({@link #current()})
     */
    static void forgetIfStale(Path archive, String current) {
        Path record = archive.resolveSibling(archive.getFileName() + ".classpath");
        try {
            if (!Files.exists(archive)) {
                Files.createDirectories(archive.toAbsolutePath().getParent());
                Files.writeString(record, current, StandardCharsets.UTF_8);
            } else if (!Files.isRegularFile(record) || !Files.readString(record, StandardCharsets.UTF_8).equals(current)) {
                Files.deleteIfExists(archive);
                Files.deleteIfExists(record);
            }
        } catch (IOException e) {
            // The archive only saves time: without it, or with a stale one the JDK ignores, the build is the same.
        }
    }

    /** This JVM and each entry of its class path with its size and time, which the JDK compares with the archive's. */
    static String current() {
        StringBuilder text = new StringBuilder();
        text.append(System.getProperty("java.home")).append('\n').append(System.getProperty("java.vm.version")).append('\n');
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            File file = new File(entry);
            text.append(entry).append(' ').append(file.length()).append(' ').append(file.lastModified()).append('\n');
        }
        return text.toString();
    }
}
