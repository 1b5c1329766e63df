package org.terrortrade.site;

import org.terrortrade.text.Counted;
import org.terrortrade.text.Dates;
import org.terrortrade.text.Messages;
import java.time.LocalDate;

import org.terrortrade.model.Claim;
import org.terrortrade.model.Relation;
import org.terrortrade.model.SiteModel;
import org.terrortrade.model.Source;
import org.terrortrade.model.TimelineEvent;
import org.terrortrade.words.ModelWords;

/**
 * The interface text of one build, as the templates and the drawings see it: shared with every template as {@code t}.
 * {@code ${t.get("nav.article")}} is a label from the bundles; the other methods put words together where grammar or
 * the model decides (a counted noun, a date, and the model's values through {@link ModelWords}: an actor's kind, a
 * relation's verb agreeing with its subject, a status, whose a claim is). Nothing here is written in one language:
 * every word comes from {@link Messages}.
 */
public final class UiText {
    private final Messages messages;
    private final SiteModel model;

    public UiText(Messages messages, SiteModel model) {
        this.messages = messages;
        this.model = model;
    }

    public Messages messages() {
        return messages;
    }

    /** The text of {@code key}, with {@code {0}}, {@code {1}}… replaced by {@code args}. */
    public String get(String key, Object... args) {
        return messages.get(key, args);
    }

    /** The BCP 47 code of the interface's language (from {@code site.language}), for {@code <html lang>}. */
    public String getLanguage() {
        return messages.language();
    }

    /** {@code rtl} or {@code ltr}, for {@code <html dir>}. */
    public String getDir() {
        return messages.get("language.dir");
    }

    public String getOgLocale() {
        return messages.get("language.og_locale");
    }

    /** «23 فاعلًا»: {@code n} with the noun {@code count.<noun>.*} in the form the number takes. */
    public String count(int n, String noun) {
        return Counted.of(messages, n, noun);
    }

    /** «15 يونيو (حزيران) 2025» from {@code 2025-06-15}. */
    public String date(String iso) {
        return Dates.full(messages, LocalDate.parse(iso));
    }

    /** «2016», «يناير (كانون الثاني) 2015» or «11 سبتمبر (أيلول) 2001» for 2016, 2015-01, 2001-09-11. */
    public String partialDate(String date) {
        return Dates.partial(messages, date);
    }

    /** An event's date, or its span «from–until». */
    public String eventDate(TimelineEvent event) {
        String from = partialDate(event.date());
        return event.until() == null ? from : messages.get("date.range", from, partialDate(event.until()));
    }

    /** Reading time at 180 words a minute: «6 دقائق قراءة». */
    public String readingTime(int words) {
        int minutes = Math.max(1, Math.round(words / 180f));
        return messages.get("meta.reading_time", count(minutes, "minute"));
    }

    public String actorKind(String kind) {
        return ModelWords.actorKind(messages, kind);
    }

    public String actorKindPlural(String kind) {
        return ModelWords.actorKindPlural(messages, kind);
    }

    /** A relation's verb, agreeing with its subject and in its tense: «تتهم», «اتهمت», «يتهمون». */
    public String relation(Relation relation) {
        return ModelWords.relation(messages, relation.kind(), model.actor(relation.from()).grammar(), relation.when());
    }

    public String status(String status) {
        return ModelWords.status(messages, status);
    }

    public String sourceKind(Source source) {
        return ModelWords.sourceKind(messages, source.kind());
    }

    /** Whose statement a claim is: «يذكر المقال», «يرى الكاتب», «بحسب باكستان». */
    public String voice(Claim claim) {
        return ModelWords.voice(messages, model, claim);
    }

    /** A claim as one line with its voice, «يذكر المقال: …», for descriptions and previews. */
    public String voiced(Claim claim) {
        return ModelWords.voiced(messages, model, claim);
    }
}
