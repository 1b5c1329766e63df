package org.terrortrade.validate;

import org.terrortrade.types.ContentTypes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrortrade.UnitFiles;
import org.terrortrade.problem.Problem;
import org.terrortrade.problem.Problems;
import org.terrortrade.content.SourceFile;
import org.terrortrade.model.ModelBuilder;
import org.terrortrade.model.SiteModel;

/** The provenance rules on a two-paragraph article and one actor, without building anything. */
@Tag("unit")
class ProvenanceRulesTest {
    private static List<String> problems(Path root, String actorClaims) {
        UnitFiles files = new UnitFiles(root);
        SourceFile article = files.file("content/article.md", "---\ntype: article\ntitle: المقال\ndescription: وصف\n"
                + "disclaimer: تنبيه\ndate: 2026-01-01\n---\nقُتل 40 مقاتلًا عام 2024 في الشمال.\n\nوفي فقرة ثانية نص آخر.\n");
        SourceFile actor = files.file("content/actors/army.md", "---\ntype: actor\ntitle: الجيش\nname_en: Army\nkind: institution\n"
                + "grammar: masculine\ndate: 2026-01-01\n" + actorClaims + "---\n");
        List<SourceFile> all = List.of(article, actor);
        SiteModel model = ContentTypes.standard().model(all);
        Problems problems = new Problems();
        ContentTypes.standard().checkProvenance(model, all, problems);
        return problems.sorted().stream().map(p -> p.path() + ":" + p.line() + ":" + p.key()).toList();
    }

    @Test
    void aClaimThatKeepsToItsParagraphPasses(@TempDir Path root) {
        assertEquals(List.of(), problems(root, "summary:\n  text: \"قُتل 40 مقاتلًا عام 2024.\"\n  cite: [1]\n  voice: article\n"));
    }

    @Test
    void numbersParagraphsAndActorsMustExist(@TempDir Path root) {
        assertEquals(List.of("content/actors/army.md:9:unsupported-number"),
                problems(root, "summary:\n  text: \"قُتل 41 مقاتلًا.\"\n  cite: [1]\n  voice: article\n"));
        assertEquals(List.of("content/actors/army.md:9:missing-paragraph"),
                problems(root.resolve("b"), "summary:\n  text: \"نص آخر.\"\n  cite: [3]\n  voice: article\n"));
        assertEquals(List.of("content/actors/army.md:13:unknown-actor"),
                problems(root.resolve("c"), "summary:\n  text: \"نص آخر.\"\n  cite: [2]\n  voice: article\nrelations:\n"
                        + "  - actor: navy\n    kind: supports\n    when: present\n    text: \"نص آخر.\"\n    cite: [2]\n    voice: article\n"));
    }
}
