package org.terrortrade.provenance;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.terrortrade.text.ArabicText;
import org.terrortrade.problem.Problems;
import org.terrortrade.text.AliasMatcher;
import org.terrortrade.model.Numbers;
import org.terrortrade.model.Term;

/**
 * A term's general gloss is the editors' own words, so it may hold nothing a reader could take for the article's
 * facts: no number or date, no month, no Latin name, no actor and no place the article names.
 */
final class GlossChecker {
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z][A-Za-z-]*");

    private final AliasMatcher<String> names = new AliasMatcher<>();
    private final AliasMatcher<String> places = new AliasMatcher<>();
    private final Problems problems;

    /** @param shared all it reads of the model: the actors' names and the article's places */
    GlossChecker(SharedInputs shared, Problems problems) {
        this.problems = problems;
        for (SharedInputs.ActorNames actor : shared.actors()) {
            names.add(actor.title(), actor.title());
            actor.aliases().forEach(alias -> names.add(alias, actor.title()));
        }
        List<String> places = shared.places();
        places.forEach(place -> names.add(place, place));
        places.forEach(place -> this.places.add(place, place));
        for (int month = 1; month <= 12; month++) {
            for (String name : ArabicText.monthNames(month)) {
                names.add(name, name);
            }
        }
    }

    void check(Term term) {
        String gloss = term.gloss();
        if (gloss == null) {
            return;
        }
        int line = term.line("gloss");
        // A place the article names is the article's: the editors do not define it («المناطق القبلية»).
        for (String name : java.util.stream.Stream.concat(java.util.stream.Stream.of(term.title()), term.aliases().stream()).toList()) {
            if (!places.find(name).isEmpty() && places.find(name).get(0).end() - places.find(name).get(0).start() == name.strip().length()) {
                problems.report(term.path(), line, "gloss-for-place", "gloss-for-place", name);
                break;
            }
        }
        if (!Numbers.in(gloss).isEmpty()) {
            problems.report(term.path(), line, "number-in-gloss", "number-in-gloss", Numbers.in(gloss).get(0));
        }
        Matcher latin = LATIN_WORD.matcher(gloss);
        if (latin.find()) {
            problems.report(term.path(), line, "name-in-gloss", "name-in-gloss.latin", latin.group());
        }
        for (AliasMatcher.Match<String> match : names.find(gloss)) {
            problems.report(term.path(), line, "name-in-gloss", "name-in-gloss.name", gloss.substring(match.start(), match.end()), match.target());
        }
    }
}
