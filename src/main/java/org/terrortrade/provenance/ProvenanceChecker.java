package org.terrortrade.provenance;

import org.terrortrade.schema.Typos;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.terrortrade.text.ArabicText;
import org.terrortrade.problem.EditorText;
import org.terrortrade.problem.Problem;
import org.terrortrade.problem.Problems;
import org.terrortrade.content.SourceFile;
import org.terrortrade.text.AliasMatcher;
import org.terrortrade.text.ArabicNormalizer;
import org.terrortrade.text.TitleIdentity;
import org.terrortrade.model.Actor;
import org.terrortrade.model.ArticleParagraphs;
import org.terrortrade.model.Claim;
import org.terrortrade.model.Numbers;
import org.terrortrade.model.SiteModel;
import org.terrortrade.model.Term;

/**
 * What makes the derived pages trustworthy, checked on every build: each cited paragraph exists; every number or
 * year on a derived item occurs in a paragraph the item cites (unless the item says how it was computed); each claim's
 * voice, quotations and hedges are the article's ({@link ClaimChecker}); a general gloss names nothing
 * ({@link GlossChecker}); every actor and term named in a relation, event or link exists; every alias is spelled as
 * the article spells it.
 */
public final class ProvenanceChecker {
    private final ArticleParagraphs article;
    private final Problems problems;
    /** Each cited paragraph's numbers, found once per build: every claim citing a paragraph asks for them. */
    private final Map<Integer, List<String>> numbersInParagraph = new java.util.HashMap<>();
    private String path;
    private ClaimChecker claims;
    private GlossChecker glosses;
    private Set<String> actorSlugs = Set.of();
    private Set<String> termSlugs = Set.of();
    private String articlePath = "content/article.md";
    private int articlePlacesLine = 1;
    private Set<String> inArticle = Set.of();
    /** Told what the checks found for each claim (a reviewer's page); null when nobody asks. */
    private java.util.function.Consumer<ClaimReview> reviews;
    /** Claims checked so far, reviewed once every check has run (a type may check a claim's numbers after its voice). */
    private final List<Pending> pending = new java.util.ArrayList<>();
    /** A warm builder's verdicts of last time ({@link #remembering}); null when every file is checked. */
    private CheckedBefore before;

    private record Pending(Claim claim, String path, String field, int before) {
    }

    public ProvenanceChecker(ArticleParagraphs article, Problems problems) {
        this.article = article;
        this.problems = problems;
    }

    /**
     * Tells {@code reviews} what the checks computed for each claim they check ({@link ClaimReview}): the review page
     * shows it beside the claim. Returns this checker.
     */
    public ProvenanceChecker reviewing(java.util.function.Consumer<ClaimReview> reviews) {
        this.reviews = reviews;
        return this;
    }

    /**
     * Reuses the verdicts of last time for every file that is unchanged while what its checks read of the model is
     * unchanged too ({@link CheckedBefore}); not while reviewing, which needs every claim's checks to run. Returns
     * this checker.
     */
    public ProvenanceChecker remembering(CheckedBefore before) {
        this.before = before;
        return this;
    }

    /** The provenance rules of one file: its content type's ({@code ContentType.checkProvenance}). */
    public interface Rules {
        void check(SourceFile file, SiteModel model, ProvenanceChecker check);

        /**
         * What the rules read of the model for {@code file} besides {@link SharedInputs}, as a value compared with
         * {@code equals} ({@code ContentType.provenanceRecords}).
         */
        Object records(SourceFile file, SiteModel model);
    }

    /** Runs every file's rules, then the checks across types (aliases, titles, places). */
    public void check(SiteModel model, List<SourceFile> files, Rules rules) {
        SharedInputs shared = SharedInputs.of(model);
        given(shared);
        CheckedBefore memory = reviews == null ? before : null;
        if (memory != null) {
            memory.begin(shared);
        }
        if (reviews != null) {
            // The reviewer's page needs every claim's checks, in order, on this checker (it keeps them for review).
            for (SourceFile file : files) {
                path = file.path();
                rules.check(file, model, this);
            }
        } else {
            checkEach(model, files, rules, shared, memory);
        }
        // The checks across files read every actor's and term's record, and where the article lists its places.
        Object acrossInputs = List.of(shared, model.getActors(), model.getTerms(), articlePath, articlePlacesLine);
        List<Problem> across = memory == null ? null : memory.acrossFiles(acrossInputs);
        if (across != null) {
            across.forEach(problems::add);
        } else {
            int from = problems.size();
            aliases(model);
            if (memory != null) {
                memory.rememberAcrossFiles(acrossInputs, problems.since(from));
            }
        }
        if (memory != null) {
            memory.end(files);
        }
        if (reviews != null) {
            reviewAll();
        }
    }

