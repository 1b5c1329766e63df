package org.terrortrade.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.terrortrade.TestProject;
import org.terrortrade.cli.Main;
import org.terrortrade.problem.EditorText;

/**
 * The reviewer's page through the command line, on a git repository whose branch adds one file with three claims: one
 * the article supports, one that misquotes it, one that drops the article's hedge. The page shows those three claims
 * only, each beside its paragraph with the shared words marked, its quotations, its hedges and its verdict.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public class ReviewPageTest {
    /** The pull request's one new file. */
    public static final String FIXTURE = "content/actors/zz-review.md";

    private TestProject project;

    @BeforeAll
    void aBranchThatAddsThreeClaims(@TempDir Path folder) throws Exception {
        project = branchWithFixture(folder);
    }

    /** A copy of the site committed on main, and a branch {@code change} that adds {@link #FIXTURE}. */
    public static TestProject branchWithFixture(Path folder) throws IOException, InterruptedException {
        TestProject project = TestProject.copyOfSite(folder);
        project.write(".gitignore", "target/\n");
        git(folder, "init", "-q", "-b", "main");
        git(folder, "add", "-A");
        git(folder, "commit", "-q", "-m", "the site");
        git(folder, "checkout", "-q", "-b", "change");
        project.write(FIXTURE, Files.readString(Path.of("src/test/resources/review/claims.md")));
        git(folder, "add", "-A");
        git(folder, "commit", "-q", "-m", "three claims");
        return project;
    }

    /** Runs the review command and returns the page it wrote. */
    public static Document review(TestProject project, String... flags) throws Exception {
        return review(project, Map.of(), flags);
    }

    /** Runs the review command in the environment {@code env}. */
    static Document review(TestProject project, Map<String, String> env, String... flags) throws Exception {
        List<String> args = new ArrayList<>(List.of("review", "--source=" + project.root()));
        args.addAll(List.of(flags));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args.toArray(String[]::new), env, out, err);
        assertEquals(0, status, out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8));
        return Jsoup.parse(project.root().resolve("target/review/index.html").toFile(), "UTF-8");
    }

    @Test
    void showsTheChangedFilesClaimsEachBesideWhatItCites() throws Exception {
        Document page = review(project, "--base=main");
        assertEquals("ar", page.selectFirst("html").attr("lang"));
        assertEquals("rtl", page.selectFirst("html").attr("dir"));
        assertTrue(page.select("script").isEmpty(), "no script");
        assertEquals(List.of(FIXTURE), page.select("ul.files code").eachText(), "the changed files since main");

        Elements claims = page.select("article.claim");
        assertEquals(3, claims.size(), "only the changed file's claims");
        assertEquals(List.of(FIXTURE + ":9", FIXTURE + ":13", FIXTURE + ":17"), claims.select("h2 code").eachText());

        // 1. Supported: passes, its words marked in paragraph 4, no quotation, the hedges of paragraph 4 not restated.
        Element supported = claims.get(0);
        assertTrue(supported.hasClass("passes"));
        assertEquals(EditorText.text("review.verdict.pass"), supported.selectFirst(".verdict").text());
        assertEquals("يتعرض داعش لضغوط من السلطات الأفغانية والباكستانية.", supported.selectFirst(".said blockquote").text());
        assertTrue(supported.selectFirst(".said dd").text().contains("article"));
        assertEquals("4", supported.selectFirst("blockquote.paragraph").attr("data-paragraph"));
        List<String> marked = supported.select("blockquote.paragraph mark").eachText();
        assertTrue(marked.containsAll(List.of("داعش", "لضغوط", "السلطات", "الأفغانية", "والباكستانية")), marked.toString());
        assertFalse(marked.contains("التهديد"), "a word the claim does not use is not marked: " + marked);
        assertTrue(supported.select(".quotations").isEmpty());
        assertTrue(supported.select(".hedges li").stream().allMatch(li -> li.hasClass("hedge-not_restated")));
        assertTrue(supported.select(".problems").isEmpty());

        // 2. Misquoted: the quotation is marked as not found word for word, the verdict names the check.
        Element misquoted = claims.get(1);
        assertTrue(misquoted.hasClass("fails"));
        assertEquals(List.of("ahmed-sharif-chaudhry"), misquoted.select(".said dd code").eachText().subList(1, 2));
        Element quote = misquoted.selectFirst(".quotations li");
        assertTrue(quote.hasClass("not-found"));
        assertTrue(quote.text().startsWith("«كل شيء متاح لمن يدفع المال» — " + EditorText.text("review.quotation.missing")), quote.text());
        assertEquals(List.of("[misquoted]"), misquoted.select(".problems .problem-key").eachText());
        assertTrue(misquoted.select("blockquote.paragraph mark").eachText().containsAll(List.of("متاح", "يدفع")));
        assertEquals(EditorText.text("review.hedge.not-checked"), misquoted.selectFirst(".cited p.muted").text(),
                "an attributed claim's hedges are shown, not checked");

        // 3. Dropped hedge: «وصفته» of paragraph 9 is shown as dropped, the other hedges as not restated.
        Element dropped = claims.get(2);
        assertTrue(dropped.hasClass("fails"));
        Element hedge = dropped.selectFirst(".hedges li.hedge-dropped");
        assertEquals("«وصفته»", hedge.selectFirst(".hedge-word").text());
        assertTrue(hedge.text().contains(EditorText.text("review.hedge.DROPPED")));
        assertTrue(hedge.text().contains("ما وصفته بأدلة جديدة"), hedge.text());
        assertEquals(1, dropped.select(".hedges li.hedge-dropped").size());
        assertEquals(List.of("[hedge-dropped]"), dropped.select(".problems .problem-key").eachText());
        assertTrue(dropped.select("blockquote.paragraph mark").eachText().containsAll(List.of("قدمت", "للحكومات", "الأجنبية", "بأدلة", "جديدة")));
    }

    @Test
    void inAPullRequestTheBaseIsThePullRequestsBase() throws Exception {
        // As actions/checkout leaves it: the base branch as origin/<base>, named by GITHUB_BASE_REF.
        git(project.root(), "update-ref", "refs/remotes/origin/main", "main");
        try {
            Document page = review(project, Map.of("GITHUB_BASE_REF", "main"));
            assertEquals(3, page.select("article.claim").size());
            assertTrue(page.selectFirst("header").text().contains("origin/main"), page.selectFirst("header").text());
            assertEquals("origin/main", GitChanges.baseOf(project.root(), null, Map.of()), "origin/main when it exists");
        } finally {
            git(project.root(), "update-ref", "-d", "refs/remotes/origin/main");
        }
        assertEquals("main", GitChanges.baseOf(project.root(), "", Map.of()), "else main");
        assertEquals("v1", GitChanges.baseOf(project.root(), "v1", Map.of("GITHUB_BASE_REF", "main")), "a base given wins");
    }

    @Test
    void allShowsEveryClaimAndNothingIsPublished() throws Exception {
        Document page = review(project, "--all");
        int all = page.select("article.claim").size();
        assertTrue(all > 100, "every claim of the site: " + all);
        assertEquals(3, page.select("article.claim h2 code").eachText().stream().filter(t -> t.startsWith(FIXTURE)).count());
        // The real content passes every check: only the fixture's two bad claims fail.
        assertEquals(2, page.select("article.claim.fails").size());
        assertFalse(Files.exists(project.output()), "the review writes no site");
    }

    @Test
    void withoutGitItShowsEveryClaimAndSaysWhy(@TempDir Path folder) throws Exception {
        TestProject plain = TestProject.copyOfSite(folder);
        Document page = review(plain);
        assertTrue(page.select("article.claim").size() > 100);
        assertTrue(page.selectFirst("header").text().contains("git"), page.selectFirst("header").text());
    }

    static void git(Path folder, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=test", "-c", "user.email=test@example.org",
                "-c", "commit.gpgsign=false", "-C", folder.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), String.join(" ", command) + "\n" + output);
    }
}
