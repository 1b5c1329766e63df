package org.terrortrade.meta;

import org.terrortrade.page.Json;
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

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.terrortrade.page.Page;
import org.terrortrade.site.SitePages;
import org.terrortrade.post.PageTransform;
import org.terrortrade.text.Messages;
import org.terrortrade.page.PageKind;
import org.terrortrade.page.SearchEntries;

/**
 * Collects the search documents while the post-processor has each page parsed, and writes them to
 * {@code search-index.json}: one document per article section, glossary term and timeline event, one per other page.
 * The search page's script (lunr with its Arabic pipeline) indexes them in the reader's browser.
 */
public final class SearchIndexer implements PageTransform {
    public static final String FILE = "search-index.json";
    private final List<Map<String, Object>> documents = java.util.Collections.synchronizedList(new ArrayList<>());
    private final Map<String, PageKind> pages;
    private final Messages messages;

    /**
     * @param pages    the type of each page, by its path in the site
     * @param messages the section names ({@code type.<name>.section})
     */
    public SearchIndexer(Map<String, PageKind> pages, Messages messages) {
        this.pages = Map.copyOf(pages);
        this.messages = messages;
    }

    /** An indexer for the site's pages: each page is indexed the way its type says. */
    public static SearchIndexer of(SitePages pages, Messages messages) {
        Map<String, PageKind> types = new LinkedHashMap<>();
        for (Page page : pages.list()) {
            types.put(page.uri(), page.type());
        }
        return new SearchIndexer(types, messages);
    }

    @Override
    public void apply(Document page, String path) {
        PageKind type = pages.get(path);
        if (type == null || !type.inSearch()) {
            return;
        }
        Element main = page.selectFirst("main");
        if (main == null) {
            return;
        }
        type.index(main, page.title(), path, messages.get(type.sectionKey()), this::add);
    }

    private void add(String url, String title, String section, String text) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("id", url);
        doc.put("u", url);
        doc.put("t", title);
        doc.put("s", section);
        doc.put("x", text.replaceAll("\\s+", " ").strip());
        documents.add(doc);
    }

    /** Writes the collected documents, in a stable order. */
    public void write(Path siteRoot) {
        List<Map<String, Object>> sorted = new ArrayList<>(documents);
        sorted.sort(Comparator.comparing(d -> String.valueOf(d.get("id"))));
        try {
            Files.writeString(siteRoot.resolve(FILE), Json.write(sorted), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