    /** Prepares the checks of files for a model of which they read {@code shared} only. */
    private ProvenanceChecker given(SharedInputs shared) {
        actorSlugs = new HashSet<>();
        shared.actors().forEach(a -> actorSlugs.add(a.slug()));
        termSlugs = new HashSet<>(shared.terms());
        claims = new ClaimChecker(shared, problems);
        glosses = new GlossChecker(shared, problems);
        return this;
    }

    /** One file's verdicts, and whether they were found now (or are last time's). */
    private record FileVerdicts(Object records, List<Problem> problems, boolean found) {
    }

    /**
     * Every file's rules, on every core: files are independent of each other, and each thread checks with a checker
     * of its own (its own problems and caches), so the problems are added in file order, as one thread adds them.
     * A file unchanged since the last build, with its records and the shared inputs, gets last time's verdicts.
     */
    private void checkEach(SiteModel model, List<SourceFile> files, Rules rules, SharedInputs shared, CheckedBefore memory) {
        ThreadLocal<ProvenanceChecker> workers = ThreadLocal.withInitial(() -> new ProvenanceChecker(article, new Problems()).given(shared));
        List<FileVerdicts> verdicts = java.util.stream.IntStream.range(0, files.size()).parallel().mapToObj(i -> {
            SourceFile file = files.get(i);
            Object records = memory == null ? null : rules.records(file, model);
            List<Problem> known = memory == null ? null : memory.of(file, records);
            if (known != null) {
                return new FileVerdicts(records, known, false);
            }
            ProvenanceChecker worker = workers.get();
            int from = worker.problems.size();
            worker.path = file.path();
            rules.check(file, model, worker);
            return new FileVerdicts(records, worker.problems.since(from), true);
        }).toList();
        for (int i = 0; i < files.size(); i++) {
            FileVerdicts file = verdicts.get(i);
            file.problems().forEach(problems::add);
            if (memory != null && file.found()) {
                memory.remember(files.get(i), file.records(), file.problems());
            }
        }
    }

    /** The file the following checks report on. */
    public ProvenanceChecker at(String file) {
        this.path = file;
        return this;
    }

    /**
     * Where the article lists its places (for the report of a place it does not contain); told before {@link #check},
     * which may not run the article's rules.
     */
    public void places(String file, int line) {
        articlePath = file;
        articlePlacesLine = line;
    }

    /** A general gloss of a term names nothing ({@link GlossChecker}). */
    public void gloss(Term term) {
        glosses.check(term);
    }

    /** The slug names an actor of the site. */
    public void knownActor(String slug, int line, String field) {
        known(slug, actorSlugs, line, field, "unknown-actor");
    }

    /** The slug names a glossary term. */
    public void knownTerm(String slug, int line, String field) {
        known(slug, termSlugs, line, field, "unknown-term");
    }

    /** The claim's voice, quotations and hedges are the article's ({@link ClaimChecker}). */
    public void voice(Claim claim, String field) {
        int before = problems.size();
        claims.check(claim, path, field);
        review(claim, field, before);
    }

    /** What {@code text} quotes is in the cited paragraphs. */
    public void quotations(String text, List<Integer> cite, int line, String field) {
        claims.quotations(text, cite, line, path, field);
    }

    /** Names in {@code text} are spelled as the site spells them. */
    public void spelling(String text, int line, String field) {
        claims.spelling(text, line, path, field);
    }

