package org.terrortrade.validate;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.terrortrade.content.Problems;
import org.terrortrade.content.SourceFile;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Markdown may carry raw HTML; this refuses the HTML that could run code or load things into a reader's browser:
 * {@code <script>}, {@code <iframe>} and their kin, {@code on…=} event attributes, and {@code javascript:} (or
 * {@code vbscript:}, {@code data:text/html}) addresses in HTML or in Markdown links.
 */
public final class UnsafeHtmlChecker {
    private static final Set<String> FORBIDDEN = Set.of("script", "iframe", "frame", "frameset", "object", "embed", "applet",
            "style", "link", "meta", "base", "form", "template", "svg", "math");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href", "poster", "data");
    private final Parser parser = Parser.builder().build();

    public void check(List<SourceFile> files, Problems problems) {
        for (SourceFile file : files) {
            check(file, problems);
        }
    }

    private void check(SourceFile file, Problems problems) {
        Node document = parser.parse(file.body());
        for (Node node : document.getDescendants()) {
            int line = file.bodyFirstLine() + node.getLineNumber();
            if (node instanceof HtmlBlock || node instanceof HtmlInline) {
                checkHtml(file.path(), line, node.getChars().toString(), problems);
            } else if (node instanceof Link link) {
                checkUrl(file.path(), line, link.getUrl().toString(), problems);
            } else if (node instanceof Image image) {
                checkUrl(file.path(), line, image.getUrl().toString(), problems);
            } else if (node instanceof AutoLink autoLink) {
                checkUrl(file.path(), line, autoLink.getUrl().toString(), problems);
            } else if (node instanceof LinkRef ref) {
                checkUrl(file.path(), line, ref.getReference().toString(), problems);
            }
        }
    }

    private static void checkHtml(String path, int line, String html, Problems problems) {
        for (Element element : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            if (FORBIDDEN.contains(element.normalName())) {
                problems.add(path, line, "unsafe-html", "وسم HTML غير مسموح به في المحتوى: <" + element.normalName() + ">",
                        "احذف الوسم؛ لا يُسمح في ملفات المحتوى بالشيفرات أو الإطارات المضمَّنة أو الأنماط");
            }
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                if (name.startsWith("on")) {
                    problems.add(path, line, "unsafe-html", "خاصية حدث غير مسموح بها «" + attribute.getKey() + "» في <" + element.normalName() + ">",
                            "احذف الخاصية؛ لا تُشغَّل أي شيفرة من المحتوى");
                } else if (URL_ATTRIBUTES.contains(name)) {
                    checkUrl(path, line, attribute.getValue(), problems);
                }
            }
        }
    }

    private static void checkUrl(String path, int line, String url, Problems problems) {
        // Browsers ignore white space and control characters inside a scheme ("java\tscript:"), so must we.
        String scheme = url.replaceAll("[\\s\\x00-\\x1F]", "").toLowerCase(Locale.ROOT);
        if (scheme.startsWith("javascript:") || scheme.startsWith("vbscript:") || scheme.startsWith("data:text/html")) {
            problems.add(path, line, "unsafe-url", "رابط يشغّل شيفرة «" + url.strip() + "»",
                    "اكتب رابطًا إلى صفحة (https://… أو صفحة من الموقع) بدل javascript:");
        }
    }
}
