package org.terrortrade.provenance;

import org.terrortrade.schema.Typos;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.terrortrade.problem.Problems;
import org.terrortrade.text.AliasMatcher;
import org.terrortrade.model.ArticleParagraphs;
import org.terrortrade.model.Claim;

/**
 * Whose words a claim is, checked against the article: an attributed claim names an actor its cited paragraphs
 * mention; a quotation occurs word for word in a cited paragraph; the article's own quotations are not restated
 * without quotation marks; and a claim in the article's plain voice does not restate a sentence that the article
 * attributes or hedges («وفقًا لـ», «تزعم», «ما وصفته», «يُقدَّر», «يتعين»…) unless it keeps that attribution or hedge.
 */
final class ClaimChecker {
    private final Map<Integer, List<SentenceHedge>> hedgesInParagraph = new HashMap<>();
    /**
     * Words that make a sentence of the article someone's claim, an estimate or the author's judgement (without
     * tashkeel), in families of one meaning: a claim that restates such a sentence keeps a word of the same family
     * («تزعم» for «مزاعمها»), or says whose words they are («بحسب»…), or changes its voice.
     */
    static final List<List<String>> HEDGES = List.of(
            List.of("وفقا ل", "بحسب"),
            List.of("تزعم", "يزعم", "مزاعم", "مزعوم", "المزعوم"),
            List.of("اتهمت", "اتهام", "متهمة"),
            List.of("وصف", "تصف", "يصف"),
            List.of("يقدر", "تقدير", "تقدر"),
            List.of("قد يكون", "قد يؤدي"),
            List.of("يعتقدون", "يعتقد"),
            List.of("يتعين", "يجب", "ينبغي"),
            List.of("يعرف", "يعرّف", "تعريف"),
            List.of("تعلن", "أعلنت", "إعلان"),
            List.of("يقول", "يضيف", "تقول", "قال"),
            List.of("يرى", "تراه", "ترى", "يرون"),
            List.of("أكدت", "تؤكد", "يؤكد"),
            List.of("مشيرا", "أشار"),
            List.of("تعد", "يعد"));
    /**
     * Words by which the article reports what someone says, announces or writes (without tashkeel): an attributed
     * claim needs one of them in a clause of a cited paragraph that names its source. The author's reading of
     * someone's views or motives («يرى», «تراه», «يعتقدون», «تريد») is not among them: it is the author's voice.
     */
    static final List<String> REPORTING = List.of("قال", "يقول", "تقول", "يضيف", "تضيف", "أضاف", "أعلن", "تعلن", "يعلن",
            "وفقا ل", "بحسب", "أكد", "تؤكد", "يؤكد", "وصف", "تصف", "يصف", "مشيرا", "أشار", "صرح", "الصادرة عن",
            "تقرير", "تقارير", "تزعم", "يزعم", "مزاعم");
    /** Words by which a claim says whose words it restates, whatever the hedge was. */
    private static final List<String> KEPT = List.of("بحسب", "وفقا ل", "يستند", "ينقل");
    /** How many words in a row of an article quotation make a restatement of it. */
    static final int QUOTE_RUN = 4;
    /** A claim restates a sentence when it shares this many content words with it, and at least this share of its own. */
    private static final int SHARED_WORDS = 3;
    private static final double SHARED_SHARE = 0.4;
    /** A word used in this many paragraphs or more is too common to show a restatement. */
    private static final int COMMON_IN_PARAGRAPHS = 4;

    private final ArticleParagraphs article;
    private final SharedInputs shared;
    private final Problems problems;
    private final Map<String, AliasMatcher<String>> namesOf = new HashMap<>();
    /** The article's other spelling of a name → the one the site writes in its own voice. */
    private final AliasMatcher<String> otherSpellings = new AliasMatcher<>();
    private final List<List<String>> articleQuotations = new ArrayList<>();
    /** Words most paragraphs use (باكستان، الولايات المتحدة، داعش): sharing them shows no restatement. */
    private final Set<String> common;

    /** @param shared all it reads of the model */
    ClaimChecker(SharedInputs shared, Problems problems) {
        this.article = shared.paragraphs();
        this.shared = shared;
        this.problems = problems;
        shared.spellings().forEach(otherSpellings::add);
        Map<String, Integer> paragraphsUsing = new HashMap<>();
        for (int n = 1; n <= article.count(); n++) {
            ClaimText.contentWords(article.text(n)).forEach(word -> paragraphsUsing.merge(word, 1, Integer::sum));
        }
        common = new java.util.HashSet<>();
        paragraphsUsing.forEach((word, count) -> {
            if (count >= COMMON_IN_PARAGRAPHS) {
                common.add(word);
            }
        });
        for (int n = 1; n <= article.count(); n++) {
            for (String quote : ClaimText.quotations(article.text(n))) {
                List<String> words = ClaimText.words(quote);
                if (words.size() >= QUOTE_RUN) {
                    articleQuotations.add(words);
                }
            }
        }
    }

