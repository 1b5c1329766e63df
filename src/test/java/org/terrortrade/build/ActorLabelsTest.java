package org.terrortrade.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.terrortrade.TestProject;
import org.terrortrade.model.RelationKinds;
import org.terrortrade.text.ArabicText;
import org.terrortrade.text.Messages;

/**
 * Every generated label on an actor's page that refers to the actor agrees with its grammar: the real site with one
 * more actor, a plural one («المسؤولون الأمريكيون», as paragraph 8 names them), built and read page by page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ActorLabelsTest {
    /** The labels that refer to the actor, as the bundle keys them: actor.<label>.<grammar>. */
    private static final List<String> LABELS = List.of("stance", "paragraphs", "gives", "receives", "mentions");

    private static final String PLURAL_ACTOR = """
            ---
            type: actor
            title: المسؤولون الأمريكيون
            name_en: United States officials
            kind: institution
            grammar: plural
            aliases: [المسؤولون الأمريكيون]
            date: 2026-11-29
            summary:
              text: مسؤولون قد يكونون منفتحين على تزويد باكستان بمعدات مثل ناقلات الجنود المدرعة المقاومة للألغام.
              cite: [8]
              voice: author
            stance:
              text: يعتقدون أن ناقلات الجنود المدرعة المقاومة للألغام ونظارات الرؤية الليلية لن تُغير التوازن العسكري مع الهند.
              cite: [8]
              voice: author
            gives:
              - text: قد يكون المسؤولون الأمريكيون منفتحين على تزويد باكستان بنظارات الرؤية الليلية.
                cite: [8]
                voice: author
            gets:
              - text: تريد باكستان من الولايات المتحدة تزويدها بمزيد من المعلومات الاستخباراتية.
                cite: [8]
                voice: article
            ---
            """;

    private TestProject project;
    private final Messages messages = ArabicText.messages();

    @BeforeAll
    void buildWithAPluralActor(@TempDir Path folder) {
        project = TestProject.copyOfSite(folder);
        project.write("content/actors/us-officials.md", PLURAL_ACTOR);
        project.build();
    }

    /** A masculine, a feminine and a plural actor: each label in its own form, and no other form of it. */
    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource({
        "the-west,     masculine, ما يقدّمه,   ما يحصل عليه أو يطلبه,       موقفه من داعش,   الفقرات التي تذكره",
        "pakistan,     feminine,  ما تقدّمه,   ما تحصل عليه أو تطلبه,       موقفها من داعش,  الفقرات التي تذكرها",
        "us-officials, plural,    ما يقدّمونه, ما يحصلون عليه أو يطلبونه, موقفهم من داعش,  الفقرات التي تذكرهم",
    })
    void everyLabelAgreesWithItsActor(String slug, String grammar, String gives, String receives, String stance, String paragraphs) {
        Document page = page("actors/" + slug + ".html");
        List<String> labels = labels(page);
        assertTrue(labels.containsAll(List.of(gives, receives, stance, paragraphs)), slug + ": " + labels);
        for (String label : LABELS) {
            assertTrue(labels.contains(messages.get("actor." + label + "." + grammar)), slug + " lacks its " + label + " label: " + labels);
        }
    }

    /** On every actor page of the built site, no label takes a form of another grammar than the actor's. */
    @Test
    void noActorPageCarriesAnotherGrammarsLabel() throws IOException {
        int pages = 0;
        try (Stream<Path> files = Files.list(project.output().resolve("actors"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html") && !f.endsWith("index.html")).toList()) {
                Document page = Jsoup.parse(file.toFile(), "UTF-8");
                String grammar = page.selectFirst("[data-grammar]").attr("data-grammar");
                List<String> labels = labels(page);
                for (String label : LABELS) {
                    for (String other : RelationKinds.GRAMMARS) {
                        String form = messages.get("actor." + label + "." + other);
                        if (!other.equals(grammar) && !form.equals(messages.get("actor." + label + "." + grammar))) {
                            assertFalse(labels.contains(form), file.getFileName() + " (" + grammar + "): «" + form + "»");
                        }
                    }
                }
                pages++;
            }
        }
        assertEquals(true, pages > 20, "actor pages read: " + pages);
    }

    private static List<String> labels(Document page) {
        List<String> labels = new ArrayList<>(page.select("main h2").eachText());
        labels.addAll(page.select(".factbox dt").eachText());
        return labels;
    }

    private Document page(String path) {
        try {
            return Jsoup.parse(project.output().resolve(path).toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
