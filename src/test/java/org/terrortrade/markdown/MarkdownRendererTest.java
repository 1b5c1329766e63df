package org.terrortrade.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.terrortrade.text.Messages;

@Tag("unit")
class MarkdownRendererTest {
    private static final Messages AR = Messages.forLanguage("ar");
    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void numbersTopLevelParagraphsOnlyAndLinksEachToItself() {
        MarkdownRenderer.Rendered out = renderer.render("## عنوان {#intro}\n\nأولى.\n\n> مقتبس\n\n- بند\n\nثانية.\n", true, AR);
        Document html = Jsoup.parseBodyFragment(out.html());
        assertEquals(List.of("p1", "p2"), html.select("p[id]").eachAttr("id"));
        assertEquals("#p2", html.selectFirst("#p2 > a.para-link").attr("href"));
        assertEquals("رابط الفقرة 2", html.selectFirst("#p2 > a.para-link").attr("aria-label"), "the link's name, from the ui bundle");
        assertEquals("رابط الفقرة 2 للاقتباس", html.selectFirst("#p2 > a.para-link").attr("title"));
        assertTrue(html.select("blockquote p[id]").isEmpty(), "nested paragraphs are not numbered");
    }

    @Test
    void headingIdsSitOnTheHeadingAndWorkForArabic() {
        MarkdownRenderer.Rendered out = renderer.render("## صعود داعش\n\n## ثانٍ {#second}\n\nنص.\n", false, AR);
        Document html = Jsoup.parseBodyFragment(out.html());
        assertEquals("second", html.select("h2").get(1).id());
        String arabicId = html.select("h2").get(0).id();
        assertTrue(arabicId.contains("صعود"), "generated id keeps the Arabic words: " + arabicId);
        assertEquals(List.of(arabicId, "second"), out.toc().stream().map(MarkdownRenderer.Heading::id).toList());
        assertTrue(html.select("p[id]").isEmpty(), "pages other than the article are not numbered");
    }

    @Test
    void rendersTablesAndFootnotes() {
        MarkdownRenderer.Rendered out = renderer.render("| أ | ب |\n|---|---|\n| 1 | 2 |\n\nنص[^1].\n\n[^1]: حاشية.\n", false, AR);
        Document html = Jsoup.parseBodyFragment(out.html());
        assertEquals(1, html.select("table td").stream().filter(td -> td.text().equals("1")).count());
        assertTrue(html.select(".footnotes li").text().contains("حاشية"));
    }

    /** The word count counts as the expression it replaced did, on random mixes of spaces, controls and letters. */
    @Test
    void wordsAreCountedAsBefore() {
        char[] alphabet = {' ', '\t', '\n', '\r', '\u000B', '\f', '\u0001', '\u00A0', '\u2003', 'a', 'ب', '¶', '1'};
        java.util.Random random = new java.util.Random(18);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(10); i > 0; i--) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String t = text.toString();
            int expected = t.isBlank() ? 0 : t.trim().split("\\s+").length;
            assertEquals(expected, MarkdownRenderer.wordsIn(t), () -> "«" + t + "»");
        }
    }
}
