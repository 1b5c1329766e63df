package org.terrortrade.words;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.terrortrade.model.RelationKinds;
import org.terrortrade.text.Messages;

/** Relation verbs agree with their subject (باكستان تتهم، الغرب يتهم، الانفصاليون يتهمون) and keep their tense. */
@Tag("unit")
class RelationWordsTest {
    private static final Messages ARABIC = Messages.forLanguage("ar");

    @ParameterizedTest(name = "{0} {1} {2} → {3}")
    @CsvSource({
        "accuses,    feminine,  present, تتهم",
        "accuses,    masculine, present, يتهم",
        "accuses,    plural,    present, يتهمون",
        "accuses,    feminine,  past,    اتهمت",
        "accuses,    masculine, past,    اتهم",
        "accuses,    plural,    past,    اتهموا",
        "wary-of,    feminine,  present, تقلق من",
        "supplies,   feminine,  present, تزوّد",
        "ally,       feminine,  past,    تحالفت مع",
        "leads,      masculine, past,    قاد",
        "part-of,    masculine, present, جزء من",
        "part-of,    plural,    past,    كانوا جزءًا من",
        "speaks-for, plural,    present, يتحدثون باسم",
        "joins-strikes, feminine, past,  شاركت في ضربات ضد",
        "strikes,    feminine,  past,    شنّت ضربات ضد",
        "confronts,  masculine, past,    واجه",
        "coalition-against, plural, present, يتحالفون ضد",
        "needs-partner, feminine, past,  أكدت حاجتها لشراكة مع",
        "urges,      masculine, present, يدعو",
    })
    void agreesWithTheSubjectAndKeepsTheTense(String kind, String grammar, String tense, String expected) {
        assertEquals(expected, ModelWords.relation(ARABIC, kind, grammar, tense));
    }

    /** Every kind has six forms, and a feminine, a masculine and a plural subject each get their own present verb. */
    @ParameterizedTest
    @MethodSource("kinds")
    void everyKindHasAFormForEachSubjectAndTense(String kind) {
        String feminine = ModelWords.relation(ARABIC, kind, "feminine", "present");
        String masculine = ModelWords.relation(ARABIC, kind, "masculine", "present");
        String plural = ModelWords.relation(ARABIC, kind, "plural", "present");
        if (!kind.equals("part-of")) { // a noun, «جزء من», agrees with no one in the present
            assertTrue(feminine.startsWith("ت"), kind + ": feminine present " + feminine);
            assertTrue(masculine.startsWith("ي"), kind + ": masculine present " + masculine);
            assertTrue(plural.split(" ")[0].endsWith("ون"), kind + ": plural present " + plural);
        }
        for (String grammar : RelationKinds.GRAMMARS) {
            String past = ModelWords.relation(ARABIC, kind, grammar, "past");
            assertNotEquals(ModelWords.relation(ARABIC, kind, grammar, "present"), past, kind + " " + grammar + ": past differs");
            assertTrue(grammar.equals("plural") == past.split(" ")[0].endsWith("وا"), kind + " " + grammar + ": " + past);
        }
        assertTrue(ModelWords.relation(ARABIC, kind, "feminine", "past").split(" ")[0].endsWith("ت"), kind);
    }

    static java.util.stream.Stream<String> kinds() {
        return RelationKinds.KINDS.stream();
    }

    @Test
    void refusesAKindOrGrammarItDoesNotKnow() {
        assertThrows(IllegalArgumentException.class, () -> ModelWords.relation(ARABIC, "likes", "feminine", "present"));
        assertThrows(IllegalArgumentException.class, () -> ModelWords.relation(ARABIC, "accuses", "neuter", "present"));
    }
}