    /**
     * What a voice phrase already says, by voice: a claim shown as «يذكر المقال: …» does not say «المقال» again in its
     * own words, «يرى الكاتب: …» does not say «الكاتب», and «بحسب X: …» does not open with «بحسب» or «وفقًا لـ».
     * An editors' remark about the article («ولا يذكر المقال أنه تحقق») belongs in the claim's {@code note}.
     */
    static final Map<String, List<String>> VOICE_WORDS = Map.of(
            Claim.ARTICLE, List.of("المقال"),
            Claim.AUTHOR, List.of("الكاتب", "المقال"));
    static final List<String> ATTRIBUTION_OPENINGS = List.of("بحسب", "وفقا ل");
    /** Verbs of saying that, beside the source's own name, say again what «بحسب X:» says («بحسب X: يقول X…»). */
    static final List<String> SAYING = List.of("قال", "يقول", "تقول", "يضيف", "تضيف", "أضاف", "أعلن", "تعلن", "يعلن",
            "وفقا ل", "بحسب", "أكد", "تؤكد", "يؤكد", "تزعم", "يزعم", "صرح", "مشيرا");

    /** All the voice and quotation checks of one claim written in {@code path}. */
    void check(Claim claim, String path, String field) {
        voice(claim, path, field);
        voiceRepeated(claim, path, field);
        if (claim.note() != null) {
            spelling(claim.note(), claim.line(), path, field);
            quotations(claim.note(), claim.cite(), claim.line(), path, field);
            unquoted(claim.note(), claim.line(), path, field);
        }
        spelling(claim.text(), claim.line(), path, field);
        quotations(claim.text(), claim.cite(), claim.line(), path, field);
        unquoted(claim.text(), claim.line(), path, field);
        if (hedgeCheckApplies(claim)) {
            hedges(claim, path, field);
        }
    }

    /** A claim does not repeat its own voice phrase («يذكر المقال: … يذكر المقال أن…», «بحسب الوزارة: وفقًا للوزارة…»). */
    void voiceRepeated(Claim claim, String path, String field) {
        String own = ClaimText.outsideQuotations(claim.text());
        for (String word : VOICE_WORDS.getOrDefault(claim.voice(), List.of())) {
            if (ClaimText.words(own).stream().anyMatch(w -> w.equals(word) || w.length() == word.length() + 1
                    && w.endsWith(word) && "وفبلك".indexOf(w.charAt(0)) >= 0 || w.equals("لل" + word.substring(2)))) {
                problems.report(path, claim.line(), "voice-repeated", "voice-repeated", field, word);
                return;
            }
        }
        if (claim.isAttributed() && shared.actor(claim.by()) != null) {
            AliasMatcher<String> names = names(shared.actor(claim.by()));
            for (String clause : ClaimText.clauses(own)) {
                if (!names.find(clause).isEmpty()) {
                    String saying = SAYING.stream().filter(w -> ClaimText.hasWordStarting(clause, w)).findFirst().orElse(null);
                    if (saying != null) {
                        problems.report(path, claim.line(), "voice-repeated", "voice-repeated", field, saying);
                        return;
                    }
                }
            }
        }
        if (claim.isAttributed()) {
            List<String> words = ClaimText.words(claim.text());
            String opening = words.isEmpty() ? "" : words.get(0) + (words.size() > 1 ? " " + words.get(1) : "");
            for (String word : ATTRIBUTION_OPENINGS) {
                if (ClaimText.hasWordStarting(opening, word) && opening.startsWith(word.substring(0, 2))) {
                    problems.report(path, claim.line(), "voice-repeated", "voice-repeated", field, words.get(0));
                    return;
                }
            }
        }
    }

    /** In its own words the site writes a name one way, even where the article writes it two («خراسان», «خوراسان»). */
    void spelling(String text, int line, String path, String field) {
        for (AliasMatcher.Match<String> match : otherSpellings.find(ClaimText.outsideQuotations(text))) {
            problems.report(path, line, "site-spelling", "site-spelling", field, match.target(),
                    ClaimText.outsideQuotations(text).substring(match.start(), match.end()));
        }
    }

