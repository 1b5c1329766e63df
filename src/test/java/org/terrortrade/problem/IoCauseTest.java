package org.terrortrade.problem;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A disk or permission failure is told by its cause and file, in Arabic with the system's own words beside it. */
@Tag("unit")
class IoCauseTest {

    @Test
    void namesTheCauseAndTheFile() {
        String full = IoCause.describe(new UncheckedIOException(new FileSystemException("target/site/x.png", null, "No space left on device")));
        assertTrue(full.contains("ENOSPC") && full.contains("target/site/x.png") && full.contains("القرص ممتلئ"), full);
        String readOnly = IoCause.describe(new FileSystemException("target/.site-staging-1", null, "Read-only file system"));
        assertTrue(readOnly.contains("EROFS") && readOnly.contains("target/site"), readOnly);
        String inStaging = IoCause.describe(new FileSystemException("/home/e/site/target/.site-staging-8123456/actors/x.html", null,
                "No space left on device"));
        assertTrue(inStaging.contains("/home/e/site/target/site/actors/x.html") && !inStaging.contains("staging"),
                "names the output the editor knows, not the staging folder: " + inStaging);
        String denied = IoCause.describe(new RuntimeException(new AccessDeniedException("assets/a.css")));
        assertTrue(denied.contains("EACCES") && denied.contains("assets/a.css"), denied);
    }
}
