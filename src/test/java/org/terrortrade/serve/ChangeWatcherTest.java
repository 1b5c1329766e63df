package org.terrortrade.serve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watcher reports source changes (also in folders created later), never the output. */
@Tag("unit")
class ChangeWatcherTest {
    /** Generous: a slow CI machine may take long to deliver an event, a fast one returns at once. */
    private static final long WAIT_SECONDS = 20;

    @Test
    void reportsEditsNewFoldersAndTheConfigurationButNotTheOutput(@TempDir Path root) throws Exception {
        Path content = Files.createDirectories(root.resolve("content"));
        Path target = Files.createDirectories(root.resolve("target/site"));
        Path config = Files.writeString(root.resolve("jbake.properties"), "site.title=x\n");
        Files.writeString(content.resolve("a.md"), "one");
        BlockingQueue<Set<Path>> bursts = new LinkedBlockingQueue<>();

        try (ChangeWatcher watcher = new ChangeWatcher(List.of(content), Set.of(config), Duration.ofMillis(50), bursts::add).start()) {
            Files.writeString(target.resolve("index.html"), "output changes are not reported");
            Files.writeString(content.resolve("a.md"), "two");
            Set<Path> burst = bursts.poll(WAIT_SECONDS, TimeUnit.SECONDS);
            assertTrue(burst != null && burst.contains(content.resolve("a.md")), "edit reported: " + burst);
            assertFalse(burst.stream().anyMatch(p -> p.startsWith(root.resolve("target"))), "output not reported: " + burst);

            Path actors = Files.createDirectories(content.resolve("actors"));
            Files.writeString(actors.resolve("ttp.md"), "new");
            assertTrue(awaitPath(bursts, actors.resolve("ttp.md")), "file in a new folder reported");
            Files.writeString(actors.resolve("ttp.md"), "edited");
            assertTrue(awaitPath(bursts, actors.resolve("ttp.md")), "the new folder is watched from now on");

            Files.writeString(config, "site.title=y\n");
            assertTrue(awaitPath(bursts, config), "jbake.properties reported");
            Files.writeString(root.resolve("README.md"), "other files beside jbake.properties are ignored");
            Files.writeString(content.resolve("a.md"), "three");
            Set<Path> next = bursts.poll(WAIT_SECONDS, TimeUnit.SECONDS);
            assertTrue(next != null && !next.contains(root.resolve("README.md")), "README not reported: " + next);
        }
    }

    private static boolean awaitPath(BlockingQueue<Set<Path>> bursts, Path expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (System.nanoTime() < deadline) {
            Set<Path> burst = bursts.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (burst != null && burst.contains(expected)) {
                return true;
            }
        }
        return false;
    }
}
