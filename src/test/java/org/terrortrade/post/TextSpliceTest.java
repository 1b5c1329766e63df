package org.terrortrade.post;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class TextSpliceTest {

    /** The splice as it was before it was made linear: each node inserted after the previous one. */
    private static void oneByOne(TextNode node, List<TextSplice.Wrap> wraps) {
        if (wraps.isEmpty()) {
            return;
        }
        String text = node.getWholeText();
        Node anchor = node;
        int last = 0;
        for (TextSplice.Wrap wrap : wraps) {
            if (wrap.start() > last) {
                TextNode before = new TextNode(text.substring(last, wrap.start()));
                anchor.after(before);
                anchor = before;
            }
            wrap.element().appendText(text.substring(wrap.start(), wrap.end()));
            anchor.after(wrap.element());
            anchor = wrap.element();
            last = wrap.end();
        }
        if (last < text.length()) {
            anchor.after(new TextNode(text.substring(last)));
        }
        node.remove();
    }

    private static List<TextSplice.Wrap> randomWraps(Random random, int length) {
        List<TextSplice.Wrap> wraps = new ArrayList<>();
        int at = 0;
        while (at < length) {
            int start = at + random.nextInt(4);
            int end = start + 1 + random.nextInt(4);
            if (end > length) {
                break;
            }
            wraps.add(new TextSplice.Wrap(start, end, new Element(random.nextBoolean() ? "span" : "a").attr("data-n", String.valueOf(wraps.size()))));
            at = end;
        }
        return wraps;
    }

    @Test
    void givesTheSameNodesAsInsertingThemOneByOne() {
        Random random = new Random(21);
        for (int round = 0; round < 500; round++) {
            String text = "ab cd ef gh ij kl mn op qr".substring(0, 1 + random.nextInt(26));
            String html = "<p><b>x</b>" + text + "<i>y</i>" + (random.nextBoolean() ? "tail" : "") + "</p>";
            long seed = random.nextLong();
            Document expected = Jsoup.parseBodyFragment(html);
            Document actual = Jsoup.parseBodyFragment(html);
            oneByOne((TextNode) expected.selectFirst("p").childNode(1), randomWraps(new Random(seed), text.length()));
            TextSplice.apply((TextNode) actual.selectFirst("p").childNode(1), randomWraps(new Random(seed), text.length()));
            assertEquals(expected.body().html(), actual.body().html(), html);
            // Sibling indexes must be right after one insertion of many nodes: walk them.
            Element p = actual.selectFirst("p");
            for (int i = 0; i < p.childNodeSize(); i++) {
                assertEquals(i, p.childNode(i).siblingIndex());
            }
        }
    }

    @Test
    void aParagraphOfEightyThousandLatinWordsDoesNotHang() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 80_000; i++) {
            text.append("في word").append(i % 10).append(' ');
        }
        Document page = Jsoup.parse("<html><body><p>" + text + "</p></body></html>");
        page.outputSettings().prettyPrint(false);
        // Generous: the linear splice takes well under a second; one-by-one insertion took about a minute.
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> new BidiIsolator().apply(page, "page.html"));
        assertEquals(80_000, page.select("span[lang=en]").size());
    }
}
