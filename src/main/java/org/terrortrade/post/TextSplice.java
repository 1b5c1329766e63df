package org.terrortrade.post;

import java.util.List;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Replaces a text node by the same text with some ranges wrapped in elements (a link around a name, a span around a
 * Latin run). The characters are moved, never retyped, so the words on the page stay exactly what they were.
 */
public final class TextSplice {
    /** Characters [start, end) of the text go inside {@code element}. */
    public record Wrap(int start, int end, Element element) {
    }

    private TextSplice() {
    }

    /** @param wraps ranges in order, not overlapping */
    public static void apply(TextNode node, List<Wrap> wraps) {
        if (wraps.isEmpty()) {
            return;
        }
        String text = node.getWholeText();
        Node anchor = node;
        int last = 0;
        for (Wrap wrap : wraps) {
            if (wrap.start() > last) {
                anchor = after(anchor, new TextNode(text.substring(last, wrap.start())));
            }
            wrap.element().appendText(text.substring(wrap.start(), wrap.end()));
            anchor = after(anchor, wrap.element());
            last = wrap.end();
        }
        if (last < text.length()) {
            after(anchor, new TextNode(text.substring(last)));
        }
        node.remove();
    }

    private static Node after(Node anchor, Node next) {
        anchor.after(next);
        return next;
    }
}
