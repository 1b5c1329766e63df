package org.terrortrade.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.terrortrade.content.SourceFile;
import org.terrortrade.link.AliasMatcher;
import org.terrortrade.link.ArabicNormalizer;
import org.terrortrade.validate.ContentTypes;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;

/**
 * Turns the validated content files into the {@link SiteModel}: typed records with their lines, sorted with an
 * Arabic collator, and the backlinks (where the article mentions each actor and term).
 */
public final class ModelBuilder {
    private final Comparator<String> arabic = arabicOrder();

    public SiteModel build(List<SourceFile> files) {
        SourceFile articleFile = files.stream().filter(f -> f.type().equals("article")).findFirst().orElse(null);
        ArticleParagraphs paragraphs = articleFile == null ? new ArticleParagraphs(List.of()) : ArticleParagraphs.of(articleFile);
        ArticleInfo article = articleFile == null ? null : new ArticleInfo(
                articleFile.frontMatter().text("title").orElse(""), articleFile.frontMatter().text("description").orElse(""),
                articleFile.frontMatter().text("disclaimer").orElse(""), articleFile.slug() + ".html",
                Fields.top(articleFile.frontMatter()).texts("places"), spellings(Fields.top(articleFile.frontMatter())));

        Map<String, Actor> actors = new LinkedHashMap<>();
        files.stream().filter(f -> f.type().equals("actor")).map(ModelBuilder::actor)
                .sorted(Comparator.<Actor>comparingInt(a -> ContentTypes.ACTOR_KINDS.indexOf(a.kind()))
                        .thenComparing(Actor::title, arabic))
                .forEach(a -> actors.put(a.slug(), a));

        List<Term> terms = files.stream().filter(f -> f.type().equals("term")).map(ModelBuilder::term)
                .sorted(Comparator.comparing(Term::title, dictionaryOrder())).toList();

        List<TimelineEvent> events = new ArrayList<>();
        SiteModel.Exchange exchange = SiteModel.Exchange.EMPTY;
        List<Source> sources = new ArrayList<>();
        List<Claim> unsourced = new ArrayList<>();
        for (SourceFile file : files) {
            Fields top = Fields.top(file.frontMatter());
            switch (file.type()) {
                case "timeline" -> top.records("events").forEach(e -> events.add(new TimelineEvent(null, e.text("date"), e.text("until"),
                        e.claim(), e.texts("actors"), e.line())));
                case "exchange" -> exchange = new SiteModel.Exchange(items(top, "gives"), items(top, "gets"),
                        top.records("figures").stream().map(ModelBuilder::figure).toList());
                case "sources" -> {
                    top.records("sources").forEach(s -> sources.add(new Source(s.text("name"), s.text("en"),
                            s.text("kind"), s.text("actor"), s.claim(), s.line())));
                    top.records("unsourced").forEach(c -> unsourced.add(c.claim()));
                }
                default -> { }
            }
        }
        events.sort(Comparator.comparing(TimelineEvent::date));
        return new SiteModel(article, paragraphs, actors, terms, withAnchors(events), exchange, List.copyOf(sources), List.copyOf(unsourced),
                mentions(paragraphs, actors.values(), terms));
    }

    private static Map<String, String> spellings(Fields article) {
        Map<String, String> spellings = new LinkedHashMap<>();
        article.records("spellings").forEach(s -> spellings.put(s.text("article"), s.text("site")));
        return spellings;
    }

    /** "event-2015-01", and "event-2024-2", "event-2024-3" when a date is shared. */
    private static List<TimelineEvent> withAnchors(List<TimelineEvent> events) {
        Map<String, Integer> seen = new LinkedHashMap<>();
        List<TimelineEvent> anchored = new ArrayList<>();
        for (TimelineEvent event : events) {
            int n = seen.merge(event.date(), 1, Integer::sum);
            anchored.add(event.withAnchor("event-" + event.date() + (n > 1 ? "-" + n : "")));
        }
        return List.copyOf(anchored);
    }

