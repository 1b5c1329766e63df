package org.terrortrade.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Publishing swaps whole folders: the output is the old site or the new one, and a discarded build leaves nothing. */
@Tag("unit")
class PublisherTest {
    @Test
    void publishReplacesTheOldSiteAndDiscardLeavesIt(@TempDir Path root) throws IOException {
        Path output = root.resolve("site");
        Files.createDirectories(output);
        Files.writeString(output.resolve("old.html"), "old");
        Publisher publisher = new Publisher(output);

        Path failed = publisher.stagingFolder();
        Files.writeString(failed.resolve("half.html"), "half");
        publisher.discard(failed);
        assertFalse(Files.exists(failed));
        assertEquals("old", Files.readString(output.resolve("old.html")), "a failed build leaves the old site");

        Path staging = publisher.stagingFolder();
        assertEquals(output.getParent(), staging.getParent(), "staged beside the output, so the rename is atomic");
        Files.writeString(staging.resolve("new.html"), "new");
        publisher.publish(staging);
        assertEquals("new", Files.readString(output.resolve("new.html")));
        assertFalse(Files.exists(output.resolve("old.html")));
        try (var left = Files.list(root)) {
            assertEquals(List.of(".site.built", "site"), left.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no staging or previous folder is left beside the output, only the marker that a build made it");
        }
        assertTrue(publisher.recover().isEmpty(), "nothing to repair after a clean publish");
    }
}
