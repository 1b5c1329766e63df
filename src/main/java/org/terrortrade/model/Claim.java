package org.terrortrade.model;

import java.util.List;

/**
 * One statement on a derived page: what it says, the article paragraphs that say it, and whose statement it is.
 * {@code voice} is {@code article} (the article states it in its own narration), {@code author} (the author's own
 * judgement) or {@code attributed} (someone the article names says it: {@code by} is that actor's slug).
 * {@code checked} is an editor's note confirming a claim the hedge check flagged (for reviewers, not shown).
 * {@code note} is the editors' own remark beside the claim (that an offer is not said to have happened, that a word is
 * vague): never part of what the article says, shown apart as «ملاحظة المحرّرين». {@code line} is where it is written.
 */
public record Claim(String text, List<Integer> cite, String voice, String by, String checked, String note, int line) {
    public static final String ARTICLE = "article";
    public static final String AUTHOR = "author";
    public static final String ATTRIBUTED = "attributed";

    /** The voices a claim may take, in the order CONTRIBUTING.md explains them. */
    public static final List<String> VOICES = List.of(ARTICLE, AUTHOR, ATTRIBUTED);

    /** A claim without an editors' note. */
    public Claim(String text, List<Integer> cite, String voice, String by, String checked, int line) {
        this(text, cite, voice, by, checked, null, line);
    }

    public boolean isAttributed() {
        return ATTRIBUTED.equals(voice);
    }
}
