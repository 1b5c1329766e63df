package org.terrortrade.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.terrortrade.FixtureOnAGoodSite;
import org.terrortrade.TestProject;
import org.terrortrade.problem.BuildFailedException;
import org.terrortrade.content.ContentLoader;
import org.terrortrade.problem.Problem;

/**
 * What a hostile pull request or a careless save can put in the sources: each gets an Arabic {@code path:line}
 * message (and the previous site stays as it was) or a clean, safe build; never a stack trace, a hang or a file
 * from outside the repository. Large and deep inputs are generated here, never committed.
 */
class HostileContentTest extends FixtureOnAGoodSite {
    private static final String PAGE = "---\ntype: page\ntitle: %s\ndescription: وصف\ndate: 2026-01-01\n---\n\n%s";
    private final List<Path> extra = new ArrayList<>();

    @AfterEach
    void removeExtraFiles() throws IOException {
        for (Path path : extra) {
            Files.deleteIfExists(path);
        }
        extra.clear();
    }

    private Path page(String relative, String title, String body) {
        Path file = project.write(relative, String.format(PAGE, title, body));
        extra.add(file);
        return file;
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "## عنوان {onclick=\"alert(1)\"}\n",
        "![صورة](data:image/png;base64,AAAA){onerror=\"alert(1)\"}\n",
        "فقرة {.note onmouseover=alert(1)}\n",
        "[رابط](https://example.org){ONFOCUS=x autofocus}\n",
    })
    void eventHandlersInAttributeSyntaxAreRefusedAtTheirLine(String body) {
        page("content/zz-test.md", "صفحة", body);
        assertFails("content/zz-test.md", 8, "unsafe-html");
    }

    @Test
    void attributesOutsideTheAllowListAreRefused() {
        page("content/zz-test.md", "صفحة", "أولى.\n\n[رابط](https://example.org){style=\"position:fixed\"}\n");
        assertFails("content/zz-test.md", 10, "unsafe-attribute");
    }

    @Test
    void aLiteralBraceAtTheEndOfALineIsNeverEatenSilently() throws IOException {
        page("content/zz-test.md", "صفحة", "ملاحظة المحرّر {todo}\n");
        assertFails("content/zz-test.md", 8, "unsafe-attribute");

        // Written as the message says, the braces survive as text; allowed attributes still work.
        page("content/zz-test.md", "صفحة", "ملاحظة المحرّر \\{todo\\}\n\nفقرة إنجليزية {lang=en dir=ltr}\n");
        rebuildAndRestoreAfter(() -> {
            var html = Jsoup.parse(project.output().resolve("zz-test.html").toFile(), "UTF-8");
            assertTrue(html.text().contains("ملاحظة المحرّر {todo}"), html.text());
            assertEquals("en", html.select("p[lang]").attr("lang"));
            assertTrue(html.select("[onclick], [style]").isEmpty());
        });
    }

    @Test
    void symlinksToFilesOutsideTheRepositoryAreRefusedAndNeverRead(@TempDir Path outside) throws IOException {
        Path secret = Files.writeString(outside.resolve("secret.txt"), "root:x:0:0:SECRET-OUTSIDE", StandardCharsets.UTF_8);
        Path secretPage = Files.writeString(outside.resolve("page.md"), String.format(PAGE, "سر", "SECRET-OUTSIDE\n"), StandardCharsets.UTF_8);
        Path asset = link(project.root().resolve("assets/x.txt"), secret);
        BuildFailedException failure = assertFails("assets/x.txt", 1, "symlink");
        Files.delete(asset);
        extra.remove(asset);

        link(project.root().resolve("content/x.md"), secretPage);
        failure = assertFails("content/x.md", 1, "symlink");
        assertFalse(failure.getMessage().contains("SECRET-OUTSIDE"));
        Files.delete(project.root().resolve("content/x.md"));

        link(project.root().resolve("templates/partials/x.ftlh"), secret);
        assertFails("templates/partials/x.ftlh", 1, "symlink");
        Files.delete(project.root().resolve("templates/partials/x.ftlh"));

        Path folderLink = link(project.root().resolve("assets/elsewhere"), outside);
        assertFails("assets/elsewhere", 1, "symlink");
        Files.delete(folderLink);
    }

    private Path link(Path link, Path target) throws IOException {
        Files.createSymbolicLink(link, target);
        extra.add(link);
        return link;
    }

    @ParameterizedTest
    @ValueSource(strings = {"quotes", "lists", "emphasis", "html"})
    void tenThousandLevelsOfNestingGetAMessageNotAStackOverflow(String kind) {
        int n = 10_000;
        String deep = switch (kind) {
            case "quotes" -> ">".repeat(n) + " نص\n";
            case "lists" -> "- ".repeat(n) + "بند\n";
            case "emphasis" -> "*".repeat(n) + "نص" + "*".repeat(n) + "\n";
            default -> "<div>".repeat(n) + "نص" + "</div>".repeat(n) + "\n";
        };
        page("content/zz-test.md", "صفحة", "مقدمة.\n\n" + deep);
        if (kind.equals("html")) {
            // Raw HTML is one flat block to Markdown: it must build safely or be refused, never overflow.
            try {
                rebuildAndRestoreAfter(() -> { });
            } catch (BuildFailedException e) {
                assertTrue(e.problems().stream().allMatch(p -> p.path().equals("content/zz-test.md")), e.getMessage());
            }
            return;
        }
        assertFails("content/zz-test.md", 10, "too-deep");
    }

    @Test
    void aOneMegabytePageBuildsInSecondsNotMinutes() {
        StringBuilder body = new StringBuilder();
        int paragraph = 0;
        while (body.length() < 1_000_000 / 2) { // Arabic letters are two bytes each in UTF-8
            body.append("فقرة رقم ").append(++paragraph).append(" فيها <span>نص</span> و[رابط](https://example.org) و**تأكيد**.\n\n");
        }
        page("content/zz-test.md", "صفحة كبيرة", body.toString());
        long start = System.nanoTime();
        rebuildAndRestoreAfter(() -> { });
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        // Before line numbers came from one pass, a 1 MB page took 46 s to validate alone (quadratic). The bound is
        // generous for a loaded two-core machine; the quadratic behaviour would take minutes.
        assertTrue(seconds < 90, "a 1 MB page took " + seconds + " s to build");
    }

    @Test
    void aPageOverTheSizeLimitIsRefusedAtTheLineWhereTheLimitFalls() {
        String line = "سطر طويل من النص العربي لتجاوز الحد المسموح به لحجم الصفحة.\n"; // about 110 bytes
        int lines = ContentLoader.MAX_BYTES / line.getBytes(StandardCharsets.UTF_8).length + 100;
        page("content/zz-test.md", "صفحة ضخمة", line.repeat(lines));
        BuildFailedException failure = assertThrows(BuildFailedException.class, project::build);
        Problem problem = failure.problems().get(0);
        assertEquals("file-too-large", problem.key());
        assertTrue(problem.line() > 1000, "the line where 2 MiB is crossed: " + problem);
        assertEquals(before, TestProject.fingerprint(project.output()));
    }

    @Test
    void aZeroWidthMarkCannotDefeatTheDuplicateTitleCheck() {
        String actor = project.read("content/actors/pakistan.md");
        String title = actor.lines().filter(l -> l.startsWith("title:")).findFirst().orElseThrow();
        String hidden = title.substring(0, title.length() - 2) + "\u200B" + title.substring(title.length() - 2);
        Path copy = project.write("content/actors/zz-test.md", actor.replace(title, hidden));
        extra.add(copy);
        int line = (int) actor.lines().takeWhile(l -> !l.startsWith("title:")).count() + 1;
        assertFails("content/actors/zz-test.md", line, "invisible-mark");
    }

    /** Each mark inside a word of the body, on the body's third line (line 10 of the file). */
    @ParameterizedTest
    @ValueSource(strings = {"\u200B", "\u2060", "\uFEFF", "\u00AD", "\u200E", "\u200F", "\u061C"})
    void anInvisibleMarkInTheBodyIsRefusedAtItsFileLine(String mark) {
        page("content/zz-test.md", "صفحة", "مقدمة.\n\nدور باك" + mark + "ستان في الحرب.\n");
        BuildFailedException failure = assertFails("content/zz-test.md", 10, "invisible-mark");
        String code = String.format(java.util.Locale.ROOT, "U+%04X", (int) mark.charAt(0));
        assertTrue(failure.getMessage().contains(code), failure.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ISIS\u200C-K في الإقليم", "ISIS-K\u200D في الإقليم", "باكستان\u200C وأمريكا", "\u200Dباكستان"})
    void joinerMarksOutsideArabicLettersAreRefusedInTheBody(String text) {
        page("content/zz-test.md", "صفحة", "مقدمة.\n\n" + text + ".\n");
        assertFails("content/zz-test.md", 10, "invisible-mark");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u202E", "\u2066"})
    void bidiControlsInsideAWordOfTheBodyAreRefused(String control) {
        page("content/zz-test.md", "صفحة", "مقدمة.\n\nدور باك" + control + "ستان.\n");
        assertFails("content/zz-test.md", 10, "bidi-control");
    }

    @Test
    void zeroWidthJoinersBetweenArabicLettersStayAllowedInTheBodyAndTheFields() {
        // ZWNJ and ZWJ shape the joining of Arabic and Persian letters (می‌خواهم): one rule for fields and body.
        page("content/zz-test.md", "می\u200Cخواهم", "نیم\u200Cفاصله در «می\u200Cخواهم» و ه\u200Dـ.\n");
        rebuildAndRestoreAfter(() -> {
            var html = Jsoup.parse(project.output().resolve("zz-test.html").toFile(), "UTF-8");
            assertEquals("می\u200Cخواهم", html.selectFirst("h1").text());
            assertTrue(html.select("main p").text().contains("نیم\u200Cفاصله در «می\u200Cخواهم» و ه\u200Dـ."), html.select("main p").text());
        });
    }

    @Test
    void controlCharactersInAFieldAreRefused() {
        page("content/zz-test.md", "\"صفحة\\x07 \\x1b[2J\"", "نص.\n");
        assertFails("content/zz-test.md", 3, "control-character");
        page("content/zz-test.md", "صفحة\u0001", "نص.\n");
        assertFails("content/zz-test.md", 3, "control-character");
    }

    @Test
    void anAssetNamedLikeAPageOrAGeneratedFileIsRefused() {
        extra.add(project.write("assets/about.html", "<p>not the about page</p>"));
        assertFails("assets/about.html", 1, "output-collision");
        extra.add(project.write("assets/feed.xml", "<feed/>"));
        assertFails("assets/feed.xml", 1, "output-collision");
    }

    @ParameterizedTest
    @ValueSource(strings = {"content/.../zz-test.md", "content/my folder/zz-test.md", "content/صفحات/zz-test.md"})
    void folderNamesFollowTheFileNameRule(String relative) throws IOException {
        Path file = page(relative, "صفحة", "نص.\n");
        try {
            assertFails(project.root().relativize(file.getParent()).toString(), 1, "folder-name");
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(file.getParent());
        }
    }

    @Test
    void anActorOutsideTheActorsFolderIsRefused() {
        String actor = project.read("content/actors/pakistan.md").replaceFirst("title: .*", "title: فاعل في غير مكانه");
        extra.add(project.write("content/zz-test.md", actor));
        assertFails("content/zz-test.md", 2, "wrong-folder");
    }

    @Test
    void verifyProblemsNameTheMarkdownLineThatCausedThem() {
        // An entity in the address: the page says "missing.html", the Markdown does not.
        page("content/zz-test.md", "صفحة", "مقدمة.\n\nانظر [الصفحة](&#109;issing.html) و<a href=\"other&#45;missing.html\">هذه</a>.\n");
        BuildFailedException failure = assertFails("content/zz-test.md", 10, "broken-link");
        assertTrue(failure.problems().stream().noneMatch(p -> p.path().startsWith("site/")), failure.getMessage());
        assertEquals(2, failure.problems().size(), failure.getMessage());
    }

    @Test
    void aDeletedPageThatTemplatesLinkToIsNamedOnce() throws IOException {
        Path index = project.root().resolve("content/index.md");
        byte[] saved = Files.readAllBytes(index);
        Files.delete(index);
        try {
            BuildFailedException failure = assertThrows(BuildFailedException.class, project::build);
            // Reported once, at the file that made it (by the home type's rule).
            List<Problem> missing = failure.problems().stream().filter(p -> p.path().equals("content/index.md")).toList();
            assertEquals(1, missing.size(), failure.getMessage());
            assertTrue(missing.get(0).message().contains("index.html"), failure.getMessage());
            assertEquals(before, TestProject.fingerprint(project.output()));
        } finally {
            Files.write(index, saved);
        }
    }

    private interface Check {
        void run() throws IOException;
    }

    private void rebuildAndRestoreAfter(Check check) {
        try {
            project.build();
            check.run();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            extra.forEach(path -> path.toFile().delete());
            project.build();
            before = TestProject.fingerprint(project.output());
        }
    }

    private BuildFailedException assertFails(String target, int line, String key) {
        BuildFailedException failure = assertThrows(BuildFailedException.class, project::build);
        Problem problem = failure.problems().stream().filter(p -> p.key().equals(key) && p.path().equals(target)).findFirst().orElse(null);
        assertTrue(problem != null, "expected " + key + " at " + target + " in:\n" + failure.getMessage());
        assertEquals(line, problem.line(), failure.getMessage());
        assertTrue(problem.message().matches("(?s).*[\\u0600-\\u06FF].*") && problem.fix().matches("(?s).*[\\u0600-\\u06FF].*"),
                "Arabic message and fix: " + problem);
        assertEquals(before, TestProject.fingerprint(project.output()), "the previous site is untouched");
        return failure;
    }
}
