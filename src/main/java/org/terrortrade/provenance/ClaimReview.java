package org.terrortrade.provenance;

import java.util.List;

import org.terrortrade.problem.Problem;
import org.terrortrade.model.Claim;

/**
 * What the provenance checks computed for one claim, kept for a reviewer instead of thrown away: the paragraphs it
 * cites with the words it shares with them, each quotation and where it was found word for word, each hedge or
 * attribution of the cited sentences and whether the claim keeps it, and the problems the checks reported.
 *
 * @param path       the file the claim is written in
 * @param field      the front-matter field that holds it
 * @param claim      the claim
 * @param cited      its cited paragraphs, in the order it cites them
 * @param quotations its quotations
 * @param hedges     the hedges of its cited sentences
 * @param hedgeCheck whether the hedge check applies (a claim in the article's voice without a {@code checked} note)
 * @param verdicts   the problems the checks reported for it (none: it passed every check)
 */
public record ClaimReview(String path, String field, Claim claim, List<Cited> cited, List<Quotation> quotations, List<Hedge> hedges,
        boolean hedgeCheck, List<Problem> verdicts) {

    /** Whether every check passed. */
    public boolean passes() {
        return verdicts.isEmpty();
    }

    /** A cited paragraph: its number, whether the article has it, and its text in pieces, shared words apart. */
    public record Cited(int number, boolean exists, List<Span> text) {
    }

    /** A piece of a paragraph; {@code shared} when it is a word the claim uses too. */
    public record Span(String text, boolean shared) {
    }

    /** A quotation of the claim and the cited paragraph it occurs in word for word (0: none). */
    public record Quotation(String text, int foundIn) {
        public boolean found() {
            return foundIn > 0;
        }
    }

    /** What a claim did with a hedge or attribution word of a sentence it cites. */
    public enum HedgeStatus {
        /** The claim has a word of the same family («تزعم» for «مزاعم»). */
        KEPT,
        /** The claim says whose words it restates («بحسب», «وفقًا لـ»…). */
        SOURCE_NAMED,
        /** The claim does not restate what the hedge governs. */
        NOT_RESTATED,
        /** The claim restates what the hedge governs without it. */
        DROPPED;

        /** The name a template compares against. */
        public String getName() {
            return name();
        }
    }

    /**
     * A hedge of a cited sentence: the paragraph, the word as the article writes it, the sentence, the part of it the
     * word governs, and what the claim did with it.
     */
    public record Hedge(int paragraph, String word, String sentence, String scope, HedgeStatus status) {
    }
}
