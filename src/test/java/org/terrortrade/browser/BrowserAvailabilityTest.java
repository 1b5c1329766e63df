package org.terrortrade.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.opentest4j.TestAbortedException;

/**
 * Where the browser checks get their browser, and what they do without one: skipped on a developer's machine, a
 * failure where {@code REQUIRE_BROWSER=true} (CI); and the one line that sums the skips up at the end of the run.
 */
@Tag("unit")
class BrowserAvailabilityTest {

    @Test
    void debiansChromiumAndDriverOnThePathAreUsedAsBefore(@TempDir Path bin) throws IOException {
        Path chromium = executable(bin, "chromium");
        Path driver = executable(bin, "chromedriver");
        Browser.Source source = Browser.locate(Map.of("PATH", bin.toString()));
        assertEquals(new Browser.Source(chromium.toString(), driver.toString(), null), source);
        assertTrue(source.debians());
    }

    @Test
    void withNothingOnThePathSeleniumManagerIsLeftToFindThem(@TempDir Path bin) {
        Browser.Source source = Browser.locate(Map.of("PATH", bin.toString()));
        assertEquals(new Browser.Source(null, null, null), source, "null: Selenium Manager finds or fetches it");
    }

    @Test
    void chromePathIsRespectedAndANameThatIsNoExecutableMeansNoBrowser(@TempDir Path bin) throws IOException {
        Path chrome = executable(bin, "my-chrome");
        executable(bin, "chromedriver");
        assertEquals(chrome.toString(), Browser.locate(Map.of("PATH", bin.toString(), "CHROME_PATH", chrome.toString())).binary());
        Browser.Source missing = Browser.locate(Map.of("PATH", bin.toString(), "CHROME_PATH", bin.resolve("nowhere").toString()));
        assertNull(missing.binary());
        assertTrue(missing.unavailable().startsWith("CHROME_PATH=" + bin.resolve("nowhere")), missing.unavailable());
    }

    @Test
    void withoutABrowserChecksAreSkippedExceptWhereABrowserIsRequired() {
        RuntimeException skip = Browser.whenUnavailable("no chromium", Map.of());
        assertInstanceOf(TestAbortedException.class, skip, "a false assumption: the check is skipped");
        assertTrue(skip.getMessage().startsWith(SkippedBrowserChecks.MARK + "no chromium; to run them, install Chromium"), skip.getMessage());

        RuntimeException fail = Browser.whenUnavailable("no chromium", Map.of("REQUIRE_BROWSER", "true"));
        assertInstanceOf(IllegalStateException.class, fail, "in CI a missing browser fails the build");
        assertTrue(fail.getMessage().contains("REQUIRE_BROWSER=true"), fail.getMessage());
        assertInstanceOf(TestAbortedException.class, Browser.whenUnavailable("x", Map.of("REQUIRE_BROWSER", "false")));
    }

    @Test
    void theRunEndsWithOneLineSayingWhatWasSkippedAndHowToRunIt(@TempDir Path reports) throws IOException {
        Path report = reports.resolve("browser-checks-skipped.txt");
        SkippedBrowserChecks listener = new SkippedBrowserChecks(report);
        // A run of two checks without a browser and one unrelated skip, with only this listener (none auto-registered).
        var launcher = LauncherFactory.create(LauncherConfig.builder().enableTestExecutionListenerAutoRegistration(false).build());
        java.io.PrintStream stdout = System.out;
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        System.setOut(new java.io.PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(WithoutABrowser.class)).build(), listener);
        } finally {
            System.setOut(stdout);
        }
        String line = SkippedBrowserChecks.summary(2, java.util.Set.of("BrowserAvailabilityTest$WithoutABrowser"), "no chromium here");
        assertTrue(printed.toString(java.nio.charset.StandardCharsets.UTF_8).contains("[WARNING] " + line), printed.toString());
        assertEquals(line + "\n", Files.readString(report), "kept for the build's last step");
        assertTrue(line.startsWith("BROWSER CHECKS SKIPPED: 2 browser checks (BrowserAvailabilityTest$WithoutABrowser) did not run: "
                + "no chromium here; to run them, install Chromium"), line);
    }

    /** Run only by the test above (Surefire leaves nested classes alone). */
    static class WithoutABrowser {
        @Test
        void one() {
            throw Browser.whenUnavailable("no chromium here", Map.of());
        }

        @Test
        void two() {
            throw Browser.whenUnavailable("no chromium here", Map.of());
        }

        @Test
        void skippedForAnotherReason() {
            throw new TestAbortedException("not this one");
        }
    }

    private static Path executable(Path dir, String name) throws IOException {
        Path file = Files.writeString(dir.resolve(name), "#!/bin/sh\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }
}