    /**
     * The page frames the article: what its description, subtitle and body (only the headings, for the article
     * itself, whose own words are the source) quote must be in the article, and they may not restate its quotations
     * as their own.
     */
    public void framing(SourceFile file, boolean headingsOnly) {
        path = file.path();
        for (String field : List.of("description", "subtitle")) {
            String text = file.frontMatter().text(field).orElse(null);
            if (text != null) {
                int line = file.frontMatter().keyLine(field);
                claims.quotations(text, List.of(), line, path, field);
                claims.unquoted(text, line, path, field);
            }
        }
        String[] lines = file.body().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (headingsOnly && !lines[i].startsWith("#")) {
                continue;
            }
            claims.quotations(lines[i], List.of(), file.bodyFirstLine() + i, path, EditorText.text("problem.field.body"));
            claims.unquoted(lines[i], file.bodyFirstLine() + i, path, EditorText.text("problem.field.body"));
        }
    }

    /** Every check of a claim: its paragraphs exist, its numbers are theirs, its voice and quotations are right. */
    public void claim(Claim claim, String field) {
        int before = problems.size();
        cited(claim.cite(), claim.line());
        numbers(claim.text(), claim.cite(), claim.line(), field);
        claims.check(claim, path, field);
        review(claim, field, before);
    }

    /** Remembers a checked claim for whoever reviews ({@link #reviewing}). */
    private void review(Claim claim, String field, int before) {
        if (reviews != null) {
            pending.add(new Pending(claim, path, field, before));
        }
    }

    /** Each checked claim with the problems reported on its line from its first check on. */
    private void reviewAll() {
        for (Pending p : pending) {
            List<org.terrortrade.problem.Problem> verdicts = problems.since(p.before()).stream()
                    .filter(problem -> problem.path().equals(p.path()) && problem.line() == p.claim().line()).toList();
            reviews.accept(claims.review(p.claim(), p.path(), p.field(), verdicts));
        }
        pending.clear();
    }

    public void cited(List<Integer> cite, int line) {
        for (int paragraph : cite) {
            if (!article.exists(paragraph)) {
                problems.report(path, line, "missing-paragraph", "missing-paragraph", paragraph, article.count());
            }
        }
    }

    /** Every number in {@code text} must occur among the numbers of the cited paragraphs. */
    public void numbers(String text, List<Integer> cite, int line, String field) {
        Set<String> available = new HashSet<>();
        for (int paragraph : cite) {
            if (article.exists(paragraph)) {
                available.addAll(numbersInParagraph.computeIfAbsent(paragraph, n -> Numbers.in(article.text(n))));
            }
        }
        for (String number : Numbers.in(text)) {
            if (!available.contains(number)) {
                problems.report(path, line, "unsupported-number", "unsupported-number", number, cite);
            }
        }
    }

    /**
     * A ledger item's status badge does not say again what its item's first word says («تخفيض انخفاض المساعدات»):
     * the words each badge already says are {@code status.<status>.same} in the bundle.
     */
    public void badge(String item, String status, int line) {
        String key = "status." + status + ".same";
        if (item == null || status == null || !ArabicText.messages().has(key)) {
            return;
        }
        List<String> words = ClaimText.words(item);
        if (words.isEmpty()) {
            return;
        }
        String first = ArabicNormalizer.withoutArticle(ArabicNormalizer.normalize(words.get(0)));
        for (String same : ArabicText.messages().get(key).split(",")) {
            if (first.equals(ArabicNormalizer.withoutArticle(ArabicNormalizer.normalize(same.strip())))) {
                problems.report(path, line, "badge-repeats-item", "badge-repeats-item", ArabicText.messages().get("status." + status), words.get(0));
                return;
            }
        }
    }

    /** A timeline date's year (and month name, and day) must be in a cited paragraph. */
    public void date(String date, List<Integer> cite, int line) {
        StringBuilder cited = new StringBuilder();
        for (int paragraph : cite) {
            if (article.exists(paragraph)) {
                cited.append(article.text(paragraph)).append(' ');
            }
        }
        Set<String> numbers = new HashSet<>(Numbers.in(cited.toString()));
        String year = date.substring(0, 4);
        if (!numbers.contains(year)) {
            problems.report(path, line, "unsupported-date", "unsupported-date.year", year, cite);
        }
        if (date.length() >= 7) {
            String[] names = ArabicText.monthNames(Integer.parseInt(date.substring(5, 7)));
            String text = cited.toString();
            if (!text.contains(names[0]) && !text.contains(names[1])) {
                problems.report(path, line, "unsupported-date", "unsupported-date.month", names[0], cite);
            }
        }
        if (date.length() == 10 && !numbers.contains(String.valueOf(Integer.parseInt(date.substring(8))))) {
            problems.report(path, line, "unsupported-date", "unsupported-date.day", date.substring(8), cite);
        }
    }

    private void known(String slug, Set<String> slugs, int line, String field, String key) {
        if (!slugs.contains(slug)) {
            String suggestion = Typos.closest(slug, slugs);
            problems.report(path, line, key, suggestion == null ? key : key + ".suggestion", field, slug, suggestion);
        }
    }

    /** An alias must be found in the article as written there, and must not name two things; nor may a title. */
    private void aliases(SiteModel model) {
        // A term may share its title with the actor it describes (شبكة حقاني); two actors or two terms may not.
        Set<String> articleAcronyms = new HashSet<>();
        for (int n = 1; n <= article.count(); n++) {
            java.util.regex.Matcher m = ACRONYM.matcher(article.text(n));
            while (m.find()) {
                articleAcronyms.add(m.group());
            }
        }
        for (Actor actor : model.getActors()) {
            acronyms(actor.nameEn(), articleAcronyms, actor.path(), actor.line("name_en"));
        }
        for (Term term : model.getTerms()) {
            acronyms(term.en(), articleAcronyms, term.path(), term.line("en"));
        }
        Map<String, String> actorTitles = new HashMap<>();
        for (Actor actor : model.getActors()) {
            title(actor.title(), actor.path(), actor.line("title"), actorTitles);
            claims.spelling(actor.title(), actor.line("title"), actor.path(), "title");
        }
        Map<String, String> termTitles = new HashMap<>();
        for (Term term : model.getTerms()) {
            title(term.title(), term.path(), term.line("title"), termTitles);
            claims.spelling(term.title(), term.line("title"), term.path(), "title");
            Actor same = term.actor() == null ? null : model.actor(term.actor());
            if (same != null && !ArabicNormalizer.normalize(same.title()).equals(ArabicNormalizer.normalize(term.title()))) {
                // One entity, one name in the site's voice: the term of an actor is titled as the actor is.
                problems.report(term.path(), term.line("title"), "two-names", "two-names", term.title(), same.title());
            }
        }
        // Which aliases occur in the article: one pass over its paragraphs with every alias at once.
        AliasMatcher<String> every = new AliasMatcher<>();
        model.getActors().forEach(a -> a.aliases().forEach(alias -> every.add(alias, AliasMatcher.canonical(alias))));
        model.getTerms().forEach(t -> t.aliases().forEach(alias -> every.add(alias, AliasMatcher.canonical(alias))));
        List<String> places = model.getArticle() == null ? List.of() : model.getArticle().places();
        places.forEach(place -> every.add(place, AliasMatcher.canonical(place)));
        inArticle = new java.util.HashSet<>();
        for (int n = 1; n <= article.count(); n++) {
            inArticle.addAll(every.everyTargetIn(article.text(n)));
        }
        for (String place : places) {
            if (!inArticle.contains(AliasMatcher.canonical(place))) {
                problems.report(articlePath, articlePlacesLine, "place-not-in-article", "place-not-in-article", place);
            }
        }
        Map<String, String> owners = new HashMap<>();
        for (Actor actor : model.getActors()) {
            path = actor.path();
            for (String alias : actor.aliases()) {
                alias(alias, "actor:" + actor.slug(), owners, actor.line("aliases"));
            }
        }
        for (Term term : model.getTerms()) {
            path = term.path();
            for (String alias : term.aliases()) {
                alias(alias, "term:" + term.slug(), owners, term.line("aliases"));
            }
        }
    }

    /** Latin capitals the article writes as a name («USIP», «TTP», «ISIS-K»): any other acronym is the editors'. */
    private static final java.util.regex.Pattern ACRONYM = java.util.regex.Pattern.compile("\\b[A-Z]{2,}(?:-[A-Z0-9]+)?\\b");

    /** A Latin name carries only the acronyms the article itself writes: none it never uses («CENTCOM»). */
    private void acronyms(String latin, Set<String> inArticle, String file, int line) {
        if (latin == null) {
            return;
        }
        java.util.regex.Matcher m = ACRONYM.matcher(latin);
        while (m.find()) {
            if (!inArticle.contains(m.group())) {
                problems.report(file, line, "acronym-not-in-article", "acronym-not-in-article", m.group());
            }
        }
    }

    /** A copied file whose title was not changed would give two pages one name. */
    private void title(String title, String file, int line, Map<String, String> seen) {
        String first = seen.putIfAbsent(TitleIdentity.key(title), file); // look-alike titles are one title
        if (first != null) {
            problems.report(file, line, "duplicate-title", "duplicate-title", title, first);
        }
    }

    private void alias(String alias, String owner, Map<String, String> owners, int line) {
        String key = ArabicNormalizer.normalize(alias);
        String previous = owners.putIfAbsent(key, owner);
        if (previous != null && !previous.equals(owner)) {
            problems.report(path, line, "duplicate-alias", "duplicate-alias", alias, previous.replace(':', ' '));
            return;
        }
        if (inArticle.contains(AliasMatcher.canonical(alias))) {
            return;
        }
        problems.report(path, line, "alias-not-in-article", "alias-not-in-article", alias);
    }
}
