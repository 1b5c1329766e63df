package org.terrortrade.model;

import java.util.List;

/**
 * The relation kinds, the grammars of a relation's subject and the tenses of a relation. Shown, a relation is a verb
 * (interface text, {@code words.ModelWords}) that agrees with its subject's grammatical gender and number (an actor's
 * {@code grammar}: masculine, feminine or plural; non-human plurals such as «السلطات» take the feminine) and keeps the
 * relation's tense: {@code present} for what the article tells as current, {@code past} for finished history.
 */
public final class RelationKinds {
    public static final List<String> GRAMMARS = List.of("masculine", "feminine", "plural");
    public static final List<String> TENSES = List.of("present", "past");

    /** Typed, directed relations from one actor to another, in the order editors see them listed. */
    public static final List<String> KINDS = List.of("ally", "cooperates", "needs-partner", "supports", "supplies", "asks",
            "urges", "pressures", "accuses", "confronts", "coalition-against", "fights", "joins-strikes", "strikes", "attacks",
            "threatens", "adversary", "wary-of", "leads", "speaks-for", "part-of");

    private RelationKinds() {
    }

    /** Hostile relations are drawn in the accent colour on the map. */
    public static boolean hostile(String kind) {
        return switch (kind) {
            case "accuses", "confronts", "coalition-against", "fights", "joins-strikes", "strikes", "attacks", "threatens",
                    "adversary", "wary-of", "pressures" -> true;
            default -> false;
        };
    }
}