    private static Actor actor(SourceFile file) {
        Fields f = Fields.top(file.frontMatter());
        Fields stance = f.record("stance");
        String grammar = f.text("grammar");
        List<Relation> relations = f.records("relations").stream()
                .map(r -> new Relation(file.slug(), r.text("actor"), r.text("kind"), r.text("when"),
                        RelationKinds.label(r.text("kind"), grammar, r.text("when")), r.claim(), r.line()))
                .toList();
        return new Actor(file.slug(), file.path(), f.text("title"), f.text("name_en"), f.text("kind"), grammar,
                f.record("summary").claim(), f.texts("aliases"), stance == null ? null : stance.claim(), claims(f, "gives"),
                claims(f, "gets"), claims(f, "notes"), relations, f.lines());
    }

    private static List<Claim> claims(Fields f, String key) {
        return f.records(key).stream().map(Fields::claim).toList();
    }

    private static Term term(SourceFile file) {
        Fields f = Fields.top(file.frontMatter());
        return new Term(file.slug(), file.path(), f.text("title"), f.text("en"), f.texts("aliases"), f.texts("related"),
                f.text("actor"), f.text("gloss"), claims(f, "says"), f.lines());
    }

    private static List<ExchangeItem> items(Fields top, String side) {
        return top.records(side).stream().map(i -> new ExchangeItem(i.text("item"), i.text("status"), i.text("amount"),
                i.text("period"), i.text("from"), i.text("computed"), i.claim(), i.line())).toList();
    }

    /** A key figure's claim reads as its label, value and note together, so every number in them is checked. */
    private static Figure figure(Fields f) {
        String words = String.join(" ", f.text("label"), f.text("value"), f.text("note") == null ? "" : f.text("note")).strip();
        return new Figure(f.text("label"), f.text("value"), f.text("note"), f.text("computed"), f.claim(words), f.line());
    }

    /** The matcher for article mentions: actors first, so a name that is both an actor and a term links to the actor. */
    public static AliasMatcher<String> matcher(Iterable<Actor> actors, Iterable<Term> terms) {
        AliasMatcher<String> matcher = new AliasMatcher<>();
        for (Actor actor : actors) {
            matcher.add(actor.title(), "actor:" + actor.slug());
            actor.aliases().forEach(alias -> matcher.add(alias, "actor:" + actor.slug()));
        }
        for (Term term : terms) {
            matcher.add(term.title(), "term:" + term.slug());
            term.aliases().forEach(alias -> matcher.add(alias, "term:" + term.slug()));
        }
        return matcher;
    }

    /** Where the article mentions each actor and term: one excerpt per paragraph. */
    private static Map<String, List<Mention>> mentions(ArticleParagraphs paragraphs, Iterable<Actor> actors, Iterable<Term> terms) {
        AliasMatcher<String> matcher = matcher(actors, terms);
        Map<String, List<Mention>> mentions = new LinkedHashMap<>();
        for (int n = 1; n <= paragraphs.count(); n++) {
            String text = paragraphs.text(n);
            for (AliasMatcher.Match<String> match : matcher.find(text)) {
                List<Mention> list = mentions.computeIfAbsent(match.target(), k -> new ArrayList<>());
                int paragraph = n;
                if (list.stream().noneMatch(m -> m.paragraph() == paragraph)) {
                    list.add(new Mention(n, excerptBefore(text, match.start()), text.substring(match.start(), match.end()),
                            excerptAfter(text, match.end())));
                }
            }
        }
        return mentions;
    }

    private static final int EXCERPT_WORDS = 7;

    private static String excerptBefore(String text, int end) {
        String[] words = text.substring(0, end).split(" ", -1);
        int from = Math.max(0, words.length - 1 - EXCERPT_WORDS);
        return (from > 0 ? "… " : "") + String.join(" ", List.of(words).subList(from, words.length));
    }

    private static String excerptAfter(String text, int start) {
        String[] words = text.substring(start).split(" ", -1);
        int to = Math.min(words.length, EXCERPT_WORDS + 1);
        return String.join(" ", List.of(words).subList(0, to)) + (to < words.length ? " …" : "");
    }

    /** Arabic alphabetical order (ICU's collation for "ar"), not the order of code points. */
    public static Comparator<String> arabicOrder() {
        Collator collator = Collator.getInstance(new ULocale("ar"));
        return collator::compare;
    }

    /** Dictionary order for terms: Arabic collation of the word after its article «ال». */
    public static Comparator<String> dictionaryOrder() {
        Comparator<String> arabic = arabicOrder();
        return Comparator.comparing((String title) -> ArabicNormalizer.withoutArticle(title.strip()), arabic);
    }
}
