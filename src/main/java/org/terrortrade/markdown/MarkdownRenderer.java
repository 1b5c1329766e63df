package org.terrortrade.markdown;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.Escaping;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;

import org.terrortrade.text.Messages;

/**
 * Markdown to HTML with flexmark: tables, footnotes, {@code {#id .class}} attributes, heading ids on the
 * heading element itself (Arabic text kept in generated ids). Documents that ask for it get their top-level
 * paragraphs numbered {@code p1…pN}, each with a visible, focusable ¶ link for citing it.
 *
 * <p>This class holds the project's one Markdown parser configuration: the renderer, the unsafe-HTML check
 * ({@link #parse}) and the article's paragraph numbering ({@link #numberedParagraphs}) all use it, so what a
 * check sees is exactly what the renderer emits, and "paragraph N" means the same thing everywhere.
 */
public final class MarkdownRenderer {
    /** The only attributes Markdown's {@code {…}} syntax may set; anything else is refused by the checks. */
    public static final Set<String> ALLOWED_ATTRIBUTES = Set.of("id", "class", "lang", "dir");

    /** The deepest nesting of blocks (quotes, lists, HTML) a body may have: deeper is refused at its line. */
    public static final int MAX_DEPTH = 64;

    /** How many bodies were parsed since the JVM started: each content file once per build ({@code OnePassTest}). */
    private static final java.util.concurrent.atomic.LongAdder PARSES = new java.util.concurrent.atomic.LongAdder();

    static final MutableDataSet OPTIONS = options();
    /** The inline parser is flexmark's own with its regular-expression matches made linear ({@link LinearInlineParser}). */
    private static final Parser PARSER = Parser.builder(OPTIONS).customInlineParserFactory(LinearInlineParser::new).build();

    /** A heading for the table of contents. */
    public record Heading(int level, String id, String text) {
    }

    /**
     * What rendering a body yields. The article's search sections are read from the rendered body only when asked for
     * (one type asks): reading every page's words twice more was a tenth of the pages step.
     *
     * @param links    every address the Markdown writes (links, images, references, raw HTML), as the page will have it,
     *                 with the offset in the body where it is written
     * @param text     the body's words, without the ¶ links (what search finds the page by)
     */
    public record Rendered(String html, List<Heading> toc, int words, Map<String, Integer> links, String text,
            java.util.function.Supplier<List<Section>> sectionsOfBody) {
        /** Each second-level heading with the words up to the next one (the article's search documents). */
        public List<Section> sections() {
            return sectionsOfBody.get();
        }
    }

    /** A second-level heading of a body, its id, and the words under it. */
    public record Section(String id, String title, String text) {
    }

