package org.terrortrade.validate;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.terrortrade.markdown.MarkdownRenderer;
import org.terrortrade.problem.EditorText;
import org.terrortrade.problem.LineIndex;
import org.terrortrade.problem.Problems;
import org.terrortrade.content.SourceFile;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Markdown may carry raw HTML and {@code {…}} attributes; this refuses what could run code or load things into a
 * reader's browser: {@code <script>}, {@code <iframe>} and their kin, {@code on…=} event attributes, attributes
 * outside {@link MarkdownRenderer#ALLOWED_ATTRIBUTES}, and {@code javascript:} (or {@code vbscript:},
 * {@code data:text/html}) addresses in HTML or in Markdown links. It parses with the renderer's own configuration
 * ({@link MarkdownRenderer#parse}, once, when the file is loaded), so it sees every node the renderer will turn into HTML.
 *
 * <p>It also enforces the nesting limit: a body nested deeper than {@link MarkdownRenderer#MAX_DEPTH} levels (quotes, lists,
 * emphasis, HTML) is refused at its line before anything renders it, so no later step can overflow its stack.
 */
public final class UnsafeHtmlChecker {
    /** Deepest nesting of Markdown blocks and inlines a page may have; real pages use fewer than ten levels. */

    private static final Set<String> FORBIDDEN = Set.of("script", "iframe", "frame", "frameset", "object", "embed", "applet",
            "style", "link", "meta", "base", "form", "template", "svg", "math");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href", "poster", "data");

    public void check(List<SourceFile> files, Problems problems) {
        for (SourceFile file : files) {
            check(file, problems);
        }
    }

    private void check(SourceFile file, Problems problems) {
        LineIndex lines = file.lines();
        Document document = file.markdown();
        // One walk without recursion: depth first, tracking the depth, so that depth itself cannot overflow the stack.
        Node node = document.getFirstChild();
        int depth = 1;
        while (node != null) {
            int line = lines.line(node.getStartOffset());
            if (depth > MarkdownRenderer.MAX_DEPTH) {
                tooDeep(file.path(), line, problems);
                return;
            }
            checkNode(file.path(), line, node, problems);
            if (node.getFirstChild() != null) {
                node = node.getFirstChild();
                depth++;
                continue;
            }
            while (node != null && node != document && node.getNext() == null) {
                node = node.getParent();
                depth--;
            }
            node = node == null || node == document ? null : node.getNext();
        }
    }

    private static void checkNode(String path, int line, Node node, Problems problems) {
        if (node instanceof HtmlBlock || node instanceof HtmlInline) {
            checkHtml(path, line, node.getChars().toString(), problems);
        } else if (node instanceof Link link) {
            checkUrl(path, line, link.getUrl().toString(), problems);
        } else if (node instanceof Image image) {
            checkUrl(path, line, image.getUrl().toString(), problems);
        } else if (node instanceof AutoLink autoLink) {
            checkUrl(path, line, autoLink.getUrl().toString(), problems);
        } else if (node instanceof LinkRef ref) {
            checkUrl(path, line, ref.getReference().toString(), problems);
        } else if (node instanceof ImageRef ref) {
            checkUrl(path, line, ref.getReference().toString(), problems);
        } else if (node instanceof Reference reference) {
            checkUrl(path, line, reference.getUrl().toString(), problems);
        } else if (node instanceof AttributeNode attribute) {
            checkAttribute(path, line, attribute, problems);
        }
    }

    private static void checkAttribute(String path, int line, AttributeNode attribute, Problems problems) {
        String name = attribute.isId() ? "id" : attribute.isClass() ? "class" : attribute.getName().toString().toLowerCase(Locale.ROOT);
        if (MarkdownRenderer.ALLOWED_ATTRIBUTES.contains(name)) {
            if (name.equals("id") || name.equals("class")) {
                return;
            }
            String value = attribute.getValue().toString();
            boolean ok = name.equals("dir") ? Set.of("rtl", "ltr", "auto").contains(value) : value.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*");
            if (!ok) {
                problems.report(path, line, "unsafe-attribute", name.equals("dir") ? "unsafe-attribute.dir" : "unsafe-attribute.lang", value, name);
            }
            return;
        }
        String written = attribute.getChars().toString();
        if (name.startsWith("on")) {
            problems.report(path, line, "unsafe-html", "unsafe-html.event-in-braces", written);
        } else {
            problems.report(path, line, "unsafe-attribute", "unsafe-attribute.braces", written, name, String.join(
                    EditorText.text("problem.list.and"), MarkdownRenderer.ALLOWED_ATTRIBUTES.stream().sorted().toList()));
        }
    }

    private static void tooDeep(String path, int line, Problems problems) {
        problems.report(path, line, "too-deep", "too-deep", MarkdownRenderer.MAX_DEPTH);
    }

    private static void checkHtml(String path, int line, String html, Problems problems) {
        for (Element element : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            if (FORBIDDEN.contains(element.normalName())) {
                problems.report(path, line, "unsafe-html", "unsafe-html.tag", element.normalName());
            }
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                if (name.startsWith("on")) {
                    problems.report(path, line, "unsafe-html", "unsafe-html.event", attribute.getKey(), element.normalName());
                } else if (URL_ATTRIBUTES.contains(name)) {
                    checkUrl(path, line, attribute.getValue(), problems);
                }
            }
        }
    }

    private static void checkUrl(String path, int line, String url, Problems problems) {
        // Browsers ignore white space and control characters inside a scheme ("java\tscript:"), and decode
        // character references in attributes ("&#106;avascript:"), so must we.
        String decoded = org.jsoup.parser.Parser.unescapeEntities(url, true);
        String scheme = decoded.replaceAll("[\\s\\x00-\\x1F]", "").toLowerCase(Locale.ROOT);
        if (scheme.startsWith("javascript:") || scheme.startsWith("vbscript:") || scheme.startsWith("data:text/html")) {
            problems.report(path, line, "unsafe-url", "unsafe-url", url.strip());
        }
    }
}
