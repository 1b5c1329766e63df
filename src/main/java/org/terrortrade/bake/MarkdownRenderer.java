package org.terrortrade.bake;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;

import com.vladsch.flexmark.ast.Paragraph;

/**
 * Markdown to HTML with flexmark: tables, footnotes, {@code {#id .class}} attributes, heading ids on the
 * heading element itself (Arabic text kept in generated ids). Documents that ask for it get their top-level
 * paragraphs numbered {@code p1…pN}, each with a visible, focusable ¶ link for citing it.
 */
public final class MarkdownRenderer {

    /** A heading for the table of contents. */
    public record Heading(int level, String id, String text) {
    }

    /** What rendering a body yields. */
    public record Rendered(String html, List<Heading> toc, int paragraphs, int words) {
    }

    private final Parser parser;
    private final MutableDataSet options;

    public MarkdownRenderer() {
        options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), FootnoteExtension.create(), AttributesExtension.create()));
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(HtmlRenderer.HEADER_ID_GENERATOR_NO_DUPED_DASHES, true);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        options.set(TablesExtension.CLASS_NAME, "table");
        options.set(FootnoteExtension.FOOTNOTE_BACK_LINK_REF_CLASS, "footnote-back");
        options.set(AttributesExtension.ASSIGN_TEXT_ATTRIBUTES, false);
        parser = Parser.builder(options).build();
    }

    public Rendered render(String markdown, boolean numberParagraphs) {
        Node document = parser.parse(markdown);
        HtmlRenderer.Builder builder = HtmlRenderer.builder(options);
        if (numberParagraphs) {
            builder.nodeRendererFactory(dataHolder -> new NumberedParagraphs());
        }
        String html = builder.build().render(document);

        Document parsed = Jsoup.parseBodyFragment(html);
        List<Heading> toc = new ArrayList<>();
        for (Element heading : parsed.select("h2[id], h3[id]")) {
            toc.add(new Heading(heading.tagName().charAt(1) - '0', heading.id(), heading.text()));
        }
        String text = parsed.body().text();
        int words = text.isBlank() ? 0 : text.trim().split("\\s+").length;
        int paragraphs = parsed.select("body > p").size();
        return new Rendered(html, List.copyOf(toc), paragraphs, words);
    }

    /** Gives each top-level paragraph an id p1…pN and a ¶ link to itself; nested paragraphs render as usual. */
    private static final class NumberedParagraphs implements NodeRenderer {
        private int count;

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(Paragraph.class, this::render));
        }

        private void render(Paragraph node, NodeRendererContext context, HtmlWriter html) {
            if (!(node.getParent() instanceof com.vladsch.flexmark.util.ast.Document)) {
                context.delegateRender();
                return;
            }
            String id = "p" + (++count);
            html.attr("id", id).attr("class", "numbered").withAttr().tag("p");
            html.raw("<a class=\"para-link\" href=\"#" + id + "\" aria-label=\"رابط الفقرة " + count + "\" title=\"رابط الفقرة "
                    + count + " للاقتباس\">¶<span class=\"para-num\" aria-hidden=\"true\">" + count + "</span></a>");
            context.renderChildren(node);
            html.tag("/p").line();
        }
    }
}
