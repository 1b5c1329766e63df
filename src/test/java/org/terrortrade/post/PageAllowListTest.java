package org.terrortrade.post;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.terrortrade.FixtureOnAGoodSite;
import org.terrortrade.TestProject;
import org.terrortrade.problem.BuildFailedException;
import org.terrortrade.problem.Problem;

/**
 * The check of the page that is published, on a copy of the real site: the site itself has no finding, and whatever a
 * template emits outside the list fails the build at the page's content file, the previous site untouched. The
 * search page's policy names its one script by hash instead of the whole origin.
 */
class PageAllowListTest extends FixtureOnAGoodSite {

    @Test
    void everyPageOfTheRealSitePassesAndNamesItsScripts() throws IOException {
        for (Path file : TestProject.htmlPages(project.output())) {
            Document page = Jsoup.parse(file.toFile(), "UTF-8");
            Set<String> scripts = Set.copyOf(page.select("script[src]").eachAttr("src"));
            assertEquals(List.of(), PageAllowList.check(page, scripts), file.toString());
            String policy = page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
            assertFalse(policy.matches(".*script-src[^;]*'self'.*"), policy);
            assertTrue(policy.contains("script-src "), policy);
            for (Element script : page.select("script[src]")) {
                Path js = project.output().resolve(script.attr("src").substring(1));
                String hash = "sha256-" + ScriptPolicy.sha256(Files.readAllBytes(js));
                assertEquals(hash, script.attr("integrity"));
                assertTrue(policy.contains("'" + hash + "'"), policy);
            }
            if (page.select("script[src]").isEmpty()) {
                assertTrue(policy.contains("script-src 'none'"), file + ": " + policy);
            }
        }
    }

    /** What a template could add to every page built from it; each is refused. */
    @ParameterizedTest
    @ValueSource(strings = {
        "<div onclick=\"alert(1)\">x</div>",
        "<p style=\"position:fixed;inset:0\">x</p>",
        "<input type=\"search\" name=\"q\" autofocus>",
        "<script>alert(1)</script>",
        "<script src=\"/js/vendor/LICENSE-lunr.txt\"></script>",
        "<iframe src=\"https://example.org\"></iframe>",
        "<a href=\"data:text/html,x\">x</a>",
        "<!-- a comment -->",
        "<meta http-equiv=\"refresh\" content=\"0;url=https://example.org\">",
    })
    void whatATemplateEmitsOutsideTheListFailsTheBuildAtThePagesSource(String markup) throws IOException {
        Path template = project.root().resolve("templates/page.ftlh");
        String saved = Files.readString(template);
        Files.writeString(template, saved.replace("<div class=\"prose\">", markup + "<div class=\"prose\">"));
        try {
            BuildFailedException failure = assertThrows(BuildFailedException.class, project::build);
            assertEquals("post-process", failure.step(), failure.getMessage());
            Problem problem = failure.problems().stream().filter(p -> p.path().equals("content/about.md")).findFirst().orElse(null);
            assertTrue(problem != null, failure.getMessage());
            assertTrue(problem.key().startsWith("unsafe-"), problem.toString());
            assertTrue(problem.message().contains("templates/"), problem.toString());
            assertEquals(before, TestProject.fingerprint(project.output()), "the previous site is untouched");
        } finally {
            Files.writeString(template, saved);
        }
    }
}
