package org.terrortrade.provenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.terrortrade.types.ContentTypes;
import org.terrortrade.TestProject;
import org.terrortrade.build.SiteBuilder;
import org.terrortrade.problem.BuildFailedException;
import org.terrortrade.problem.Problem;

/**
 * The build refuses derived content the article does not support, naming the file and the line: one fixture per
 * kind of failure, added to a copy of the real site.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProvenanceCheckerTest {
    private TestProject project;
    private Path added;
    private String replaced;

    @BeforeAll
    void copySite(@TempDir Path folder) {
        project = TestProject.copyOfSite(folder);
    }

    @AfterEach
    void removeFixture() throws IOException {
        if (replaced != null) {
            Files.writeString(added, replaced, StandardCharsets.UTF_8); // a fixture that stood in for a real file
        } else if (added != null) {
            Files.deleteIfExists(added);
        }
        added = null;
        replaced = null;
    }

    @ParameterizedTest(name = "{0} → {2} at line {1}")
    @CsvSource({
        "missing-paragraph,          content/actors/zz-test.md,   9,  missing-paragraph",
        "unknown-actor,              content/actors/zz-test.md,   11, unknown-actor",
        "unknown-term,               content/glossary/zz-test.md, 5,  unknown-term",
        "unsupported-number,         content/actors/zz-test.md,   11, unsupported-number",
        "unsupported-month,          content/timeline.md,         11, unsupported-date",
        "alias-not-in-article,       content/actors/zz-test.md,   8,  alias-not-in-article",
        "misquoted,                  content/actors/zz-test.md,   11, misquoted",
        "attribution-not-in-cited,   content/actors/zz-test.md,   11, attribution-not-in-cited",
        "attribution-without-source, content/actors/zz-test.md,   11, attribution-without-source",
        "hedge-dropped,              content/actors/zz-test.md,   11, hedge-dropped",
        "unquoted-quotation,         content/actors/zz-test.md,   11, unquoted-quotation",
        "claim-without-cite,         content/actors/zz-test.md,   11, missing-field",
        "name-in-gloss,              content/glossary/zz-test.md, 5,  name-in-gloss",
        "number-in-gloss,            content/glossary/zz-test.md, 7,  number-in-gloss",
        "body-not-allowed,           content/glossary/zz-test.md, 10, body-not-allowed",
        "site-spelling,              content/actors/zz-test.md,   11, site-spelling",
        "reported-not-quoted,        content/actors/zz-test.md,   11, reported-not-quoted",
        "attribution-not-reported,   content/actors/zz-test.md,   11, attribution-not-reported",
        "attribution-view-not-reported, content/actors/zz-test.md, 11, attribution-not-reported",
        "voice-repeated,             content/actors/zz-test.md,   11, voice-repeated",
        "voice-repeated-attributed,  content/actors/zz-test.md,   11, voice-repeated",
        "voice-repeated-saying,      content/actors/zz-test.md,   11, voice-repeated",
        "acronym-not-in-article,     content/actors/zz-test.md,   4,  acronym-not-in-article",
        "gloss-for-place,            content/glossary/zz-test.md, 5,  gloss-for-place",
    })
    void refusesUnsupportedContent(String fixture, String target, int line, String key) throws IOException {
        if (Files.exists(project.root().resolve(target))) {
            replaced = project.read(target);
        }
        added = project.write(target, Files.readString(Path.of("src/test/resources/provenance", fixture + ".md"), StandardCharsets.UTF_8));

        BuildFailedException failure = assertThrows(BuildFailedException.class, this::check);

        assertEquals(1, failure.problems().size(), failure.getMessage());
        Problem problem = failure.problems().get(0);
        assertEquals(target, problem.path(), failure.getMessage());
        assertEquals(line, problem.line(), failure.getMessage());
        assertEquals(key, problem.key(), failure.getMessage());
    }

    /** The other side of each new check: the article's own sentences, used as the rule allows, pass. */
    @ParameterizedTest(name = "{0} passes")
    @CsvSource({
        "quoted-by-source",
        "attribution-reported",
        "editors-note",
        "gloss-not-a-place",
    })
    void acceptsWhatTheArticleSupports(String fixture) throws IOException {
        added = project.write(fixture.startsWith("gloss") ? "content/glossary/zz-test.md" : "content/actors/zz-test.md",
                Files.readString(Path.of("src/test/resources/provenance/pass", fixture + ".md"), StandardCharsets.UTF_8));
        check();
    }

    @Test
    void theRealContentPassesEveryCheck() {
        check();
    }

    @Test
    void theEditorsHeadingsInsideTheArticleQuoteItWordForWord() throws IOException {
        String original = project.read("content/article.md");
        try {
            project.write("content/article.md", original.replace("و«اللعبة المزدوجة»", "و«لعبة مزدوجة»"));
            BuildFailedException failure = assertThrows(BuildFailedException.class, this::check);
            Problem problem = failure.problems().get(0);
            assertEquals(1, failure.problems().size(), failure.getMessage());
            assertEquals("content/article.md", problem.path());
            assertEquals("misquoted", problem.key());
            assertEquals(original.lines().toList().indexOf(original.lines().filter(l -> l.contains("«اللعبة المزدوجة»") && l.startsWith("##"))
                    .findFirst().orElseThrow()) + 1, problem.line());
        } finally {
            project.write("content/article.md", original);
        }
    }

    /** A ledger badge says its status; the item after it does not begin by saying it again («تخفيض انخفاض المساعدات»). */
    @Test
    void aBadgeNeverRepeatsTheFirstWordOfItsItem() throws IOException {
        String original = project.read("content/exchange.md");
        assertTrue(original.contains("  - item: \"المساعدات\"\n"), "the reduced aid is an item of the ledger");
        try {
            project.write("content/exchange.md", original.replace("  - item: \"المساعدات\"\n", "  - item: \"انخفاض المساعدات\"\n"));
            BuildFailedException failure = assertThrows(BuildFailedException.class, this::check);
            assertEquals(1, failure.problems().size(), failure.getMessage());
            assertEquals("badge-repeats-item", failure.problems().get(0).key());
            assertEquals(original.lines().toList().indexOf("  - item: \"المساعدات\"") + 1, failure.problems().get(0).line());
        } finally {
            project.write("content/exchange.md", original);
        }
    }

    /** One entity, one name in the site's voice: the glossary's term for an actor is titled as the actor is. */
    @Test
    void aTermOfAnActorCarriesTheActorsName() throws IOException {
        String original = project.read("content/glossary/isis-k.md");
        try {
            project.write("content/glossary/isis-k.md", original.replace("title: تنظيم الدولة الإسلامية في خراسان", "title: داعش خراسان"));
            BuildFailedException failure = assertThrows(BuildFailedException.class, this::check);
            assertEquals(1, failure.problems().size(), failure.getMessage());
            assertEquals("two-names", failure.problems().get(0).key());
            assertEquals("content/glossary/isis-k.md", failure.problems().get(0).path());
        } finally {
            project.write("content/glossary/isis-k.md", original);
        }
    }

    /** The site's spelling rule covers titles: an actor titled with the article's other spelling is refused. */
    @Test
    void aTitleIsSpelledAsTheSiteSpellsTheName() throws IOException {
        String original = project.read("content/actors/ttp.md");
        try {
            project.write("content/actors/ttp.md", original.replace("title: حركة طالبان باكستان", "title: تحريك طالبان باكستان"));
            BuildFailedException failure = assertThrows(BuildFailedException.class, this::check);
            assertTrue(failure.problems().stream().anyMatch(p -> p.key().equals("site-spelling") && p.line() == 3), failure.getMessage());
        } finally {
            project.write("content/actors/ttp.md", original);
        }
    }

    /** A figure the article implies but does not print: the 2023 toll implied by 1081 and +45 %. */
    private static final String COMPUTED_FIGURE = """
              - label: "قتلى الهجمات الإرهابية في عام 2023"
                value: "نحو 746"
                computed: "1081 ÷ 1.45"
                cite: [8]
                voice: attributed
                by: pakistan
            """;

    @Test
    void aComputedFigureMayCarryNumbersTheArticleDoesNotPrintIfItSaysHow() throws IOException {
        withFigure(COMPUTED_FIGURE, this::check);
    }

    @Test
    void theSameFigureWithoutItsComputationIsRefused() throws IOException {
        withFigure(COMPUTED_FIGURE.replaceAll("(?m)^\\s*computed:.*\\n", ""), () -> {
            BuildFailedException failure = assertThrows(BuildFailedException.class, this::check);
            assertTrue(!failure.problems().isEmpty() && failure.problems().stream().allMatch(p -> p.key().equals("unsupported-number")
                    && p.path().equals("content/exchange.md")), failure.getMessage());
        });
    }

    /** Runs a check with one more key figure in the exchange, then puts the file back. */
    private void withFigure(String figure, Runnable check) throws IOException {
        String original = project.read("content/exchange.md");
        assertTrue(original.contains("\nfigures:\n"), "the exchange has key figures");
        try {
            project.write("content/exchange.md", original.replace("\nfigures:\n", "\nfigures:\n" + figure));
            check.run();
        } finally {
            project.write("content/exchange.md", original);
        }
    }

    private void check() {
        new SiteBuilder(step -> { }, false, ContentTypes.standard()).check(project.options());
    }
}
