package org.terrortrade.model;

import java.util.List;

import org.terrortrade.text.ArabicText;
import org.terrortrade.text.Messages;

/**
 * The relation kinds and their verbs (in the bundles, {@code relation.<kind>.*}). A relation's label is a verb that agrees with its subject's grammatical
 * gender and number (an actor's {@code grammar}: masculine, feminine or plural; non-human plurals such as «السلطات»
 * take the feminine) and keeps the relation's tense: {@code present} for what the article tells as current, {@code past}
 * for finished history.
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

    /**
     * The verb of {@code kind} for a subject of {@code grammar}, in {@code tense}: the key
     * {@code relation.<kind>.<tense>.<grammar>} of the bundles.
     */
    public static String label(Messages messages, String kind, String grammar, String tense) {
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("unknown relation kind " + kind);
        }
        if (!GRAMMARS.contains(grammar)) {
            throw new IllegalArgumentException("unknown grammar " + grammar);
        }
        return messages.get("relation." + kind + "." + ("past".equals(tense) ? "past" : "present") + "." + grammar);
    }

    /** In Arabic, for callers that do not yet know the site's language (the model builder). */
    public static String label(String kind, String grammar, String tense) {
        return label(ArabicText.messages(), kind, grammar, tense);
    }

    /** A kind's short name for a legend: «اتهام», «قتال», «تحالف» ({@code relation.<kind>.legend}). */
    public static String legend(Messages messages, String kind) {
        String key = "relation." + kind + ".legend";
        return messages.has(key) ? messages.get(key) : kind;
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
