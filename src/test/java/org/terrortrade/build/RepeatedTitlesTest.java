package org.terrortrade.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.terrortrade.OnTheBuiltSite;

/**
 * No page says its name twice: not in its title, its card's alternative text, nor its breadcrumb trail for search
 * engines, including the pages named like the site (the home page and the article, «تجارة الإرهاب»).
 */
class RepeatedTitlesTest extends OnTheBuiltSite {
    private static final Pattern CRUMB_NAME = Pattern.compile("\"@type\":\"ListItem\",\"position\":\\d+,\"name\":\"([^\"]*)\"");

    @Test
    void noPageRepeatsItsNameInTitleAltTextOrBreadcrumbs() throws IOException {
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(project.output())) {
            pages = walk.filter(p -> p.toString().endsWith(".html")).toList();
        }
        assertTrue(pages.size() > 20);
        for (Path file : pages) {
            Document page = Jsoup.parse(file.toFile(), "UTF-8");
            String where = project.output().relativize(file).toString();
            for (String text : List.of(page.title(), page.selectFirst("meta[property=og:image:alt]").attr("content"),
                    page.selectFirst("meta[name=twitter:image:alt]").attr("content"))) {
                String[] parts = text.split(" [—·] ");
                assertEquals(2, parts.length, where + ": «" + text + "»");
                assertNotEquals(parts[0].strip(), parts[1].strip(), where + " names itself twice: «" + text + "»");
            }
            String jsonLd = page.selectFirst("script[type=application/ld+json]").data();
            List<String> crumbs = new ArrayList<>();
            Matcher m = CRUMB_NAME.matcher(jsonLd.replace(" ", ""));
            while (m.find()) {
                crumbs.add(m.group(1));
            }
            assertTrue(where.equals("index.html") || crumbs.size() >= 2, where + ": a breadcrumb trail " + crumbs);
            for (int i = 1; i < crumbs.size(); i++) {
                assertNotEquals(crumbs.get(i - 1), crumbs.get(i), where + ": breadcrumbs " + crumbs);
            }
            assertFalse(crumbs.stream().distinct().count() < crumbs.size(), where + ": breadcrumbs " + crumbs);
        }
        Document article = Jsoup.parse(project.output().resolve("article.html").toFile(), "UTF-8");
        assertTrue(article.data().contains("BreadcrumbList"), "the article has a trail");
    }
}
