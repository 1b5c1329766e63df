package org.terrortrade.verify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.terrortrade.content.Problems;
import org.terrortrade.post.PostProcessor;

/**
 * Step 5 of the pipeline: every internal {@code href}/{@code src} of every page must name a file of the built
 * site, and every {@code #fragment} an id on the target page; external links must be https. The site is
 * checked as it will be served, under its base path.
 */
public final class LinkChecker {
    private final String basePath;

    public LinkChecker(String basePath) {
        this.basePath = basePath;
    }

    public void check(Path siteRoot, Problems problems) {
        Map<Path, Set<String>> idsByPage = new HashMap<>();
        for (Path file : PostProcessor.htmlPages(siteRoot)) {
            String page = "site/" + siteRoot.relativize(file).toString().replace('\\', '/');
            Document doc = parse(file);
            for (Element element : doc.select("[href], [src]")) {
                String attribute = element.hasAttr("href") ? "href" : "src";
                String link = element.attr(attribute);
                checkLink(siteRoot, file, page, element, link, idsByPage, problems);
            }
        }
    }

    private void checkLink(Path siteRoot, Path from, String page, Element element, String link, Map<Path, Set<String>> ids,
            Problems problems) {
        if (link.isEmpty() || link.startsWith("mailto:") || link.startsWith("data:")) {
            return;
        }
        URI uri;
        try {
            uri = new URI(link);
        } catch (URISyntaxException e) {
            problems.add(page, 1, "bad-link", "رابط غير صالح «" + link + "» في <" + element.tagName() + ">", "صحّح كتابة الرابط");
            return;
        }
        if (uri.getScheme() != null) {
            if (!"https".equals(uri.getScheme())) {
                problems.add(page, 1, "insecure-link", "رابط خارجي غير آمن «" + link + "»", "استعمل رابطًا يبدأ بـ https://");
            }
            return;
        }
        String rawPath = uri.getRawPath() == null ? "" : uri.getRawPath();
        Path target;
        if (rawPath.isEmpty()) {
            target = from;
        } else if (rawPath.startsWith("/")) {
            if (!rawPath.startsWith(basePath)) {
                problems.add(page, 1, "outside-base", "الرابط «" + link + "» خارج المسار الأساسي " + basePath,
                        "اكتب الروابط في القوالب بالصيغة ${site.basePath}… لا بمسار مطلق ثابت");
                return;
            }
            target = siteRoot.resolve(decode(rawPath.substring(basePath.length())));
        } else {
            target = from.getParent().resolve(decode(rawPath));
        }
        target = target.normalize();
        if (Files.isDirectory(target)) {
            target = target.resolve("index.html");
        }
        if (!target.startsWith(siteRoot) || !Files.isRegularFile(target)) {
            problems.add(page, 1, "broken-link", "الرابط «" + link + "» يشير إلى صفحة أو ملف غير موجود",
                    "صحّح الرابط أو أنشئ الصفحة المقصودة");
            return;
        }
        String fragment = uri.getFragment();
        if (fragment != null && !fragment.isEmpty() && target.toString().endsWith(".html")) {
            Set<String> targetIds = ids.computeIfAbsent(target, LinkChecker::idsOf);
            if (!targetIds.contains(fragment)) {
                problems.add(page, 1, "broken-anchor", "الرابط «" + link + "» يشير إلى موضع #" + fragment + " غير موجود في الصفحة",
                        "صحّح اسم الموضع بعد # أو أضف المعرّف المقصود");
            }
        }
    }

    private static Set<String> idsOf(Path page) {
        Set<String> ids = new HashSet<>();
        for (Element e : parse(page).select("[id]")) {
            ids.add(e.id());
        }
        for (Element e : parse(page).select("a[name]")) {
            ids.add(e.attr("name"));
        }
        return ids;
    }

    private static String decode(String path) {
        return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static Document parse(Path file) {
        try {
            return Jsoup.parse(file.toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
