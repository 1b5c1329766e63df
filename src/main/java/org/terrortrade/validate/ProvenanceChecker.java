package org.terrortrade.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.terrortrade.bake.ArabicText;
import org.terrortrade.content.Problems;
import org.terrortrade.content.SourceFile;
import org.terrortrade.link.AliasMatcher;
import org.terrortrade.link.ArabicNormalizer;
import org.terrortrade.model.Actor;
import org.terrortrade.model.ArticleParagraphs;
import org.terrortrade.model.Claim;
import org.terrortrade.model.ExchangeItem;
import org.terrortrade.model.Figure;
import org.terrortrade.model.Numbers;
import org.terrortrade.model.Relation;
import org.terrortrade.model.SiteModel;
import org.terrortrade.model.Source;
import org.terrortrade.model.Term;
import org.terrortrade.model.TimelineEvent;

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
    private String path;
    private ClaimChecker claims;
    private String articlePath = "content/article.md";
    private int articlePlacesLine = 1;
    private Set<String> inArticle = Set.of();

    public ProvenanceChecker(ArticleParagraphs article, Problems problems) {
        this.article = article;
        this.problems = problems;
    }

    public void check(SiteModel model, List<SourceFile> files) {
        Set<String> actorSlugs = new HashSet<>();
        model.getActors().forEach(a -> actorSlugs.add(a.slug()));
        Set<String> termSlugs = new HashSet<>();
        model.getTerms().forEach(t -> termSlugs.add(t.slug()));
        claims = new ClaimChecker(article, model, problems);
        List<String> places = model.getArticle() == null ? List.of() : model.getArticle().places();
        GlossChecker glosses = new GlossChecker(model, places, problems);

        for (Actor actor : model.getActors()) {
            path = actor.path();
            claim(actor.summary(), "summary");
            if (actor.stance() != null) {
                claim(actor.stance(), "stance");
            }
            actor.gives().forEach(c -> claim(c, "gives"));
            actor.receives().forEach(c -> claim(c, "gets"));
            actor.notes().forEach(c -> claim(c, "notes"));
            for (Relation relation : actor.relations()) {
                claim(relation.claim(), "relations");
                known(relation.to(), actorSlugs, relation.line(), "actor", "unknown-actor", "فاعل");
            }
        }
        for (Term term : model.getTerms()) {
            path = term.path();
            term.says().forEach(c -> claim(c, "says"));
            glosses.check(term);
            term.related().forEach(slug -> known(slug, termSlugs, term.line("related"), "related", "unknown-term", "مصطلح"));
            if (term.actor() != null) {
                known(term.actor(), actorSlugs, term.line("actor"), "actor", "unknown-actor", "فاعل");
            }
        }
        pathOf(files, "timeline");
        for (TimelineEvent event : model.getEvents()) {
            claim(event.claim(), "events");
            date(event.date(), event.cite(), event.line());
            if (event.until() != null) {
                date(event.until(), event.cite(), event.line());
            }
            event.actors().forEach(slug -> known(slug, actorSlugs, event.line(), "actors", "unknown-actor", "فاعل"));
        }
        pathOf(files, "exchange");
        List<ExchangeItem> items = new ArrayList<>(model.getExchange().gives());
        items.addAll(model.getExchange().receives());
        for (ExchangeItem item : items) {
            claims.check(item.claim(), path, "item");
            cited(item.cite(), item.line());
            claims.quotations(item.item(), item.cite(), item.line(), path, "item");
            claims.spelling(item.item(), item.line(), path, "item");
            if (item.computed() == null) {
                for (String text : new String[] {item.item(), item.text(), item.amount(), item.period()}) {
                    numbers(text, item.cite(), item.line(), "item");
                }
            }
            if (item.from() != null) {
                known(item.from(), actorSlugs, item.line(), "from", "unknown-actor", "فاعل");
            }
        }
        for (Figure figure : model.getExchange().figures()) {
            claims.check(figure.claim(), path, "figures");
            cited(figure.cite(), figure.line());
            if (figure.computed() == null) {
                numbers(figure.claim().text(), figure.cite(), figure.line(), "figure");
            }
        }
        pathOf(files, "sources");
        for (Source source : model.getSources()) {
            claim(source.claim(), "sources");
            if (source.actor() != null) {
                known(source.actor(), actorSlugs, source.line(), "actor", "unknown-actor", "فاعل");
            }
        }
        model.getUnsourced().forEach(c -> claim(c, "unsourced"));
        framing(files);
        files.stream().filter(f -> f.type().equals("article")).findFirst().ifPresent(f -> {
            articlePath = f.path();
            articlePlacesLine = f.frontMatter().keyLine("places");
        });
        aliases(model);
    }

    /** Pages whose text frames the article: what they quote must be in it. (The about page quotes the site's own labels.) */
    private static final Set<String> FRAMING = Set.of("home", "actors", "glossary", "timeline", "exchange", "sources");

    /**
     * The bodies and descriptions of the pages that frame the article, and the headings the editors added to the
     * article itself: what they quote must be in the article, and they may not restate its quotations as their own.
     */
    private void framing(List<SourceFile> files) {
        for (SourceFile file : files) {
            boolean article = file.type().equals("article");
            if (!article && !FRAMING.contains(file.type())) {
                continue;
            }
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
                if (article && !lines[i].startsWith("#")) {
                    continue; // the article's own words are the source, not a restatement
                }
                claims.quotations(lines[i], List.of(), file.bodyFirstLine() + i, path, "النص");
                claims.unquoted(lines[i], file.bodyFirstLine() + i, path, "النص");
            }
        }
    }

    private void pathOf(List<SourceFile> files, String type) {
        path = files.stream().filter(f -> f.type().equals(type)).map(SourceFile::path).findFirst().orElse("content/" + type + ".md");
    }

    /** Every check of a claim: its paragraphs exist, its numbers are theirs, its voice and quotations are right. */
    private void claim(Claim claim, String field) {
        cited(claim.cite(), claim.line());
        numbers(claim.text(), claim.cite(), claim.line(), field);
        claims.check(claim, path, field);
    }

    private void cited(List<Integer> cite, int line) {
        for (int paragraph : cite) {
            if (!article.exists(paragraph)) {
                problems.add(path, line, "missing-paragraph", "استشهاد بالفقرة " + paragraph + " وهي غير موجودة في المقال",
                        "فقرات المقال مرقّمة من 1 إلى " + article.count() + "؛ صحّح رقم الفقرة في cite");
            }
        }
    }

    /** Every number in {@code text} must occur among the numbers of the cited paragraphs. */
    private void numbers(String text, List<Integer> cite, int line, String field) {
        Set<String> available = new HashSet<>();
        for (int paragraph : cite) {
            if (article.exists(paragraph)) {
                available.addAll(Numbers.in(article.text(paragraph)));
            }
        }
        for (String number : Numbers.in(text)) {
            if (!available.contains(number)) {
                problems.add(path, line, "unsupported-number",
                        "العدد «" + number + "» غير وارد في الفقرات المستشهد بها " + cite,
                        "انقل العدد كما ورد في المقال واستشهد بالفقرة التي يرد فيها، أو احذفه؛ وإن كان محسوبًا فأضف الحقل computed واشرح طريقة حسابه");
            }
        }
    }

    /** A timeline date's year (and month name, and day) must be in a cited paragraph. */
    private void date(String date, List<Integer> cite, int line) {
        StringBuilder cited = new StringBuilder();
        for (int paragraph : cite) {
            if (article.exists(paragraph)) {
                cited.append(article.text(paragraph)).append(' ');
            }
        }
        Set<String> numbers = new HashSet<>(Numbers.in(cited.toString()));
        String year = date.substring(0, 4);
        if (!numbers.contains(year)) {
            problems.add(path, line, "unsupported-date", "السنة " + year + " غير واردة في الفقرات المستشهد بها " + cite,
                    "استشهد بالفقرة التي تذكر هذا التاريخ أو صحّح التاريخ");
        }
        if (date.length() >= 7) {
            String[] names = ArabicText.monthNames(Integer.parseInt(date.substring(5, 7)));
            String text = cited.toString();
            if (!text.contains(names[0]) && !text.contains(names[1])) {
                problems.add(path, line, "unsupported-date", "الشهر «" + names[0] + "» غير وارد في الفقرات المستشهد بها " + cite,
                        "لا تذكر الشهر إلا إذا ذكره المقال؛ اكتب السنة وحدها");
            }
        }
        if (date.length() == 10 && !numbers.contains(String.valueOf(Integer.parseInt(date.substring(8))))) {
            problems.add(path, line, "unsupported-date", "اليوم " + date.substring(8) + " غير وارد في الفقرات المستشهد بها " + cite,
                    "لا تذكر اليوم إلا إذا ذكره المقال");
        }
    }

    private void known(String slug, Set<String> slugs, int line, String field, String key, String what) {
        if (!slugs.contains(slug)) {
            String suggestion = Typos.closest(slug, slugs);
            problems.add(path, line, key, "الحقل «" + field + "» يذكر " + what + " غير معروف «" + slug + "»",
                    suggestion != null ? "هل تقصد «" + suggestion + "»؟" : "اكتب اسم ملف موجود دون الامتداد .md");
        }
    }

    /** An alias must be found in the article as written there, and must not name two things; nor may a title. */
    private void aliases(SiteModel model) {
        // A term may share its title with the actor it describes (شبكة حقاني); two actors or two terms may not.
        Map<String, String> actorTitles = new HashMap<>();
        for (Actor actor : model.getActors()) {
            title(actor.title(), actor.path(), actor.line("title"), actorTitles);
        }
        Map<String, String> termTitles = new HashMap<>();
        for (Term term : model.getTerms()) {
            title(term.title(), term.path(), term.line("title"), termTitles);
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
                problems.add(articlePath, articlePlacesLine, "place-not-in-article", "المكان «" + place + "» لا يرد في المقال بهذا الرسم",
                        "اكتب اسم المكان كما يرد في نص المقال، أو احذفه من places");
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

    /** A copied file whose title was not changed would give two pages one name. */
    private void title(String title, String file, int line, Map<String, String> seen) {
        String first = seen.putIfAbsent(ArabicNormalizer.normalize(title), file);
        if (first != null) {
            problems.add(file, line, "duplicate-title", "العنوان «" + title + "» مستعمل أيضًا في " + first,
                    "لكل فاعل أو مصطلح ملف واحد: ادمج الملفين أو غيّر العنوان");
        }
    }

    private void alias(String alias, String owner, Map<String, String> owners, int line) {
        String key = ArabicNormalizer.normalize(alias);
        String previous = owners.putIfAbsent(key, owner);
        if (previous != null && !previous.equals(owner)) {
            problems.add(path, line, "duplicate-alias", "الاسم «" + alias + "» مستعمل أيضًا لـ " + previous.replace(':', ' '),
                    "اجعل كل اسم بديل لفاعل أو مصطلح واحد فقط");
            return;
        }
        if (inArticle.contains(AliasMatcher.canonical(alias))) {
            return;
        }
        problems.add(path, line, "alias-not-in-article", "الاسم البديل «" + alias + "» لا يرد في المقال بهذا الرسم",
                "اكتب الاسم كما يرد في نص المقال (دون و/ب/ل/ف في أوله)، أو احذفه");
    }
}