    private static MutableDataSet options() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), FootnoteExtension.create(), AttributesExtension.create()));
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(HtmlRenderer.HEADER_ID_GENERATOR_NO_DUPED_DASHES, true);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        options.set(TablesExtension.CLASS_NAME, "table");
        options.set(FootnoteExtension.FOOTNOTE_BACK_LINK_REF_CLASS, "footnote-back");
        options.set(AttributesExtension.ASSIGN_TEXT_ATTRIBUTES, false);
        return options;
    }

    /** Parses Markdown with the one configuration every step uses (thread-safe). */
    public static Document parse(String markdown) {
        PARSES.increment();
        return PARSER.parse(markdown);
    }

    /** How many Markdown bodies this JVM has parsed (for the test that each file is parsed once per build). */
    public static long parses() {
        return PARSES.sum();
    }

    /**
     * The article's numbered paragraphs, in order: element N-1 is {@code #pN}. The one definition of "paragraph N"
     * (the renderer numbers these, provenance and backlinks read them, search indexes the rendered {@code p[id]}).
     */
    public static List<Paragraph> numberedParagraphs(Document document) {
        List<Paragraph> paragraphs = new ArrayList<>();
        for (Node child : document.getChildren()) {
            if (child instanceof Paragraph paragraph) {
                paragraphs.add(paragraph);
            }
        }
        return paragraphs;
    }

    /**
     * @param numberParagraphs whether paragraphs get an id pN and a ¶ link (the article)
     * @param messages         the interface text: the ¶ link's label ({@code paragraph.link.label}, {@code .title})
     */
    public Rendered render(String markdown, boolean numberParagraphs, Messages messages) {
        return render(parse(markdown), numberParagraphs, messages);
    }

    /** Renders a body parsed by {@link #parse} (when its file was loaded). */
    public Rendered render(Document document, boolean numberParagraphs, Messages messages) {
        HtmlRenderer renderer = PLAIN_RENDERER;
        if (numberParagraphs) {
            HtmlRenderer.Builder builder = HtmlRenderer.builder(OPTIONS).nodeRendererFactory(dataHolder -> new PlainText());
            Map<Node, Integer> numbers = new IdentityHashMap<>();
            List<Paragraph> paragraphs = numberedParagraphs(document);
            for (int i = 0; i < paragraphs.size(); i++) {
                numbers.put(paragraphs.get(i), i + 1);
            }
            builder.nodeRendererFactory(dataHolder -> new NumberedParagraphs(numbers, messages));
            renderer = builder.build();
        }
        String html = renderer.render(document);

        org.jsoup.nodes.Document parsed = Jsoup.parseBodyFragment(html);
        List<Heading> toc = new ArrayList<>();
        for (Element heading : parsed.select("h2[id], h3[id]")) {
            toc.add(new Heading(heading.tagName().charAt(1) - '0', heading.id(), heading.text()));
        }
        // The word count includes the ¶ links' text, as it always has; without them (the only difference) one reading.
        Elements paragraphLinks = parsed.select(".para-link");
        int words = paragraphLinks.isEmpty() ? 0 : wordsIn(parsed.body().text());
        paragraphLinks.remove();
        String text = parsed.body().text();
        if (paragraphLinks.isEmpty()) {
            words = wordsIn(text);
        }
        return new Rendered(html, List.copyOf(toc), words, links(document), text, () -> sections(parsed));
    }

    /** {@code text.trim().split("\\s+").length}, counted without making the words (every page's text passes here). */
    static int wordsIn(String text) {
        if (text.isBlank()) {
            return 0;
        }
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && text.charAt(end - 1) <= ' ') {
            end--;
        }
        int words = 0;
        boolean inWord = false;
        for (int i = start; i < end; i++) {
            boolean space = isRegexSpace(text.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return Math.max(words, 1);
    }

    /** The characters of the regular expression {@code \\s}. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private static List<Section> sections(org.jsoup.nodes.Document parsed) {
        List<Section> sections = new ArrayList<>();
        for (Element heading : parsed.body().select("> h2[id]")) {
            StringBuilder under = new StringBuilder();
            for (Element next = heading.nextElementSibling(); next != null && !next.tagName().equals("h2"); next = next.nextElementSibling()) {
                under.append(next.text()).append(' ');
            }
            sections.add(new Section(heading.id(), heading.text(), under.toString().strip()));
        }
        return List.copyOf(sections);
    }

    /** Every address the Markdown writes, as the page will have it, with the offset of the node that writes it. */
    private static Map<String, Integer> links(Document document) {
        Map<String, Integer> links = new java.util.HashMap<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof com.vladsch.flexmark.ast.LinkNodeBase link) {
                links.putIfAbsent(link.getUrl().unescape(), node.getStartOffset());
            } else if (node instanceof com.vladsch.flexmark.ast.AutoLink link) {
                links.putIfAbsent(link.getUrl().unescape(), node.getStartOffset());
            } else if (node instanceof com.vladsch.flexmark.ast.HtmlBlock || node instanceof com.vladsch.flexmark.ast.HtmlInline) {
                for (Element element : Jsoup.parseBodyFragment(node.getChars().toString()).select("[href], [src]")) {
                    links.putIfAbsent(element.hasAttr("href") ? element.attr("href") : element.attr("src"), node.getStartOffset());
                }
            }
        }
        return Map.copyOf(links);
    }

    /** The renderer of every body without numbered paragraphs (one for all: a renderer keeps no state between bodies). */
    private static final HtmlRenderer PLAIN_RENDERER = HtmlRenderer.builder(OPTIONS).nodeRendererFactory(dataHolder -> new PlainText()).build();

    /**
     * Renders a text node as flexmark does, {@code text(normalizeEOL(unescape(chars)))}, without those two steps when
     * the text has nothing they change (no backslash, no {@code &}, no carriage return), which is nearly all text: they
     * copied every character of every body once more, a fifth of the pages step.
     */
    private static final class PlainText implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(Text.class, this::render));
        }

        private void render(Text node, NodeRendererContext context, HtmlWriter html) {
            String chars = node.getChars().toString(); // scanned as a String: a based sequence's charAt is a call per char
            if (chars.indexOf('\\') < 0 && chars.indexOf('&') < 0 && chars.indexOf('\r') < 0) {
                html.text(chars);
            } else {
                context.delegateRender();
            }
        }
    }

    /** Gives each numbered paragraph its id pN and a ¶ link to itself; other paragraphs render as usual. */
    private static final class NumberedParagraphs implements NodeRenderer {
        private final Map<Node, Integer> numbers;

        private final Messages messages;

        NumberedParagraphs(Map<Node, Integer> numbers, Messages messages) {
            this.numbers = numbers;
            this.messages = messages;
        }

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(Paragraph.class, this::render));
        }

        private void render(Paragraph node, NodeRendererContext context, HtmlWriter html) {
            Integer count = numbers.get(node);
            if (count == null) {
                context.delegateRender();
                return;
            }
            String id = "p" + count;
            html.attr("id", id).attr("class", "numbered").withAttr().tag("p");
            html.raw("<a class=\"para-link\" href=\"#" + id + "\" aria-label=\"" + Escaping.escapeHtml(messages.get("paragraph.link.label", count), true)
                    + "\" title=\"" + Escaping.escapeHtml(messages.get("paragraph.link.title", count), true)
                    + "\">¶<span class=\"para-num\" aria-hidden=\"true\">" + count + "</span></a>");
            context.renderChildren(node);
            html.tag("/p").line();
        }
    }
}
