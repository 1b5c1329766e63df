package org.terrortrade.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.terrortrade.content.Problems;
import org.terrortrade.link.AliasMatcher;
import org.terrortrade.model.Actor;
import org.terrortrade.model.ArticleParagraphs;
import org.terrortrade.model.Claim;
import org.terrortrade.model.SiteModel;

/**
 * Whose words a claim is, checked against the article: an attributed claim names an actor its cited paragraphs
 * mention; a quotation occurs word for word in a cited paragraph; the article's own quotations are not restated
 * without quotation marks; and a claim in the article's plain voice does not restate a sentence that the article
 * attributes or hedges («وفقًا لـ», «تزعم», «ما وصفته», «يُقدَّر», «يتعين»…) unless it keeps that attribution or hedge.
 */
final class ClaimChecker {
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
    private final SiteModel model;
    private final Problems problems;
    private final Map<String, AliasMatcher<String>> namesOf = new HashMap<>();
    /** The article's other spelling of a name → the one the site writes in its own voice. */
    private final AliasMatcher<String> otherSpellings = new AliasMatcher<>();
    private final List<List<String>> articleQuotations = new ArrayList<>();
    /** Words most paragraphs use (باكستان، الولايات المتحدة، داعش): sharing them shows no restatement. */
    private final Set<String> common;

