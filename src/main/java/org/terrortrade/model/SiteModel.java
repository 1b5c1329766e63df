package org.terrortrade.model;

import org.terrortrade.text.AliasMatcher;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.terrortrade.text.ArabicNormalizer;

/**
 * Everything the derived pages show, built once from the validated front matter: actors, glossary, timeline,
 * the aid exchange and the sources, plus what is derived from them (backlinks, groupings, order). Templates
 * read it as {@code site.model}; nothing here is written twice.
 */
public final class SiteModel {
    private final ArticleInfo article;
    private final ArticleParagraphs paragraphs;
    private final Map<String, Actor> actors;
    private final List<Term> terms;
    private final List<TimelineEvent> events;
    private final Exchange exchange;
    private final List<Source> sources;
    private final List<Claim> unsourced;
    private final Map<String, List<Mention>> mentions;
    private final Map<String, Object> data;
    private final AliasMatcher<String> mentionMatcher;

    /** The aid exchange: both sides of the ledger and the key figures. */
    public record Exchange(List<ExchangeItem> gives, List<ExchangeItem> receives, List<Figure> figures) {
        static final Exchange EMPTY = new Exchange(List.of(), List.of(), List.of());
    }

    /** Glossary terms under one initial letter. */
    public record LetterGroup(String letter, String id, List<Term> terms) {
    }

    /** Actors of one kind, for the index. */
    public record KindGroup(String kind, List<Actor> actors) {
    }

    SiteModel(ArticleInfo article, ArticleParagraphs paragraphs, Map<String, Actor> actors, List<Term> terms,
            List<TimelineEvent> events, Exchange exchange, List<Source> sources, List<Claim> unsourced,
            Map<String, List<Mention>> mentions, Map<String, Object> data, AliasMatcher<String> mentionMatcher) {
        this.article = article;
        this.mentionMatcher = mentionMatcher;
        this.paragraphs = paragraphs;
        this.actors = actors;
        this.terms = terms;
        this.events = events;
        this.exchange = exchange;
        this.sources = sources;
        this.unsourced = unsourced;
        this.mentions = mentions;
        this.data = data;
    }

    /**
     * The one matcher of the article's mentions of actors and terms (targets {@code actor:<slug>}, {@code term:<slug>}):
     * built once with the model, read by the backlinks and the article's cross-links.
     */
    public AliasMatcher<String> mentionMatcher() {
        return mentionMatcher;
    }

    /** What a content type without a field of its own here extracted, under the type's name (null when none). */
    public Object data(String type) {
        return data.get(type);
    }

    public ArticleInfo getArticle() {
        return article;
    }

    /** The article's numbered paragraphs (what claims cite). */
    public ArticleParagraphs paragraphs() {
        return paragraphs;
    }

    /** How many numbered paragraphs the article has (for the home page's description of it). */
    public int getParagraphCount() {
        return paragraphs.count();
    }

    /** Actors ordered by kind, then by Arabic collation of their names. */
    public List<Actor> getActors() {
        return List.copyOf(actors.values());
    }

    public Actor actor(String slug) {
        return actors.get(slug);
    }

    public List<KindGroup> getActorsByKind() {
        List<KindGroup> groups = new ArrayList<>();
        for (String kind : ActorKinds.KINDS) {
            List<Actor> ofKind = actors.values().stream().filter(a -> a.kind().equals(kind)).toList();
            if (!ofKind.isEmpty()) {
                groups.add(new KindGroup(kind, ofKind));
            }
        }
        return groups;
    }

    /** Every relation between actors, in actor order. */
    public List<Relation> getRelations() {
        return actors.values().stream().flatMap(a -> a.relations().stream()).toList();
    }

    /** Relations other actors have towards this one. */
    public List<Relation> relationsTo(String slug) {
        return getRelations().stream().filter(r -> r.to().equals(slug)).toList();
    }

    public List<Mention> actorMentions(String slug) {
        return mentions.getOrDefault("actor:" + slug, List.of());
    }

    public List<Mention> termMentions(String slug) {
        return mentions.getOrDefault("term:" + slug, List.of());
    }

    /** Terms in Arabic alphabetical order (ICU collation for ar). */
    public List<Term> getTerms() {
        return terms;
    }

    public Term term(String slug) {
        return terms.stream().filter(t -> t.slug().equals(slug)).findFirst().orElse(null);
    }

    /** Glossary terms grouped by initial letter (alef forms together), in collation order. */
    public List<LetterGroup> getGlossaryByLetter() {
        Map<String, List<Term>> groups = new LinkedHashMap<>();
        for (Term term : terms) {
            groups.computeIfAbsent(initial(term.title()), k -> new ArrayList<>()).add(term);
        }
        List<LetterGroup> result = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, List<Term>> group : groups.entrySet()) {
            result.add(new LetterGroup(group.getKey(), "letter-" + (++n), List.copyOf(group.getValue())));
        }
        return result;
    }

    /** The letter a term is filed under: its first letter after «ال», with alef forms folded. */
    static String initial(String title) {
        String word = ArabicNormalizer.withoutArticle(ArabicNormalizer.normalize(title.strip()));
        return word.substring(0, word.offsetByCodePoints(0, 1)).toUpperCase();
    }

    public List<TimelineEvent> getEvents() {
        return events;
    }

    public Exchange getExchange() {
        return exchange;
    }

    public List<Source> getSources() {
        return sources;
    }

    /** Claims the article makes without naming a source. */
    public List<Claim> getUnsourced() {
        return unsourced;
    }

    /** The article paragraphs that mention an actor, in order (from the backlinks). */
    public List<Integer> paragraphsMentioning(String slug) {
        return actorMentions(slug).stream().map(Mention::paragraph).distinct().sorted().toList();
    }

    /** Timeline events this actor takes part in. */
    public List<TimelineEvent> eventsOf(String slug) {
        return events.stream().filter(e -> e.actors().contains(slug)).toList();
    }
}
