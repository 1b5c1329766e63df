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
 * surrounding parentheses stay where the reader expects them ("(F-16)", "ISIS-K"); such a run that is one hyphenated
 * word is kept on one line ({@code class="latin-word"}). A range of two numbers
 * («2002–2018», the article's «2024- 2025») becomes {@code <span class="number-range">}, which the stylesheet keeps on
 * one line and isolates in the direction around it (so its order is the one the reader saw before): a line never ends
 * at its dash. Editors never type either.
 */
public final class BidiIsolator implements PageTransform {
    /** Latin words, possibly joined by hyphens, dots or apostrophes, and several such words separated by spaces. */
    private static final String WORD = "[A-Za-z0-9]*(?:[-.'’&/][A-Za-z0-9]+)*";
    /** Latin words separated by spaces, with a parenthesised Latin group kept inside the run: "Pakistan (TTP)"; an
     *  abbreviation's dot stays with its word: "Lt. Gen. Ahmed Sharif Chaudhry". */
    static final Pattern LATIN_RUN = Pattern.compile("[A-Za-z]" + WORD
            + "(?:\\.?[ \\u00A0]+(?:[A-Za-z0-9]" + WORD + "|\\([A-Za-z0-9][A-Za-z0-9 .\\-]*\\)))*");
    /** A number, as the article writes them (Western digits, a decimal point). */
    private static final String NUMBER = "[0-9]+(?:\\.[0-9]+)?";
    /** An en dash or a hyphen between two numbers, a space on either side at most. */
    private static final String DASH = "[ \\u00A0]?[\\u2013-][ \\u00A0]?";
    /** Two numbers joined by a dash, not part of a longer chain such as the date 2025-06-15 or «1-2-3». */
    static final Pattern NUMBER_RANGE = Pattern.compile("(?<![0-9.\\u2013-])" + NUMBER + DASH + NUMBER + "(?![0-9\\u2013-]|\\.[0-9])");
    /** The dash alone, between two elements that each hold one number: {@code <time>2002</time>–<time>2018</time>}. */
    private static final Pattern DASH_ALONE = Pattern.compile(DASH);
    private static final Pattern NUMBER_ALONE = Pattern.compile(NUMBER);
    /** The class of a one-word Latin run with a hyphen ("F-16", "ISIS-K"); site.css keeps it on one line. */
    static final String WORD_CLASS = "latin-word";
    /** The class of a number range's span; site.css keeps it whole and isolated. */
    static final String RANGE_CLASS = "number-range";
    private static final Set<String> SKIP = Set.of("script", "style", "code", "pre", "kbd", "samp", "svg", "math",
            "textarea", "title", "head", "template");

    /** Nothing: the page's text alone decides what is isolated. */
    @Override
    public Object inputs(String path) {
        return java.util.List.of();
    }

    @Override
    public void apply(Document page, String path) {
        List<TextNode> candidates = new ArrayList<>();
        List<TextNode> dashes = new ArrayList<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text && !text.isBlank()) {
                    String whole = text.getWholeText();
                    // Most text is Arabic without a dash: a scan for what each pattern needs first spares the patterns.
                    boolean latin = hasLatinLetter(whole) && LATIN_RUN.matcher(whole).find();
                    boolean range = hasDashAfterDigit(whole) && NUMBER_RANGE.matcher(whole).find();
                    boolean dash = !latin && !range && DASH_ALONE.matcher(whole).matches();
                    if ((latin || range || dash) && !insideSkippedOrLatin(text)) {
                        (dash ? dashes : candidates).add(text);
                    }
                }
            }
        }, page.body());
        candidates.forEach(BidiIsolator::isolate);
        dashes.forEach(BidiIsolator::joinNumbersAround);
    }

    /** Whether the text has a letter A–Z or a–z, which every Latin run begins with. */
    static boolean hasLatinLetter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = (char) (text.charAt(i) | 0x20);
            if (c >= 'a' && c <= 'z') {
                return true;
            }
        }
        return false;
    }

    /** Whether a hyphen or an en dash follows a digit, at most one space between: what every number range has. */
    static boolean hasDashAfterDigit(String text) {
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '-' || c == '\u2013') {
                char before = text.charAt(i - 1);
                if (before >= '0' && before <= '9'
                        || i > 1 && (before == ' ' || before == '\u00A0') && text.charAt(i - 2) >= '0' && text.charAt(i - 2) <= '9') {
                    return true;
                }
            }
        }
        return false;
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
        String whole = text.getWholeText();
        List<TextSplice.Wrap> wraps = new ArrayList<>();
        Matcher latin = LATIN_RUN.matcher(whole);
        while (latin.find()) {
            Element span = new Element("span").attr("lang", "en").attr("dir", "ltr");
            if (latin.group().matches("\\S+-\\S+")) {
                span.addClass(WORD_CLASS); // "F-16" must not end a line at its hyphen, leaving "16" alone below
            }
            wraps.add(new TextSplice.Wrap(latin.start(), latin.end(), span));
        }
        // The Latin runs are in order and do not overlap, and so are the ranges: one merge walks both (linear).
        List<TextSplice.Wrap> all = new ArrayList<>(wraps.size());
        int next = 0;
        Matcher range = NUMBER_RANGE.matcher(whole);
        while (range.find()) {
            int start = range.start();
            int end = range.end();
            while (next < wraps.size() && wraps.get(next).end() <= start) {
                all.add(wraps.get(next++));
            }
            // A range inside a Latin run ("Resolution 1267-1988") stays with the run, which is isolated already.
            boolean overlaps = next < wraps.size() && wraps.get(next).start() < end;
            if (!overlaps) {
                all.add(new TextSplice.Wrap(start, end, new Element("span").addClass(RANGE_CLASS)));
            }
        }
        all.addAll(wraps.subList(next, wraps.size()));
        TextSplice.apply(text, all);
    }

    /** {@code <time>2002</time>–<time>2018</time>}: the two elements and the dash go into one range span. */
    private static void joinNumbersAround(TextNode dash) {
        Node before = dash.previousSibling();
        Node after = dash.nextSibling();
        if (before instanceof Element first && after instanceof Element last
                && NUMBER_ALONE.matcher(first.text()).matches() && NUMBER_ALONE.matcher(last.text()).matches()) {
            Element range = new Element("span").addClass(RANGE_CLASS);
            first.before(range);
            range.appendChild(first);
            range.appendChild(dash);
            range.appendChild(last);
        }
    }
}
