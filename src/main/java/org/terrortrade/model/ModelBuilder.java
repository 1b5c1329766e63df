package org.terrortrade.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.terrortrade.text.AliasMatcher;
import org.terrortrade.text.ArabicNormalizer;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;

/**
 * Turns what the content types extracted from the validated files ({@link ModelParts}) into the {@link SiteModel}: typed records with their lines, sorted with an
 * Arabic collator, and the backlinks (where the article mentions each actor and term).
 */
public final class ModelBuilder {
    private final Comparator<String> arabic = arabicOrder();

    /** The model of what the content types extracted from their files (see {@code ContentTypes.model}). */
    public SiteModel build(ModelParts parts) {
        Map<String, Actor> actors = new LinkedHashMap<>();
        parts.actors.stream()
                .sorted(Comparator.<Actor>comparingInt(a -> ActorKinds.KINDS.indexOf(a.kind()))
                        .thenComparing(Actor::title, arabic))
                .forEach(a -> actors.put(a.slug(), a));
        List<Term> terms = parts.terms.stream().sorted(Comparator.comparing(Term::title, dictionaryOrder())).toList();
        List<TimelineEvent> events = new ArrayList<>(parts.events);
        // An event the article dates by its year only cannot be placed among that year's dated events: it follows
        // them, grouped under its year and labelled so on the page ({@link TimelineEvent#yearOnly()}).
        events.sort(Comparator.comparingInt(TimelineEvent::year).thenComparing(TimelineEvent::yearOnly)
                .thenComparing(TimelineEvent::date));
        AliasMatcher<String> matcher = matcher(actors.values(), terms);
        return new SiteModel(parts.article, parts.paragraphs, actors, terms, withAnchors(events), parts.exchange,
                List.copyOf(parts.sources), List.copyOf(parts.unsourced), mentions(parts.paragraphs, matcher),
                Map.copyOf(parts.data), matcher);
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

    /** The claims of a list field: each item's text, citation and voice. */
    public static List<Claim> claims(Fields f, String key) {
        return f.records(key).stream().map(Fields::claim).toList();
    }

    /** The matcher for article mentions (built once, kept in the model): actors first, so a name that is both an actor and a term links to the actor. */
    private static AliasMatcher<String> matcher(Iterable<Actor> actors, Iterable<Term> terms) {
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
    private static Map<String, List<Mention>> mentions(ArticleParagraphs paragraphs, AliasMatcher<String> matcher) {
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

    /**
     * Loads ICU's Arabic collation data, which the first {@link #arabicOrder()} of a JVM otherwise loads (about a
     * tenth of a second in a cold one): a build calls this on a spare thread while it reads the content files.
     */
    public static void loadCollation() {
        Collator.getInstance(new ULocale("ar"));
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
