package org.terrortrade.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrortrade.TestProject;
import org.terrortrade.content.BuildFailedException;

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
    void twoBuildsOfOneCheckoutAtOnceBothSucceed(@TempDir Path folder) throws Exception {
        TestProject project = TestProject.copyOfSite(folder);
        CompletableFuture<?> a = CompletableFuture.runAsync(project::build);
        CompletableFuture<?> b = CompletableFuture.runAsync(project::build);
        a.get(5, TimeUnit.MINUTES);
        b.get(5, TimeUnit.MINUTES);
        assertTrue(Files.isRegularFile(project.output().resolve("index.html")));
        assertEquals(List.of("site"), siblings(project));
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
        assertEquals(List.of("site"), siblings(project));
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
