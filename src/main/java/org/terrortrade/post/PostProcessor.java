package org.terrortrade.post;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;

/**
 * The post-process step: parses each rendered page once with jsoup, applies every {@link PageTransform} in order,
 * and writes the page into the site folder, once. Whitespace is preserved exactly (no pretty printing) so that no
 * transform can change the article's words by accident. Pages are processed in parallel, so transforms must be
 * thread-safe. The parsed pages are handed on, so that the verify step reads the same trees, not the files.
 */
public final class PostProcessor {
    /** How many rendered pages this JVM has parsed: each page once per build ({@code OnePassTest}). */
    private static final java.util.concurrent.atomic.LongAdder PARSES = new java.util.concurrent.atomic.LongAdder();
    private final List<PageTransform> transforms;

    public PostProcessor(List<PageTransform> transforms) {
        this.transforms = List.copyOf(transforms);
    }

    /**
     * @param rendered each page's HTML by its path in the site
     * @param siteRoot where the pages are written
     * @return each page's final tree by its path in the site, in path order
     */
    public Map<String, Document> process(Map<String, String> rendered, Path siteRoot) {
        Map<String, Document> done = new ConcurrentHashMap<>();
        // Pages are independent of each other: process them on every core.
        rendered.entrySet().parallelStream().forEach(entry -> {
            String path = entry.getKey();
            Document page = Jsoup.parse(entry.getValue(), "");
            PARSES.increment();
            page.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8).escapeMode(Entities.EscapeMode.base);
            for (PageTransform transform : transforms) {
                transform.apply(page, path);
            }
            write(siteRoot.resolve(path), page.outerHtml());
            done.put(path, page);
        });
        return new TreeMap<>(done);
    }

    /** How many rendered pages this JVM has parsed. */
    public static long parses() {
        return PARSES.sum();
    }

    private static void write(Path file, String html) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, html, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
