package org.terrortrade.meta;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.terrortrade.page.Json;
import org.terrortrade.page.Page;
import org.terrortrade.page.SearchEntry;

/**
 * Writes {@code search-index.json}: the search documents each page was made with (one per article section, glossary
 * term and timeline event, one per other page; {@link Page#search()}). The search page's script (lunr with its Arabic
 * pipeline) indexes them in the reader's browser.
 */
public final class SearchIndexer {
    public static final String FILE = "search-index.json";

    private SearchIndexer() {
    }

    /** Writes the documents of {@code pages}, in a stable order. */
    public static void write(Path siteRoot, List<Page> pages) {
        List<Map<String, Object>> documents = new ArrayList<>();
        for (Page page : pages) {
            for (SearchEntry entry : page.search()) {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("id", entry.url());
                doc.put("u", entry.url());
                doc.put("t", entry.title());
                doc.put("s", entry.section());
                doc.put("x", entry.text());
                documents.add(doc);
            }
        }
        documents.sort(Comparator.comparing(d -> String.valueOf(d.get("id"))));
        try {
            Files.writeString(siteRoot.resolve(FILE), Json.write(documents), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
