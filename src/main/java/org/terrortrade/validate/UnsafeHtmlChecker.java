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
import org.terrortrade.post.PageAllowList;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

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
            "style", "link", "meta", "base", "form", "template", "svg", "math", "input", "button", "select", "textarea",
            "option", "portal", "audio", "video", "source", "track", "picture", "canvas", "dialog", "slot");
    /**
     * Elements that change how everything after them is read: raw text and escapable raw text (a browser reads up to
     * their end tag as text, so a later {@code </textarea>} written in another piece of HTML closes it and what the
     * checks took for text becomes markup), {@code plaintext} (the rest of the page), and the document's own elements
     * ({@code <html onmouseover>}, {@code <body onload>} land on the page's real root). Refused wherever they appear.
     */
    private static final Set<String> CONTEXT = Set.of("xmp", "noembed", "noframes", "noscript", "textarea", "title", "style",
            "script", "iframe", "plaintext", "html", "head", "body", "template", "svg", "math", "select", "frameset");
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
            checkNode(file.path(), lines, line, node, problems);
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

    private static void checkNode(String path, LineIndex lines, int line, Node node, Problems problems) {
        if (node instanceof HtmlBlockBase || node instanceof HtmlInlineBase) {
            // HtmlCommentBlock and HtmlInlineComment too: a comment closed with "--!>" or never closed hides or
            // reveals what follows, so the whole raw HTML is read as a browser would, context first.
            checkContext(path, lines, node.getStartOffset(), node.getChars().toString(), problems);
            checkHtml(path, line, node.getChars().toString(), problems);
        } else if (node instanceof Link link) {
            checkUrl(path, line, "a", "href", link.getUrl(), problems);
        } else if (node instanceof Image image) {
            checkUrl(path, line, "img", "src", image.getUrl(), problems);
        } else if (node instanceof AutoLink autoLink) {
            checkUrl(path, line, "a", "href", autoLink.getUrl(), problems);
        } else if (node instanceof LinkRef ref) {
            checkUrl(path, line, "a", "href", ref.getReference(), problems);
        } else if (node instanceof ImageRef ref) {
            checkUrl(path, line, "img", "src", ref.getReference(), problems);
        } else if (node instanceof Reference reference) {
            checkUrl(path, line, "img", "src", reference.getUrl(), problems);
        } else if (node instanceof AttributeNode attribute) {
            checkAttribute(path, line, attribute, problems);
        }
    }

    /**
     * Reads raw HTML as a browser's tokenizer does, to find what changes how the rest is read: comments and other
     * markup declarations ({@code <!--}, {@code <!DOCTYPE}, {@code <![CDATA[}, {@code <?}), the elements of
     * {@link #CONTEXT}, and a tag or a quoted attribute value left open (it would swallow the Markdown after it).
     * Each is reported at the line where it starts.
     */
    private static void checkContext(String path, LineIndex lines, int start, String html, Problems problems) {
        int i = 0;
        int n = html.length();
        while (i < n) {
            int lt = html.indexOf('<', i);
            if (lt < 0 || lt + 1 >= n) {
                return;
            }
            char next = html.charAt(lt + 1);
            int line = lines.line(start + lt);
            if (next == '!' || next == '?') {
                problems.report(path, line, "unsafe-html", html.startsWith("<!--", lt) ? "unsafe-html.comment" : "unsafe-html.declaration",
                        html.substring(lt, Math.min(n, lt + 12)).strip());
                int close = html.indexOf('>', lt + 2);
                i = close < 0 ? n : close + 1;
                continue;
            }
            boolean endTag = next == '/';
            int nameStart = endTag ? lt + 2 : lt + 1;
            if (nameStart >= n || !isAsciiLetter(html.charAt(nameStart))) {
                i = lt + 1; // "<" not starting a tag is text, as in a browser
                continue;
            }
            int nameEnd = nameStart;
            while (nameEnd < n && !Character.isWhitespace(html.charAt(nameEnd)) && html.charAt(nameEnd) != '/' && html.charAt(nameEnd) != '>') {
                nameEnd++;
            }
            String name = html.substring(nameStart, nameEnd).toLowerCase(Locale.ROOT);
            if (CONTEXT.contains(name)) {
                problems.report(path, line, "unsafe-html", "unsafe-html.context", name);
            }
            // The rest of the tag: attribute values in quotes may hold ">"; the tag ends at the first ">" outside them.
            int j = nameEnd;
            char quote = 0;
            while (j < n) {
                char c = html.charAt(j);
                if (quote != 0) {
                    if (c == quote) {
                        quote = 0;
                    }
                } else if (c == '"' || c == '\'') {
                    // Only a quote right after "=" (and spaces) opens a value, as in a browser.
                    int k = j - 1;
                    while (k > nameEnd && Character.isWhitespace(html.charAt(k))) {
                        k--;
                    }
                    if (html.charAt(k) == '=') {
                        quote = c;
                    }
                } else if (c == '>') {
                    break;
                }
                j++;
            }
            if (j >= n) {
                problems.report(path, line, "unsafe-html", "unsafe-html.unclosed", name);
                return;
            }
            i = j + 1;
        }
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
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
            if (element.normalName().equals("body")) {
                continue; // the fragment's own wrapper; a <body> written in the Markdown is refused by checkContext
            }
            if (FORBIDDEN.contains(element.normalName())) {
                problems.report(path, line, "unsafe-html", "unsafe-html.tag", element.normalName());
                continue;
            }
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                if (name.startsWith("on")) {
                    problems.report(path, line, "unsafe-html", "unsafe-html.event", attribute.getKey(), element.normalName());
                } else if (URL_ATTRIBUTES.contains(name)) {
                    checkUrl(path, line, element.normalName(), name, attribute.getValue(), problems);
                }
            }
            // Then the published page's own list (the same code that checks every built page), at this line.
            for (PageAllowList.Finding finding : PageAllowList.check(element, Set.of())) {
                boolean reported = finding.name().equals("page-html.url")
                        || finding.name().equals("page-html.attribute") && finding.args().get(0).toLowerCase(Locale.ROOT).startsWith("on");
                if (!reported) {
                    problems.report(path, line, finding.key(), finding.name(), finding.args().toArray());
                }
            }
        }
    }

    /** An address written in Markdown, as the page will have it: backslash escapes and character references decoded. */
    private static void checkUrl(String path, int line, String element, String attribute, BasedSequence url, Problems problems) {
        checkUrl(path, line, element, attribute, url.unescape(), problems);
        if (!url.unescape().equals(url.toString())) {
            checkUrl(path, line, element, attribute, url.toString(), problems);
        }
    }

    private static void checkUrl(String path, int line, String element, String attribute, String url, Problems problems) {
        // Browsers ignore white space and control characters inside a scheme ("java\tscript:"), and decode
        // character references in attributes ("&#106;avascript:"), so must we.
        String decoded = org.jsoup.parser.Parser.unescapeEntities(url, true);
        String scheme = decoded.replaceAll("[\\s\\x00-\\x1F]", "").toLowerCase(Locale.ROOT);
        if (scheme.startsWith("javascript:") || scheme.startsWith("vbscript:") || scheme.startsWith("data:text/html")
                || !PageAllowList.urlAllowed(new Element(element).attr("rel", ""), attribute, decoded)) {
            problems.report(path, line, "unsafe-url", "unsafe-url", url.strip());
        }
    }
}