    ClaimChecker(ArticleParagraphs article, SiteModel model, Problems problems) {
        this.article = article;
        this.model = model;
        this.problems = problems;
        if (model.getArticle() != null) {
            model.getArticle().spellings().forEach(otherSpellings::add);
        }
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

    /** All the voice and quotation checks of one claim written in {@code path}. */
    void check(Claim claim, String path, String field) {
        voice(claim, path, field);
        spelling(claim.text(), claim.line(), path, field);
        quotations(claim.text(), claim.cite(), claim.line(), path, field);
        unquoted(claim.text(), claim.line(), path, field);
        if (Claim.ARTICLE.equals(claim.voice()) && claim.checked() == null) {
            hedges(claim, path, field);
        }
    }

    /** In its own words the site writes a name one way, even where the article writes it two («خراسان», «خوراسان»). */
    void spelling(String text, int line, String path, String field) {
        for (AliasMatcher.Match<String> match : otherSpellings.find(ClaimText.outsideQuotations(text))) {
            problems.add(path, line, "site-spelling", "«" + field + "»: يكتب الموقع «" + match.target() + "» بصوته، لا «"
                            + ClaimText.outsideQuotations(text).substring(match.start(), match.end()) + "»",
                    "اكتب «" + match.target() + "»؛ رسم المقال الآخر يبقى داخل علامتي الاقتباس فقط");
        }
    }

    private void voice(Claim claim, String path, String field) {
        if (!claim.isAttributed()) {
            if (claim.by() != null) {
                problems.add(path, claim.line(), "by-without-attribution",
                        "«" + field + "»: الحقل by لا يُستعمل إلا مع voice: attributed",
                        "إن كان الادعاء منسوبًا إلى أحد فاكتب voice: attributed، وإلا فاحذف السطر by");
            }
            return;
        }
        if (claim.by() == null) {
            problems.add(path, claim.line(), "attribution-without-source",
                    "«" + field + "»: ادعاء منسوب (voice: attributed) دون ذكر صاحبه",
                    "أضف سطرًا «by: …» باسم ملف الفاعل الذي ينسب إليه المقال هذا القول، مثل by: usip");
            return;
        }
        Actor source = model.actor(claim.by());
        if (source == null) {
            String suggestion = Typos.closest(claim.by(), model.getActors().stream().map(Actor::slug).toList());
            problems.add(path, claim.line(), "unknown-actor", "«" + field + "»: الحقل by يذكر فاعلًا غير معروف «" + claim.by() + "»",
                    suggestion != null ? "هل تقصد «" + suggestion + "»؟" : "اكتب اسم ملف موجود في content/actors دون الامتداد .md");
            return;
        }
        AliasMatcher<String> names = namesOf.computeIfAbsent(source.slug(), slug -> {
            AliasMatcher<String> matcher = new AliasMatcher<>();
            matcher.add(source.title(), slug);
            source.aliases().forEach(alias -> matcher.add(alias, slug));
            return matcher;
        });
        boolean named = claim.cite().stream().filter(article::exists).anyMatch(n -> !names.find(article.text(n)).isEmpty());
        if (!named) {
            problems.add(path, claim.line(), "attribution-not-in-cited",
                    "«" + field + "»: الادعاء منسوب إلى «" + source.title() + "» لكن الفقرات المستشهد بها " + claim.cite() + " لا تذكره",
                    "استشهد بالفقرة التي ينسب فيها المقال هذا القول إلى «" + source.title() + "»، أو انسبه إلى من تنسبه إليه الفقرة");
        }
    }

    /** Every quotation must occur word for word in one of the paragraphs given (all of them when {@code cite} is empty). */
    void quotations(String text, List<Integer> cite, int line, String path, String field) {
        List<Integer> paragraphs = cite.isEmpty() ? allParagraphs() : cite.stream().filter(article::exists).toList();
        for (String quote : ClaimText.quotations(text)) {
            if (ClaimText.plain(quote).isBlank()) {
                continue;
            }
            boolean found = paragraphs.stream().anyMatch(n -> ClaimText.occursIn(quote, article.text(n)));
            if (!found) {
                problems.add(path, line, "misquoted", "«" + field + "»: الاقتباس «" + quote + "» لا يرد بنصّه في "
                                + (cite.isEmpty() ? "المقال" : "الفقرات المستشهد بها " + cite),
                        "انقل الكلمات كما وردت في المقال حرفًا بحرف (يجوز حذف التشكيل، ووصل مقطعين بـ…)، أو أزل علامتي الاقتباس وأعد الصياغة بكلماتك");
            }
        }
    }

    /** The article's own quotations stay quotations: four of their words in a row, outside «…», restate them. */
    void unquoted(String text, int line, String path, String field) {
        List<String> words = ClaimText.words(ClaimText.outsideQuotations(text));
        String own = " " + String.join(" ", words) + " ";
        for (List<String> quotation : articleQuotations) {
            for (int i = 0; i + QUOTE_RUN <= quotation.size(); i++) {
                String run = String.join(" ", quotation.subList(i, i + QUOTE_RUN));
                if (own.contains(" " + run + " ")) {
                    problems.add(path, line, "unquoted-quotation", "«" + field + "»: النص يكرر كلمات اقتباس من المقال («"
                                    + String.join(" ", quotation) + "») دون علامتي اقتباس",
                            "ضع كلمات الاقتباس بين «» كما وردت في المقال، فهي قول ينقله المقال لا كلام الموقع");
                    return;
                }
            }
        }
    }

    private void hedges(Claim claim, String path, String field) {
        // A hedge kept inside a quotation is kept too: «فروسيا تراه تهديدًا خطيرًا» still says whose view it is.
        String text = claim.text();
        if (KEPT.stream().anyMatch(k -> ClaimText.hasWordStarting(text, k))) {
            return;
        }
        Set<String> claimWords = new java.util.HashSet<>(ClaimText.contentWords(text));
        claimWords.removeAll(common);
        for (int n : claim.cite()) {
            if (!article.exists(n)) {
                continue;
            }
            for (String sentence : ClaimText.sentences(article.text(n))) {
                for (List<String> family : HEDGES) {
                    String hedge = family.stream().filter(h -> ClaimText.hasWordStarting(sentence, h)).findFirst().orElse(null);
                    if (hedge == null || family.stream().anyMatch(h -> ClaimText.hasWordStarting(text, h))) {
                        continue;
                    }
                    List<String> others = HEDGES.stream().filter(f -> f != family).flatMap(List::stream).toList();
                    String scope = ClaimText.scopeOf(sentence, hedge, others);
                    long shared = ClaimText.contentWords(scope).stream().filter(claimWords::contains).count();
                    if (shared < SHARED_WORDS || shared < SHARED_SHARE * claimWords.size()) {
                        continue;
                    }
                    problems.add(path, claim.line(), "hedge-dropped", "«" + field + "»: الادعاء بصوت المقال (voice: article) يعيد من الفقرة " + n
                                    + " كلامًا فيه نسبة أو تحفّظ («" + hedge + "») أسقطه: «" + scope.substring(0, scope.length() - 1).strip() + "»",
                            "أبقِ النسبة أو التحفّظ في النص، أو اجعل الصوت attributed مع by أو author؛ وإن تأكدت أن الادعاء لا يعيد تلك الجملة فأضف checked: مع السبب");
                    return;
                }
            }
        }
    }

    private List<Integer> allParagraphs() {
        List<Integer> all = new ArrayList<>();
        for (int n = 1; n <= article.count(); n++) {
            all.add(n);
        }
        return all;
    }
}
