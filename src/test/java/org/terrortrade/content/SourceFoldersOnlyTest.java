package org.terrortrade.content;

import org.terrortrade.problem.Problem;
import org.terrortrade.problem.Problems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Only the source folders reach the site: a symbolic link in content/, templates/ or assets/ must resolve inside one
 * of them, not merely inside the repository ({@code .git/config}, {@code pom.xml} and {@code target/} are in the
 * repository too); and a hidden file under content/ is reported, never skipped without a word.
 */
@Tag("unit")
class SourceFoldersOnlyTest {
    private static final String PAGE = "---\ntype: page\ntitle: عنوان\ndescription: وصف\ndate: 2026-01-01\n---\nنص.\n";

    @TempDir
    Path root;

    @BeforeEach
    void aSmallRepository() throws IOException {
        for (String folder : List.of("content", "templates", "assets/css", ".git", "target/site")) {
            Files.createDirectories(root.resolve(folder));
        }
        Files.writeString(root.resolve("content/about.md"), PAGE, StandardCharsets.UTF_8);
        Files.writeString(root.resolve("assets/css/site.css"), "p{}\n");
        Files.writeString(root.resolve(".git/config"), "[remote \"origin\"]\n\turl = https://token@example.org/x\n");
        Files.writeString(root.resolve("pom.xml"), "<project/>\n");
        Files.writeString(root.resolve("jbake.properties"), "site.title=x\n");
        Files.writeString(root.resolve("target/site/index.html"), "<p>built</p>\n");
    }

    private List<Problem> links() {
        Problems problems = new Problems();
        new SourceTree(root).checkLinks(problems);
        return problems.sorted();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "assets/config.txt,     .git/config",
        "assets/pom.xml,        pom.xml",
        "templates/settings.ftlh, jbake.properties",
        "assets/index.html,     target/site/index.html",
        "content/git.md,        .git/config",
    })
    void aLinkToAFileOfTheRepositoryOutsideTheSourceFoldersIsRefused(String link, String target) throws IOException {
        Files.createSymbolicLink(root.resolve(link), root.resolve(target));

        List<Problem> problems = links();

        assertEquals(1, problems.size(), problems::toString);
        assertEquals(link + ":1 [symlink]", problems.get(0).path() + ":" + problems.get(0).line() + " [" + problems.get(0).key() + "]");
        assertTrue(new ContentLoader(root).loadAll(root.resolve("content"), new Problems()).stream()
                .noneMatch(f -> f.path().equals(link)), "never read");
    }

    @Test
    void aLinkFromOneSourceFolderToAnotherIsStillAccepted() throws IOException {
        Files.createSymbolicLink(root.resolve("assets/css/again.css"), root.resolve("assets/css/site.css"));
        assertEquals(List.of(), links());
    }

    @Test
    void aHiddenPageUnderContentIsReportedNotSkipped() throws IOException {
        Files.writeString(root.resolve("content/.draft.md"), PAGE, StandardCharsets.UTF_8);
        Problems problems = new Problems();

        new ContentLoader(root).loadAll(root.resolve("content"), problems);

        List<Problem> found = problems.sorted();
        assertEquals(1, found.size(), found::toString);
        assertEquals("content/.draft.md:1 [hidden-file]", found.get(0).path() + ":" + found.get(0).line() + " [" + found.get(0).key() + "]");
    }
}