    private void voice(Claim claim, String path, String field) {
        if (!claim.isAttributed()) {
            if (claim.by() != null) {
                problems.report(path, claim.line(), "by-without-attribution", "by-without-attribution", field);
            }
            return;
        }
        if (claim.by() == null) {
            problems.report(path, claim.line(), "attribution-without-source", "attribution-without-source", field);
            return;
        }
        SharedInputs.ActorNames source = shared.actor(claim.by());
        if (source == null) {
            String suggestion = Typos.closest(claim.by(), shared.actors().stream().map(SharedInputs.ActorNames::slug).toList());
            problems.report(path, claim.line(), "unknown-actor", suggestion == null ? "unknown-actor.by" : "unknown-actor.by-suggestion",
                    field, claim.by(), suggestion);
            return;
        }
        AliasMatcher<String> names = names(source);
        boolean named = claim.cite().stream().filter(article::exists).anyMatch(n -> !names.find(article.text(n)).isEmpty());
        if (!named) {
            problems.report(path, claim.line(), "attribution-not-in-cited", "attribution-not-in-cited", field, source.title(), claim.cite());
            return;
        }
        if (!reported(claim.cite(), names)) {
            problems.report(path, claim.line(), "attribution-not-reported", "attribution-not-reported", field, source.title(), claim.cite());
        }
        reportedWords(claim, path, field);
    }

    private AliasMatcher<String> names(SharedInputs.ActorNames source) {
        return namesOf.computeIfAbsent(source.slug(), slug -> {
            AliasMatcher<String> matcher = new AliasMatcher<>();
            matcher.add(source.title(), slug);
            source.aliases().forEach(alias -> matcher.add(alias, slug));
            return matcher;
        });
    }

