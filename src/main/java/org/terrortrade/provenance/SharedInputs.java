package org.terrortrade.provenance;

import java.util.List;
import java.util.Map;

import org.terrortrade.model.Actor;
import org.terrortrade.model.ArticleParagraphs;
import org.terrortrade.model.SiteModel;
import org.terrortrade.model.Term;

/**
 * All that every file's provenance checks read of the model, and the only part of it they are given: the article (its
 * paragraphs, places and the site's spellings of its names), each actor's slug and names, each term's slug. What a
 * type's rules read of the model for one file besides is that type's to say ({@code ContentType.provenanceRecords}).
 * A warm builder keeps an unchanged file's verdicts while both are unchanged: an edit to one profile's claims
 * changes neither for another file, an edit to a name changes this.
 *
 * @param actors each actor's slug and names, in the model's order
 * @param terms  each term's slug, in the model's order
 */
public record SharedInputs(ArticleParagraphs paragraphs, List<String> places, Map<String, String> spellings,
        List<ActorNames> actors, List<String> terms) {

    /** What the checks read of an actor: its slug and the names it goes by (its title and aliases). */
    public record ActorNames(String slug, String title, List<String> aliases) {
    }

    public static SharedInputs of(SiteModel model) {
        return new SharedInputs(model.paragraphs(), model.getArticle() == null ? List.of() : model.getArticle().places(),
                model.getArticle() == null ? Map.of() : model.getArticle().spellings(),
                model.getActors().stream().map(SharedInputs::names).toList(), model.getTerms().stream().map(Term::slug).toList());
    }

    private static ActorNames names(Actor actor) {
        return new ActorNames(actor.slug(), actor.title(), actor.aliases());
    }

    /** The actor with this slug, or null. */
    ActorNames actor(String slug) {
        for (ActorNames actor : actors) {
            if (actor.slug().equals(slug)) {
                return actor;
            }
        }
        return null;
    }
}
