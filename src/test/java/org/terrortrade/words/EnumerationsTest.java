package org.terrortrade.words;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.terrortrade.model.ActorKinds;
import org.terrortrade.model.Claim;
import org.terrortrade.model.ExchangeStatuses;
import org.terrortrade.model.Source;
import org.terrortrade.text.Messages;

/**
 * Every value an enumeration of the model allows (and a schema accepts) has its words in the bundle, so a page never
 * shows a raw key; an unknown value is an error, not a silent fallback.
 */
@Tag("unit")
class EnumerationsTest {
    private static final Messages ARABIC = Messages.forLanguage("ar");

    @Test
    void everyAllowedValueHasItsLabel() {
        for (String kind : ActorKinds.KINDS) {
            assertLabelled(ModelWords.actorKind(ARABIC, kind), kind);
            assertLabelled(ModelWords.actorKindPlural(ARABIC, kind), kind);
        }
        for (String status : ExchangeStatuses.ALL) {
            assertLabelled(ModelWords.status(ARABIC, status), status);
        }
        Claim claim = new Claim("…", List.of(1), Claim.ARTICLE, null, null, 1);
        for (String kind : Source.KINDS) {
            assertLabelled(ModelWords.sourceKind(ARABIC, new Source("م", null, kind, null, claim, 1).kind()), kind);
        }
    }

    @Test
    void anUnknownValueIsAnErrorNotItsKey() {
        assertThrows(RuntimeException.class, () -> ModelWords.actorKind(ARABIC, "planet"));
        assertThrows(RuntimeException.class, () -> ModelWords.status(ARABIC, "stolen"));
    }

    private static void assertLabelled(String label, String value) {
        assertFalse(label.isBlank() || label.equals(value) || label.matches("[a-z.-]+"), value + " has no label: " + label);
    }
}
