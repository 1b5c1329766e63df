package org.terrortrade.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

@Tag("unit")
class LinearInlineParserTest {
    private static final Parser FLEXMARK = Parser.builder(MarkdownRenderer.OPTIONS).build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder(MarkdownRenderer.OPTIONS).build();

    /** Every node with its type and source range, depth first: two parses are the same when these are. */
    private static String tree(Document document) {
        StringBuilder out = new StringBuilder();
        for (Node node : document.getDescendants()) {
            out.append(node.getClass().getSimpleName()).append('[').append(node.getStartOffset()).append(',')
                    .append(node.getEndOffset()).append("] ");
        }
        return out.toString();
    }

    @Test
    void parsesEveryInlineConstructAsFlexmarkDoes() throws Exception {
        String sample = "*a [b](c) **d [e](f)** _g [h_](i) *j* [k *l*](m) [n](o)* ";
        sample += "كلمة `code` و``two `ticks` `` <b>html</b> <!-- c --> &amp; &#1234; <https://example.org> "
                + "<a@b.co> [link](https://x.org \"t\") ![i](a.png) *em* **strong** _u_ [^1] {.c} \\* <span lang=\"en\">x</span>\n\n"
                + "[^1]: note\n\n| a | b |\n|---|---|\n| `c` | <i>d</i> |\n";
        String article = Files.readString(Path.of("content/article.md"), StandardCharsets.UTF_8);
        for (String markdown : new String[] {sample, article}) {
            Document ours = MarkdownRenderer.parse(markdown);
            Document theirs = FLEXMARK.parse(markdown);
            assertEquals(tree(theirs), tree(ours));
            assertEquals(HTML.render(theirs), HTML.render(ours));
        }
    }

    @Test
    void oneParagraphOfAMegabyteWithCodeSpansTagsEmphasisAndLinksParsesInLinearTime() {
        StringBuilder paragraph = new StringBuilder();
        while (paragraph.length() < 1_000_000) {
            paragraph.append("كلمة `رمز` و<b>عريض</b> &amp; و*مائل* و[رابط](https://example.org) ");
        }
        // Generous: it takes a few seconds; with flexmark's own matching it did not finish in five minutes.
        Document document = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> MarkdownRenderer.parse(paragraph.toString()));
        assertEquals(1, document.getChildOfType(com.vladsch.flexmark.ast.Paragraph.class) == null ? 0 : 1);
    }
}
