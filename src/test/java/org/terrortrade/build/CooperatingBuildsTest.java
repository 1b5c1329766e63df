package org.terrortrade.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrortrade.TestProject;
import org.terrortrade.problem.BuildFailedException;

/**
 * Builds that cooperate: a second build of one checkout waits for the first (and says so), across processes too; the
 * next build tidies up after one that was killed, and puts the site back if a kill fell in the middle of publishing.
 */
class CooperatingBuildsTest {

    @Test
    void aBuildWaitsForOneRunningInAnotherProcess(@TempDir Path folder) throws Exception {
        Path output = folder.resolve("target/site");
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classpath,
                LockHolder.class.getName(), output.toString()).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("locked", out.readLine());
            List<String> told = new CopyOnWriteArrayList<>();
            CompletableFuture<BuildLock> second = CompletableFuture.supplyAsync(() -> BuildLock.acquire(output, told::add));
            Thread.sleep(1000);
            assertFalse(second.isDone(), "the second build must wait while the first holds the lock");
            assertTrue(told.stream().anyMatch(m -> m.contains("another build")), "and say why: " + told);
            holder.getOutputStream().close(); // the first build ends
            second.get(30, TimeUnit.SECONDS).close();
        } finally {
            holder.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aWaitingBuildGivesUpAfterItsBoundAndLeavesTheSiteUntouched(@TempDir Path folder) throws Exception {
        Path output = folder.resolve("target/site");
        Files.createDirectories(output);
        Files.writeString(output.resolve("index.html"), "the previous site");
        Process holder = java(folder, LockHolder.class.getName(), output.toString());
        Process build = null;
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("locked", out.readLine());
            long start = System.nanoTime();
            build = java(folder, "org.terrortrade.cli.Main", "build", "--lock-wait=2s");
            InputStream buildOutput = build.getInputStream();
            CompletableFuture<String> told = CompletableFuture.supplyAsync(() -> {
                try {
                    return new String(buildOutput.readAllBytes(), StandardCharsets.UTF_8);
                } catch (java.io.IOException e) {
                    return e.toString();
                }
            });
            assertTrue(build.waitFor(60, TimeUnit.SECONDS), "the second build must give up after its bound");
            String said = told.get(10, TimeUnit.SECONDS);
            long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertEquals(2, build.exitValue(), said);
            assertTrue(waited >= 2000, "it waited its two seconds first: " + waited + " ms");
            assertTrue(said.contains("another build of this checkout is running"), "says why it waits: " + said);
            assertTrue(said.contains("still holds the lock target/.site.lock after 2 s"), "says why it stopped: " + said);
            assertTrue(said.contains("--lock-wait="), "and how to wait longer: " + said);
            assertTrue(said.contains("The previous site in target/site was left untouched."), said);
            assertFalse(said.contains("Exception"), "a sentence, not a class name: " + said);
            assertEquals("the previous site", Files.readString(output.resolve("index.html")));
            try (Stream<Path> left = Files.list(output.getParent())) {
                assertEquals(List.of(".site.lock", "site"), left.map(p -> p.getFileName().toString()).sorted().toList());
            }
        } finally {
            if (build != null) {
                build.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            holder.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aBuildThatGaveUpLeavesTheLockFreeForTheNext(@TempDir Path folder) throws Exception {
        Path output = folder.resolve("target/site");
        try (BuildLock first = BuildLock.acquire(output, message -> { })) {
            List<String> told = new CopyOnWriteArrayList<>();
            BuildLock.TimedOut timedOut = assertThrows(BuildLock.TimedOut.class,
                    () -> BuildLock.acquire(output, Duration.ofMillis(300), told::add).close());
            assertTrue(timedOut.getMessage().contains("another build of this checkout still holds the lock"), timedOut.getMessage());
            assertTrue(told.stream().anyMatch(m -> m.contains("at most 300 ms")), told.toString());
        }
        // Neither the process's lock nor the file lock is left taken by the build that gave up.
        CompletableFuture<BuildLock> next = CompletableFuture.supplyAsync(() -> BuildLock.acquire(output, Duration.ofSeconds(5), m -> { }));
        next.get(30, TimeUnit.SECONDS).close();
    }

    @Test
    void theWaitIsWrittenInSecondsMinutesOrHours() {
        assertEquals(Duration.ofSeconds(90), BuildLock.parseWait("90s"));
        assertEquals(Duration.ofSeconds(45), BuildLock.parseWait("45"));
        assertEquals(Duration.ofMinutes(10), BuildLock.parseWait("10m"));
        assertEquals(Duration.ofHours(1), BuildLock.parseWait("1h"));
        for (String bad : List.of("", "ten", "-1", "1.5m", "10 minutes")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BuildLock.parseWait(bad));
            assertTrue(e.getMessage().contains("--lock-wait=90s"), e.getMessage());
        }
        assertEquals(Duration.ofMinutes(10), BuildLock.DEFAULT_WAIT);
    }

    /** This project's classes run as their own process in {@code folder}. */
    private static Process java(Path folder, String... mainAndArgs) throws java.io.IOException {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8", "-cp", classpath));
        command.addAll(List.of(mainAndArgs));
        return new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
    }

    @Test
    void twoBuildsOfOneCheckoutAtOnceBothSucceed(@TempDir Path folder) throws Exception {
        TestProject project = TestProject.copyOfSite(folder);
        CompletableFuture<?> a = CompletableFuture.runAsync(project::build);
        CompletableFuture<?> b = CompletableFuture.runAsync(project::build);
        a.get(5, TimeUnit.MINUTES);
        b.get(5, TimeUnit.MINUTES);
        assertTrue(Files.isRegularFile(project.output().resolve("index.html")));
        assertEquals(List.of(".site.built", "site"), siblings(project)); // the site and the marker that a build made it
    }

    @Test
    void theNextBuildRepairsWhatAKillLeft(@TempDir Path folder) throws Exception {
        TestProject project = TestProject.copyOfSite(folder);
        project.build();
        String site = TestProject.contentFingerprint(project.output());
        Path target = project.output().getParent();
        // A kill between publishing's two renames: only the previous copy exists; a staging folder and a card half-written.
        Files.move(project.output(), target.resolve(".site-previous"));
        Files.createDirectories(target.resolve(".site-staging-12345/actors"));
        Files.writeString(target.resolve(".site-staging-12345/actors/x.html"), "half");
        Files.writeString(project.root().resolve("target/card-cache/card999.tmp"), "half");

        // Even a build that then fails leaves a whole site and no leftovers.
        project.write("content/zz-test.md", "---\ntype: page\n---\n");
        assertThrows(BuildFailedException.class, project::build);
        assertEquals(site, TestProject.contentFingerprint(project.output()), "the site is back as it was");
        assertEquals(List.of(".site.built", "site"), siblings(project)); // the site and the marker that a build made it
        assertFalse(Files.exists(project.root().resolve("target/card-cache/card999.tmp")));
    }

    @Test
    void aFailedFirstBuildDoesNotClaimItLeftASiteUntouched(@TempDir Path folder) throws Exception {
        TestProject project = TestProject.copyOfSite(folder);
        project.write("content/zz-test.md", "---\ntype: page\n---\n");
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process build = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Dfile.encoding=UTF-8",
                "-cp", classpath, "org.terrortrade.cli.Main", "build").directory(folder.toFile()).redirectErrorStream(true).start();
        String said = new String(build.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(build.waitFor(3, TimeUnit.MINUTES));
        assertEquals(1, build.exitValue(), said);
        assertFalse(said.contains("left untouched"), said);
        assertTrue(said.contains("No site was published"), said);
    }

    /** What is left beside the output (lock files aside). */
    private static List<String> siblings(TestProject project) throws Exception {
        try (Stream<Path> list = Files.list(project.output().getParent())) {
            return list.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".lock") && !n.equals("card-cache")).sorted().toList();
        }
    }
}
