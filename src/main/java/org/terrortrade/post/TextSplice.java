package org.terrortrade.post;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Replaces a text node by the same text with some ranges wrapped in elements (a link around a name, a span around a
 * Latin run). The characters are moved, never retyped, so the words on the page stay exactly what they were.
 *
 * <p>Linear in the number of ranges: the new nodes are built into one list and put in the parent at once. Inserting
 * them one by one ({@code Node.after}) shifts and renumbers every later sibling on each insert, which made a
 * paragraph of 80,000 Latin words take a minute.
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
        List<Node> replacement = new ArrayList<>(2 * wraps.size() + 1);
        int last = 0;
        for (Wrap wrap : wraps) {
            if (wrap.start() > last) {
                replacement.add(new TextNode(text.substring(last, wrap.start())));
            }
            wrap.element().appendText(text.substring(wrap.start(), wrap.end()));
            replacement.add(wrap.element());
            last = wrap.end();
        }
        if (last < text.length()) {
            replacement.add(new TextNode(text.substring(last)));
        }
        Element parent = node.parent();
        int index = node.siblingIndex();
        node.remove();
        parent.insertChildren(index, replacement); // one shift and one renumbering of the later siblings
    }
}
