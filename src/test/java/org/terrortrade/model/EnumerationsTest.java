package org.terrortrade.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.terrortrade.text.Messages;

/**
 * Each enumeration keeps its allowed values beside their labels: every value a schema accepts has its words in the
 * bundle, so a page never shows a raw key; an unknown value is an error, not a silent fallback.
 */
@Tag("unit")
class EnumerationsTest {
    private static final Messages ARABIC = Messages.forLanguage("ar");

    @Test
    void everyAllowedValueHasItsLabel() {
        for (String kind : ActorKinds.KINDS) {
            assertLabelled(ActorKinds.label(ARABIC, kind), kind);
            assertLabelled(ActorKinds.plural(ARABIC, kind), kind);
        }
        for (String status : ExchangeStatuses.ALL) {
            assertLabelled(ExchangeStatuses.label(ARABIC, status), status);
        }
        Claim claim = new Claim("…", List.of(1), Claim.ARTICLE, null, null, 1);
        for (String kind : Source.KINDS) {
            assertLabelled(new Source("م", null, kind, null, claim, 1).kindLabel(ARABIC), kind);
        }
    }

    @Test
    void anUnknownValueIsAnErrorNotItsKey() {
        assertThrows(RuntimeException.class, () -> ActorKinds.label(ARABIC, "planet"));
        assertThrows(RuntimeException.class, () -> ExchangeStatuses.label(ARABIC, "stolen"));
    }

    private static void assertLabelled(String label, String value) {
        assertFalse(label.isBlank() || label.equals(value) || label.matches("[a-z.-]+"), value + " has no label: " + label);
    }
}
