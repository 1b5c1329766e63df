package org.terrortrade.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrortrade.text.Messages;
import org.terrortrade.types.ContentTypes;

/** Search documents from small pages: each type indexes its page its own way, under its section's name. */
@Tag("unit")
class SearchIndexerTest {
    private static final ContentTypes TYPES = ContentTypes.standard();

    private static SearchIndexer indexer() {
        return new SearchIndexer(Map.of("article.html", TYPES.get("article"), "actors/ttp.html", TYPES.get("actor"),
                "404.html", TYPES.get("notfound"), "about.html", TYPES.get("page")), Messages.forLanguage("ar"));
    }

    @Test
    void eachTypeIndexesItsPage(@TempDir Path site) throws IOException {
        SearchIndexer indexer = indexer();
        indexer.apply(Jsoup.parse("<main><div class=\"article__body\"><h2 id=\"a\">أول</h2>"
                + "<p id=\"p1\"><a class=\"para-link\">¶1</a>نص أول</p><h2 id=\"b\">ثان</h2><p>نص ثان</p></div></main>"), "article.html");
        indexer.apply(Jsoup.parse("<title>ط</title><main><nav class=\"breadcrumbs\">مسار</nav><h1>طالبان</h1><p>حركة</p></main>"),
                "actors/ttp.html");
        indexer.apply(Jsoup.parse("<main><h1>غير موجود</h1></main>"), "404.html");
        indexer.apply(Jsoup.parse("<main><h1>مجهول</h1></main>"), "unknown.html");
        indexer.write(site);
        String json = Files.readString(site.resolve(SearchIndexer.FILE));
        assertEquals("[{\"id\":\"actors/ttp.html\",\"u\":\"actors/ttp.html\",\"t\":\"طالبان\",\"s\":\"الفاعلون\",\"x\":\"حركة\"},"
                + "{\"id\":\"article.html#a\",\"u\":\"article.html#a\",\"t\":\"أول\",\"s\":\"المقال\",\"x\":\"نص أول\"},"
                + "{\"id\":\"article.html#b\",\"u\":\"article.html#b\",\"t\":\"ثان\",\"s\":\"المقال\",\"x\":\"نص ثان\"}]", json);
        assertFalse(json.contains("غير موجود"), "the not-found page is not searchable");
        assertTrue(json.startsWith("["));
    }
}
