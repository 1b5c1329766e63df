package org.terrortrade.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A first visit on a phone, per page type: at most 6 requests, at most 150 KB transferred (HTML, CSS and scripts
 * counted gzipped, as hosts serve them; fonts are already compressed), HTML+CSS at most 25 KB gzipped.
 */
@Tag("browser")
class PerformanceBudgetIT {
    private static final int MAX_REQUESTS = 6;
    private static final long MAX_BYTES = 150 * 1024;
    private static final long MAX_HTML_AND_CSS = 25 * 1024;

    static Stream<String> pages() {
        return Stream.concat(Browser.pageTypes().stream(), Stream.of("search.html"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void staysWithinTheBudget(String page) {
        Browser browser = Browser.shared();
        browser.open(page, 390, false, "screen");
        @SuppressWarnings("unchecked")
        List<String> resources = (List<String>) browser.driver().executeScript(
                "return performance.getEntriesByType('resource').map(e => new URL(e.name).pathname);");
        int requests = 1 + resources.size();
        long html = gzipped(Browser.SITE.resolve(page));
        long total = html;
        long htmlAndCss = html;
        for (String resource : resources) {
            Path file = Browser.SITE.resolve(resource.substring(1));
            long size = resource.endsWith(".woff2") || resource.endsWith(".png") ? size(file) : gzipped(file);
            total += size;
            if (resource.endsWith(".css")) {
                htmlAndCss += size;
            }
        }
        String report = page + ": " + requests + " requests, " + total / 1024 + " KB, HTML+CSS " + htmlAndCss / 1024 + " KB gzip: " + resources;
        assertTrue(requests <= MAX_REQUESTS, report);
        assertTrue(total <= MAX_BYTES, report);
        assertTrue(htmlAndCss <= MAX_HTML_AND_CSS, report);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long gzipped(Path file) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
                gzip.write(Files.readAllBytes(file));
            }
            return out.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
