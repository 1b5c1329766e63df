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
 * thread-safe. What the next step needs of each finished tree is taken from it before it is let go (the verify step
 * reads the pages as they are written, not the files).
 */
public final class PostProcessor {
    /** How many rendered pages this JVM has parsed: each page once per build ({@code OnePassTest}). */
    private static final java.util.concurrent.atomic.LongAdder PARSES = new java.util.concurrent.atomic.LongAdder();
    private final List<PageTransform> transforms;

    public PostProcessor(List<PageTransform> transforms) {
        this.transforms = List.copyOf(transforms);
    }

    /**
     * @param rendered each page's HTML by its path in the site, taken out of the map as the page is parsed: holding
     *                 every page's text beside every page's tree made the peak memory of a large build
     * @param siteRoot where the pages are written
     * @param handOn   what to keep of each page's final tree (the tree itself is let go)
     * @return what was kept of each page, by its path in the site, in path order
     */
    public <T> Map<String, T> process(Map<String, String> rendered, Path siteRoot, java.util.function.Function<Document, T> handOn) {
        return process(rendered, siteRoot, handOn, null);
    }

    /**
     * The same, for a warm builder: a page rendered as last time, whose transforms' inputs are last time's, is written
     * as it was finished then ({@link ProcessedBefore}); the caller ends {@code before} once it knows whether problems
     * were found.
     *
     * @param before last time's finished pages (null: every page is processed)
     */
    @SuppressWarnings("unchecked") // what was kept of a page is what this handOn kept: one builder, one handOn
    public <T> Map<String, T> process(Map<String, String> rendered, Path siteRoot, java.util.function.Function<Document, T> handOn,
            ProcessedBefore before) {
        if (before != null) {
            before.begin();
        }
        Map<String, T> done = new ConcurrentHashMap<>();
        // Pages are independent of each other: process them on every core.
        List.copyOf(rendered.keySet()).parallelStream().forEach(path -> {
            String html = rendered.remove(path);
            Object inputs = before == null ? null : transforms.stream().map(transform -> transform.inputs(path)).toList();
            ProcessedBefore.Finished finished = before == null ? null : before.reuse(path, html, inputs);
            if (finished == null) {
                Document page = Jsoup.parse(html, "");
                PARSES.increment();
                page.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8).escapeMode(Entities.EscapeMode.base);
                for (PageTransform transform : transforms) {
                    transform.apply(page, path);
                }
                finished = new ProcessedBefore.Finished(html, inputs, page.outerHtml(), handOn.apply(page));
            }
            write(siteRoot.resolve(path), finished.written());
            done.put(path, (T) finished.kept());
            if (before != null) {
                before.keep(path, finished);
            }
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
