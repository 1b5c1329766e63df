package org.terrortrade.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrortrade.TestProject;

/**
 * Two clean builds of the same sources write byte-identical sites: dates come from content, and every map that reaches
 * the output has a defined order. Built in two separate JVM processes, each in its own working folder (collections
 * such as {@code Map.of} iterate in an order chosen afresh by each JVM, which one JVM building twice cannot see), and
 * once more in this JVM.
 */
class ReproducibleBuildTest {

    @Test
    void buildsInSeparateProcessesAndFoldersAreByteIdentical(@TempDir Path first, @TempDir Path second, @TempDir Path third)
            throws Exception {
        TestProject one = TestProject.copyOfSite(first);
        TestProject two = TestProject.copyOfSite(second);
        Process a = start(one.root());
        Process b = start(two.root());
        finish(a, one.root());
        finish(b, two.root());
        assertSameFiles(one.output(), two.output(), "two processes");

        TestProject here = TestProject.copyOfSite(third);
        here.build();
        assertSameFiles(one.output(), here.output(), "a process and this JVM");
    }

    /** {@code java … Main build} with the project folder as its working folder, as {@code ./mvnw package} runs it. */
    private static Process start(Path root) throws IOException {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", classpath,
                "org.terrortrade.cli.Main", "build"));
        return new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true)
                .redirectOutput(root.resolve("build.log").toFile()).start();
    }

    private static void finish(Process process, Path root) throws Exception {
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
        }
        assertEquals(0, process.exitValue(), () -> read(root.resolve("build.log")));
    }

    private static void assertSameFiles(Path left, Path right, String what) throws IOException {
        Map<String, String> a = files(left);
        Map<String, String> b = files(right);
        assertEquals(a.keySet(), b.keySet(), what + ": the same files");
        for (String name : a.keySet()) {
            assertEquals(a.get(name), b.get(name), what + ": " + name + " differs");
        }
    }

    /** Each file's text (or a digest of a binary file), by path. */
    private static Map<String, String> files(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String name = folder.relativize(file).toString().replace(File.separatorChar, '/');
                boolean text = name.matches(".*\\.(html|xml|json|txt|css|js|svg|webmanifest)");
                files.put(name, text ? Files.readString(file, StandardCharsets.UTF_8) : java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                                .digest(Files.readAllBytes(file))));
            }
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return files;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
