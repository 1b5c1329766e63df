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

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.terrortrade.post.PageTransform;

/**
 * Collects the search documents while the post-processor has each page parsed, and writes them to
 * {@code search-index.json}: one document per article section, glossary term and timeline event, one per other page.
 * The search page's script (lunr with its Arabic pipeline) indexes them in the reader's browser.
 */
public final class SearchIndexer implements PageTransform {
    public static final String FILE = "search-index.json";
    private final List<Map<String, Object>> documents = java.util.Collections.synchronizedList(new ArrayList<>());

    @Override
    public void apply(Document page, String path) {
        if (path.equals("404.html") || path.equals("search.html")) {
            return;
        }
        Element main = page.selectFirst("main");
        if (main == null) {
            return;
        }
        String section = section(path);
        if (path.equals("article.html")) {
            for (Element heading : main.select(".article__body > h2[id]")) {
                StringBuilder text = new StringBuilder();
                for (Element next = heading.nextElementSibling(); next != null && !next.tagName().equals("h2"); next = next.nextElementSibling()) {
                    Element copy = next.clone();
                    copy.select(".para-link").remove();
                    text.append(copy.text()).append(' ');
                }
                add(path + "#" + heading.id(), heading.text(), section, text.toString());
            }
        } else if (path.equals("glossary.html")) {
            for (Element entry : main.select(".glossary__entry[id]")) {
                add(path + "#" + entry.id(), entry.selectFirst("dfn").text() + " (" + entry.select(".glossary__en").text() + ")", section,
                        entry.select(".glossary__definition").text() + " " + entry.select(".glossary__meta").first().text());
            }
        } else if (path.equals("timeline.html")) {
            for (Element event : main.select(".timeline__event[id]")) {
                add(path + "#" + event.id(), event.select(".timeline__date").text(), section, event.select(".timeline__text, .timeline__actors").text());
            }
        } else {
            Element copy = main.clone();
            copy.select(".breadcrumbs, .chart, h1, .cite, .factbox dt, .page-meta").remove();
            Element h1 = main.selectFirst("h1");
            add(path, h1 == null ? page.title() : h1.text(), section, copy.text());
        }
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

    private static String section(String path) {
        if (path.startsWith("actors/")) {
            return "الفاعلون";
        }
        return switch (path) {
            case "article.html" -> "المقال";
            case "glossary.html" -> "المسرد";
            case "timeline.html" -> "الخط الزمني";
            case "exchange.html" -> "المقايضة";
            case "sources.html" -> "المصادر";
            default -> "الموقع";
        };
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
