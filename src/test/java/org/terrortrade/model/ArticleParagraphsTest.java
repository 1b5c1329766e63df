package org.terrortrade.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.terrortrade.markdown.MarkdownRenderer;
import org.terrortrade.content.FrontMatter;
import org.terrortrade.content.SourceFile;
import org.terrortrade.text.Messages;

/**
 * "Paragraph N" has one definition: the paragraph provenance and backlinks read as N is the one the rendered article
 * shows as {@code #pN}, whatever tables, footnotes, attributes or raw HTML come before it.
 */
@Tag("unit")
class ArticleParagraphsTest {

    @Test
    void citationsAndRenderedAnchorsAgreeAfterTablesFootnotesAndAttributes() {
        String body = """
                أولى فيها حاشية[^1].

                | العام | المبلغ |
                |---|---|
                | 2002 | 1.2 |

                ثانية بعد الجدول.

                [^1]: نص الحاشية.

                ## عنوان {#section}

                ثالثة بعد الحاشية {.lead}

                <div>كتلة HTML</div>

                - بند في قائمة

                رابعة وأخيرة.
                """;
        ArticleParagraphs paragraphs = ArticleParagraphs.of(SourceFile.of("content/article.md", Path.of("content/article.md"),
                FrontMatter.empty(2), body, 8));
        Document html = Jsoup.parseBodyFragment(new MarkdownRenderer().render(body, true, Messages.forLanguage("ar")).html());
        List<Element> numbered = html.select("p[id]");

        assertEquals(numbered.size(), paragraphs.count(), "as many cited paragraphs as numbered ones");
        assertEquals(List.of("أولى فيها حاشية", "ثانية بعد الجدول", "ثالثة بعد الحاشية", "رابعة وأخيرة"),
                paragraphs.texts().stream().map(t -> t.replaceAll("\\[\\^1\\]|\\{\\.lead\\}|\\.$", "").strip()).toList());
        for (int n = 1; n <= paragraphs.count(); n++) {
            String rendered = html.getElementById("p" + n).text().replaceFirst("^¶\\d+", "").strip();
            String firstWords = paragraphs.text(n).split(" ")[0] + " " + paragraphs.text(n).split(" ")[1];
            assertEquals(firstWords, rendered.substring(0, Math.min(rendered.length(), firstWords.length())), "paragraph " + n);
        }
    }
}