    /**
     * Whether a cited paragraph reports someone named by {@code names}: one of its clauses names them and holds a
     * reporting word («ويقول الفريق…», «وفقًا لوزارة الخارجية…», «تُعلن باكستان…», «مثل تلك الصادرة عن…»).
     */
    boolean reported(List<Integer> cite, AliasMatcher<String> names) {
        for (int n : cite) {
            if (!article.exists(n)) {
                continue;
            }
            for (String clause : ClaimText.clauses(article.text(n))) {
                if (!names.find(clause).isEmpty() && REPORTING.stream().anyMatch(word -> ClaimText.hasWordStarting(clause, word))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Under an attribution, «…» reads as the source's exact words: each quotation of an attributed claim must be
     * words the article itself quotes (inside its quotation marks in a cited paragraph), not words it reports.
     */
    private void reportedWords(Claim claim, String path, String field) {
        List<String> quoted = new ArrayList<>();
        claim.cite().stream().filter(article::exists).forEach(n -> quoted.addAll(ClaimText.quotations(article.text(n))));
        for (String quote : ClaimText.quotations(claim.text())) {
            if (ClaimText.plain(quote).isBlank()) {
                continue;
            }
            boolean inArticle = claim.cite().stream().filter(article::exists).anyMatch(n -> ClaimText.occursIn(quote, article.text(n)));
            if (inArticle && quoted.stream().noneMatch(q -> ClaimText.occursIn(quote, q))) {
                problems.report(path, claim.line(), "reported-not-quoted", "reported-not-quoted", field, quote);
            }
        }
    }

    /** Every quotation must occur word for word in one of the paragraphs given (all of them when {@code cite} is empty). */
    void quotations(String text, List<Integer> cite, int line, String path, String field) {
        for (ClaimReview.Quotation quote : quotationsOf(text, cite)) {
            if (!quote.found()) {
                problems.report(path, line, "misquoted", cite.isEmpty() ? "misquoted" : "misquoted.cited", field, quote.text(), cite);
            }
        }
    }

    /** Each quotation of {@code text} with the first of the paragraphs given (all when {@code cite} is empty) that has it word for word. */
    List<ClaimReview.Quotation> quotationsOf(String text, List<Integer> cite) {
        List<Integer> paragraphs = cite.isEmpty() ? allParagraphs() : cite.stream().filter(article::exists).toList();
        List<ClaimReview.Quotation> found = new ArrayList<>();
        for (String quote : ClaimText.quotations(text)) {
            if (ClaimText.plain(quote).isBlank()) {
                continue;
            }
            int in = paragraphs.stream().filter(n -> ClaimText.occursIn(quote, article.text(n))).findFirst().orElse(0);
            found.add(new ClaimReview.Quotation(quote, in));
        }
        return found;
    }

    /** The article's own quotations stay quotations: four of their words in a row, outside «…», restate them. */
    void unquoted(String text, int line, String path, String field) {
        List<String> words = ClaimText.words(ClaimText.outsideQuotations(text));
        String own = " " + String.join(" ", words) + " ";
        for (List<String> quotation : articleQuotations) {
            for (int i = 0; i + QUOTE_RUN <= quotation.size(); i++) {
                String run = String.join(" ", quotation.subList(i, i + QUOTE_RUN));
                if (own.contains(" " + run + " ")) {
                    problems.report(path, line, "unquoted-quotation", "unquoted-quotation", field, String.join(" ", quotation));
                    return;
                }
            }
        }
    }

    private void hedges(Claim claim, String path, String field) {
        hedgesOf(claim).stream().filter(h -> h.status() == ClaimReview.HedgeStatus.DROPPED).findFirst().ifPresent(h ->
                problems.report(path, claim.line(), "hedge-dropped", "hedge-dropped", field, h.paragraph(), h.word(), h.scope()));
    }

    /**
     * Every hedge or attribution word in the sentences a claim cites, and what the claim did with it: kept a word of its
     * family, said whose words it restates, did not restate what the word governs, or dropped it (what the hedge check
     * reports, the first one, for a claim in the article's voice).
     */
    List<ClaimReview.Hedge> hedgesOf(Claim claim) {
        // A hedge kept inside a quotation is kept too: «فروسيا تراه تهديدًا خطيرًا» still says whose view it is.
        String text = claim.text();
        boolean sourceNamed = KEPT.stream().anyMatch(k -> ClaimText.hasWordStarting(text, k));
        Set<String> claimWords = new java.util.HashSet<>(ClaimText.contentWords(text));
        claimWords.removeAll(common);
        List<ClaimReview.Hedge> found = new ArrayList<>();
        for (int n : claim.cite()) {
            if (!article.exists(n)) {
                continue;
            }
            for (SentenceHedge at : hedgesIn(n)) {
                ClaimReview.HedgeStatus status;
                if (at.family().stream().anyMatch(h -> ClaimText.hasWordStarting(text, h))) {
                    status = ClaimReview.HedgeStatus.KEPT;
                } else if (sourceNamed) {
                    status = ClaimReview.HedgeStatus.SOURCE_NAMED;
                } else {
                    long shared = at.scopeWords().stream().filter(claimWords::contains).count();
                    status = shared < SHARED_WORDS || shared < SHARED_SHARE * claimWords.size()
                            ? ClaimReview.HedgeStatus.NOT_RESTATED : ClaimReview.HedgeStatus.DROPPED;
                }
                found.add(new ClaimReview.Hedge(n, at.word(), at.sentence(), at.scope(), status));
            }
        }
        return found;
    }

    /** A hedge or attribution word in a sentence of the article and what it governs: the same for every claim citing it. */
    private record SentenceHedge(List<String> family, String word, String sentence, String scope, Set<String> scopeWords) {
    }

    /** The hedges of paragraph {@code n}'s sentences, found once per build however many claims cite it. */
    private List<SentenceHedge> hedgesIn(int n) {
        return hedgesInParagraph.computeIfAbsent(n, paragraph -> {
            List<SentenceHedge> list = new ArrayList<>();
            for (String sentence : ClaimText.sentences(article.text(paragraph))) {
                for (List<String> family : HEDGES) {
                    String hedge = family.stream().filter(h -> ClaimText.hasWordStarting(sentence, h)).findFirst().orElse(null);
                    if (hedge == null) {
                        continue;
                    }
                    List<String> others = HEDGES.stream().filter(f -> f != family).flatMap(List::stream).toList();
                    String scope = ClaimText.scopeOf(sentence, hedge, others);
                    scope = scope.isEmpty() ? scope : scope.substring(0, scope.length() - 1).strip();
                    list.add(new SentenceHedge(family, ClaimText.wordStarting(sentence, hedge), sentence, scope,
                            ClaimText.contentWords(scope)));
                }
            }
            return List.copyOf(list);
        });
    }

    /** Whether the hedge check applies to a claim: it is in the article's voice and no editor has confirmed it. */
    static boolean hedgeCheckApplies(Claim claim) {
        return Claim.ARTICLE.equals(claim.voice()) && claim.checked() == null;
    }

    /** A claim as the checks saw it, with the problems they reported for it ({@link ClaimReview}). */
    ClaimReview review(Claim claim, String path, String field, List<org.terrortrade.problem.Problem> verdicts) {
        Set<String> claimWords = ClaimText.contentWords(claim.text());
        List<ClaimReview.Cited> cited = claim.cite().stream().map(n -> article.exists(n)
                ? new ClaimReview.Cited(n, true, ClaimText.marked(article.text(n), claimWords))
                : new ClaimReview.Cited(n, false, List.of())).toList();
        return new ClaimReview(path, field, claim, cited, quotationsOf(claim.text(), claim.cite()), hedgesOf(claim),
                hedgeCheckApplies(claim), List.copyOf(verdicts));
    }

    private List<Integer> allParagraphs() {
        List<Integer> all = new ArrayList<>();
        for (int n = 1; n <= article.count(); n++) {
            all.add(n);
        }
        return all;
    }
}
