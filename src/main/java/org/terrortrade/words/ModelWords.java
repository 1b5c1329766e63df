package org.terrortrade.words;

import org.terrortrade.model.Actor;
import org.terrortrade.model.Claim;
import org.terrortrade.model.RelationKinds;
import org.terrortrade.model.SiteModel;
import org.terrortrade.text.Messages;

/**
 * The model's values in the interface's words. The model keeps values ({@code state}, {@code accuses},
 * {@code given}, {@code report}, {@code attributed}); whatever shows them (the templates through {@code site.UiText},
 * the types' descriptions and search documents, the drawings in {@code svg}, {@code page.PageMeta}, the article's
 * cross-links, the review page) puts them into words here, with the {@link Messages} of its build. The bundle keys of
 * these values are written here and nowhere else.
 */
public final class ModelWords {

    private ModelWords() {
    }

    /** An actor's kind: «دولة» ({@code actor.kind.<kind>}). */
    public static String actorKind(Messages messages, String kind) {
        return messages.get("actor.kind." + kind);
    }

    /** An actor kind in the plural, for the index headings: «الدول» ({@code actor.kind.<kind>.plural}). */
    public static String actorKindPlural(Messages messages, String kind) {
        return messages.get("actor.kind." + kind + ".plural");
    }

    /**
     * The verb of a relation of {@code kind} for a subject of {@code grammar}, in {@code tense}: «تتهم», «اتهمت»,
     * «يتهمون» (the key {@code relation.<kind>.<tense>.<grammar>}). A relation's verb agrees with its subject's
     * grammatical gender and number and keeps the relation's tense (see {@link RelationKinds}).
     */
    public static String relation(Messages messages, String kind, String grammar, String tense) {
        if (!RelationKinds.KINDS.contains(kind)) {
            throw new IllegalArgumentException("unknown relation kind " + kind);
        }
        if (!RelationKinds.GRAMMARS.contains(grammar)) {
            throw new IllegalArgumentException("unknown grammar " + grammar);
        }
        return messages.get("relation." + kind + "." + ("past".equals(tense) ? "past" : "present") + "." + grammar);
    }

    /** A relation kind's short name for a legend: «اتهام», «قتال», «تحالف» ({@code relation.<kind>.legend}). */
    public static String relationLegend(Messages messages, String kind) {
        String key = "relation." + kind + ".legend";
        return messages.has(key) ? messages.get(key) : kind;
    }

    /**
     * Where an item of the aid exchange stands: «طلب», «تخفيض» ({@code status.<status>}); verbal nouns, which need no
     * agreement with the item they describe.
     */
    public static String status(Messages messages, String status) {
        return messages.get("status." + status);
    }

    /** What kind of source a source is ({@code source.kind.<kind>}). */
    public static String sourceKind(Messages messages, String kind) {
        return messages.get("source.kind." + kind);
    }

    /**
     * Whose statement a claim is, in the words a reader sees: «يذكر المقال», «يرى الكاتب», «بحسب باكستان»
     * ({@code voice.<voice>}; an attributed claim names its actor, by the actor's title when the model has it).
     */
    public static String voice(Messages messages, SiteModel model, Claim claim) {
        return switch (claim.voice()) {
            case Claim.AUTHOR -> messages.get("voice.author");
            case Claim.ATTRIBUTED -> {
                Actor actor = model.actor(claim.by());
                yield messages.get("voice.attributed", actor != null ? actor.title() : claim.by());
            }
            default -> messages.get("voice.article");
        };
    }

    /** A claim as one line of text with its voice: «يذكر المقال: …», for descriptions and previews outside the page. */
    public static String voiced(Messages messages, SiteModel model, Claim claim) {
        return voice(messages, model, claim) + messages.get("colon") + " " + claim.text();
    }
}
