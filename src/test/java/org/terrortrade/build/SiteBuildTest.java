package org.terrortrade.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.terrortrade.TestProject;

/** Builds the real site once and checks what every reader gets: RTL pages and the article word for word. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SiteBuildTest {
    private TestProject project;
    private Document article;

    @BeforeAll
    void build(@TempDir Path folder) throws IOException {
        project = TestProject.copyOfSite(folder);
        List<SiteBuilder.Step> steps = project.build();
        assertEquals(List.of("load", "validate", "model", "pages", "render", "post-process", "verify", "cards", "publish"),
                steps.stream().map(SiteBuilder.Step::name).toList());
        article = Jsoup.parse(project.output().resolve("article.html").toFile(), "UTF-8");
    }

    @Test
    void everyPageIsArabicRightToLeft() {
        List<Path> pages = TestProject.htmlPages(project.output());
        assertTrue(pages.size() >= 4, "home, article, about and 404 at least: " + pages);
        for (Path page : pages) {
            Element html = parse(page).selectFirst("html");
            assertEquals("ar", html.attr("lang"), page.toString());
            assertEquals("rtl", html.attr("dir"), page.toString());
        }
    }

    @Test
    void theExpectedPagesExist() {
        for (String page : List.of("index.html", "article.html", "about.html", "404.html")) {
            assertTrue(Files.isRegularFile(project.output().resolve(page)), page);
        }
        // Assets carry a hash of their content in their names, so that hosts may cache them forever.
        assertTrue(exists("css", "site\\.[0-9a-f]{10}\\.css"), "fingerprinted stylesheet");
        assertTrue(exists("fonts", "naskh-arabic-400\\.[0-9a-f]{10}\\.woff2"), "fingerprinted font");
        Document index = parse(project.output().resolve("index.html"));
        assertTrue(Files.isRegularFile(project.output().resolve(index.selectFirst("link[rel=stylesheet]").attr("href").substring(1))));
    }

    @Test
    void articleParagraphsAreTheSourceWordForWordAndInOrder() throws IOException {
        List<String> source = sourceParagraphs();
        assertEquals(11, source.size(), "ten paragraphs and the disclaimer in the source");
        List<String> rendered = new ArrayList<>();
        for (int n = 1; n <= 10; n++) {
            Element paragraph = article.getElementById("p" + n);
            assertTrue(paragraph != null, "anchor p" + n);
            Element copy = paragraph.clone();
            copy.select(".para-link").remove(); // the ¶ link is added markup, not the author's words
            rendered.add(words(copy.text()));
        }
        assertEquals(source.subList(0, 10).stream().map(SiteBuildTest::words).toList(), rendered);
        assertTrue(article.getElementById("p11") == null, "only ten numbered paragraphs");
        assertEquals(words(source.get(10)), words(article.selectFirst(".disclaimer p").text()));
    }

    @Test
    void everyParagraphHasAFocusableLinkToItself() {
        for (int n = 1; n <= 10; n++) {
            Element link = article.getElementById("p" + n).selectFirst("a.para-link");
            assertEquals("#p" + n, link.attr("href"));
            assertFalse(link.attr("aria-label").isBlank());
        }
    }

    @Test
    void latinRunsAreMarkedEnglishAndIsolated() {
        for (String latin : List.of("ISIS-K", "TTP", "HQN", "USIP", "F-16")) {
            boolean marked = article.select("span[lang=en][dir=ltr]").stream().anyMatch(s -> s.text().equals(latin));
            assertTrue(marked, latin + " is wrapped in <span lang=en dir=ltr>");
        }
        for (Element span : article.select("[lang=en]")) {
            assertFalse(span.text().matches(".*[\\u0600-\\u06FF].*"), "no Arabic inside a Latin run: " + span);
        }
    }

    @Test
    void articleHasSectionHeadingsATableOfContentsAndReadingTime() {
        List<Element> headings = article.select(".article__body h2[id]");
        assertTrue(headings.size() >= 5, "section headings");
        for (Element heading : headings) {
            assertTrue(article.select(".toc a[href=#" + heading.id() + "]").size() == 1, "toc links " + heading.id());
        }
        assertTrue(article.selectFirst(".page-meta").text().contains("قراءة"), "reading time");
    }

    @Test
    void builtSiteHasNoLiveReloadScript() throws IOException {
        for (Path page : TestProject.htmlPages(project.output())) {
            assertFalse(Files.readString(page).contains("__live"), page.toString());
        }
    }

    private boolean exists(String folder, String pattern) {
        try (java.util.stream.Stream<Path> files = Files.list(project.output().resolve(folder))) {
            return files.anyMatch(f -> f.getFileName().toString().matches(pattern));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static List<String> sourceParagraphs() throws IOException {
        String seed = Files.readString(Path.of("src/test/resources/article-source.txt"), StandardCharsets.UTF_8);
        return seed.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /** Words separated by single spaces: rendering may change white space, never words. */
    static String words(String text) {
        return String.join(" ", text.strip().split("\\s+"));
    }

    private static Document parse(Path page) {
        try {
            return Jsoup.parse(page.toFile(), "UTF-8");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
