package org.terrortrade.post;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;

/**
 * Step 4 of the pipeline: parses each baked HTML page once with jsoup, applies every {@link PageTransform}
 * in order, and writes it back. Whitespace is preserved exactly (no pretty printing) so that no transform can
 * change the article's words by accident. Pages are processed in parallel, so transforms must be thread-safe.
 */
public final class PostProcessor {
    private final List<PageTransform> transforms;

    public PostProcessor(List<PageTransform> transforms) {
        this.transforms = List.copyOf(transforms);
    }

    /** @return the number of pages processed */
    public int process(Path siteRoot) {
        List<Path> pages = htmlPages(siteRoot);
        // Pages are independent of each other: process them on every core.
        pages.parallelStream().forEach(file -> {
            String path = siteRoot.relativize(file).toString().replace('\\', '/');
            try {
                Document page = Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8), "");
                page.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8).escapeMode(Entities.EscapeMode.base);
                for (PageTransform transform : transforms) {
                    transform.apply(page, path);
                }
                Files.writeString(file, page.outerHtml(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot post-process " + path, e);
            }
        });
        return pages.size();
    }

    public static List<Path> htmlPages(Path siteRoot) {
        try (Stream<Path> walk = Files.walk(siteRoot)) {
            return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
