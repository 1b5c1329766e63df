package org.terrortrade.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Marks every run of Latin text inside Arabic pages as {@code <span lang="en" dir="ltr">}: the language lets
 * screen readers and the Latin font take over, and {@code dir} isolates the run so that its hyphens, digits and
 * surrounding parentheses stay where the reader expects them ("(F-16)", "ISIS-K"). Editors never type this.
 */
public final class BidiIsolator implements PageTransform {
    /** Latin words, possibly joined by hyphens, dots or apostrophes, and several such words separated by spaces. */
    private static final String WORD = "[A-Za-z0-9]*(?:[-.'’&/][A-Za-z0-9]+)*";
    /** Latin words separated by spaces, with a parenthesised Latin group kept inside the run: "Pakistan (TTP)"; an
     *  abbreviation's dot stays with its word: "Lt. Gen. Ahmed Sharif Chaudhry". */
    static final Pattern LATIN_RUN = Pattern.compile("[A-Za-z]" + WORD
            + "(?:\\.?[ \\u00A0]+(?:[A-Za-z0-9]" + WORD + "|\\([A-Za-z0-9][A-Za-z0-9 .\\-]*\\)))*");
    private static final Set<String> SKIP = Set.of("script", "style", "code", "pre", "kbd", "samp", "svg", "math",
            "textarea", "title", "head", "template");

    @Override
    public void apply(Document page, String path) {
        List<TextNode> candidates = new ArrayList<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text && !text.isBlank() && LATIN_RUN.matcher(text.getWholeText()).find()
                        && !insideSkippedOrLatin(text)) {
                    candidates.add(text);
                }
            }
        }, page.body());
        candidates.forEach(BidiIsolator::isolate);
    }

    private static boolean insideSkippedOrLatin(TextNode text) {
        for (Element e = text.parent(); e != null; e = e.parent()) {
            if (SKIP.contains(e.normalName())) {
                return true;
            }
            String lang = e.attr("lang");
            if (!lang.isEmpty()) {
                return !lang.startsWith("ar"); // the nearest lang decides: inside an English element nothing to do
            }
        }
        return false;
    }

    private static void isolate(TextNode text) {
        List<TextSplice.Wrap> wraps = new ArrayList<>();
        Matcher m = LATIN_RUN.matcher(text.getWholeText());
        while (m.find()) {
            wraps.add(new TextSplice.Wrap(m.start(), m.end(), new Element("span").attr("lang", "en").attr("dir", "ltr")));
        }
        TextSplice.apply(text, wraps);
    }
}
