package org.terrortrade.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.terrortrade.content.ContentLoader;
import org.terrortrade.problem.Problem;
import org.terrortrade.problem.Problems;
import org.terrortrade.content.SourceFile;
import org.terrortrade.markdown.MarkdownRenderer;
import org.terrortrade.post.PageAllowList;
import org.terrortrade.text.Messages;

/**
 * The probe's payloads, one Markdown file each under {@code src/test/resources/hostile-html/} (named for the case,
 * the line that must be refused written in its front matter): each is refused at that line by the Markdown check, and,
 * rendered as it would be published, refused again by the check of the whole page (the same code for every page,
 * whatever produced its HTML), at the same file and line.
 */
@Tag("unit")
class HostilePayloadsTest {
    private static final Path ROOT = Path.of("src/test/resources");
    private static final Pattern EXPECTED = Pattern.compile("# refused at line (\\d+)");
    private static final String HARMLESS = "the published page ignores it";
    private static final List<SourceFile> FILES = load();

    private static List<SourceFile> load() {
        Problems problems = new Problems();
        List<SourceFile> files = new ContentLoader(ROOT).loadAll(ROOT.resolve("hostile-html"), problems);
        assertTrue(problems.isEmpty(), problems.sorted().toString());
        return files;
    }

    static Stream<String> payloads() {
        return FILES.stream().map(SourceFile::path);
    }

    private static SourceFile file(String path) {
        return FILES.stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow();
    }

    private static int expectedLine(SourceFile file) throws Exception {
        Matcher matcher = EXPECTED.matcher(java.nio.file.Files.readString(file.file()));
        assertTrue(matcher.find(), file.path() + " names the line to refuse");
        return Integer.parseInt(matcher.group(1));
    }

    /** What editors write (every Markdown feature the renderer has, and harmless raw HTML) passes both checks. */
    @org.junit.jupiter.api.Test
    void whatEditorsWritePassesBothChecks() {
        String body = "## عنوان {#id .note}\n\n| a | b | c |\n|:--|:-:|--:|\n| 1 | 2 | 3 |\n\nنص[^1] *مائل* **عريض** `رمز` <kbd>k</kbd> "
                + "<abbr title=\"x\">ا</abbr> <sup>2</sup> <span lang=\"en\" dir=\"ltr\">Latin</span> <a href=\"https://example.org\">رابط</a> "
                + "<https://example.org> [رابط](about.html#x) ![صورة](data:image/png;base64,AAAA)\n\n> اقتباس\n\n1. أ\n2. ب\n\n"
                + "```\ncode\n```\n\n<details><summary>ملخص</summary>\n\nتفاصيل\n\n</details>\n\n[^1]: حاشية\n";
        SourceFile file = SourceFile.of("content/ok.md", Path.of("content/ok.md"), FILES.get(0).frontMatter(), body, 7);
        Problems problems = new Problems();
        new UnsafeHtmlChecker().check(List.of(file), problems);
        assertTrue(problems.isEmpty(), problems.sorted().toString());
        String html = new MarkdownRenderer().render(body, true, Messages.forLanguage("ar")).html();
        Document page = Jsoup.parse("<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><title>t</title></head><body><main>" + html + "</main></body></html>");
        assertEquals(List.of(), PageAllowList.check(page, java.util.Set.of()), html);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("payloads")
    void theMarkdownCheckRefusesEachPayloadAtItsLine(String path) throws Exception {
        SourceFile file = file(path);
        Problems problems = new Problems();
        new UnsafeHtmlChecker().check(List.of(file), problems);
        List<Problem> found = problems.sorted();
        assertFalse(found.isEmpty(), path + " passed the Markdown check");
        Problem first = found.get(0);
        assertEquals(path, first.path());
        assertEquals(expectedLine(file), first.line(), found.toString());
        assertTrue(first.key().startsWith("unsafe-"), first.toString());
        assertTrue(first.message().matches("(?s).*[\\u0600-\\u06FF].*"), "an Arabic message: " + first);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("payloads")
    void thePublishedPageCheckRefusesEachPayloadRenderedAsItWouldBePublished(String path) throws Exception {
        SourceFile file = file(path);
        org.junit.jupiter.api.Assumptions.assumeFalse(java.nio.file.Files.readString(file.file()).contains(HARMLESS),
                "harmless once published; the Markdown check refuses it");
        String body = new MarkdownRenderer().render(file.body(), false, Messages.forLanguage("ar")).html();
        Document page = Jsoup.parse("<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\"><title>t</title></head>"
                + "<body><main id=\"main\">" + body + "</main><footer class=\"site-footer\"><p>تذييل</p></footer></body></html>");
        Problems problems = new Problems();
        new PageAllowList(PageAllowList.reportingTo(problems, Map.of("page.html", file)), java.util.Set.of("/js/search.0123456789.js")).apply(page, "page.html");
        List<Problem> found = problems.sorted();
        assertFalse(found.isEmpty(), path + " passed the page check: " + body);
        assertTrue(found.stream().allMatch(p -> p.path().equals(path)), found.toString());
        int line = expectedLine(file);
        assertTrue(found.stream().anyMatch(p -> p.line() == line), "refused at line " + line + ": " + found);
    }
}
