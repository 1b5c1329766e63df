package org.terrortrade.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds mentions of named things (actors, terms) in Arabic text through their aliases: whole words only (never
 * inside a longer word), tolerant of the proclitics و ف ب ك ل and the article ال (and لل for ل + ال), and of the
 * spelling variants {@link ArabicNormalizer} folds. Multi-word aliases match across spaces or hyphens; at each
 * position the longest alias wins.
 *
 * @param <T> what an alias names
 */
public final class AliasMatcher<T> {

    /** A mention: characters [start, end) of the text, which includes any proclitic glued to the first word. */
    public record Match<T>(int start, int end, T target) {
    }

    private record Alias<T>(String[] tokens, T target) {
    }

    private static final Set<String> PROCLITICS = proclitics();
    private final Map<String, List<Alias<T>>> byCore = new HashMap<>();
    /** A word's possible cores depend on the word alone, and articles repeat words: compute each once. */
    private final Map<String, Set<String>> coresOfWord = new java.util.concurrent.ConcurrentHashMap<>();

    /** The form two aliases share when the matcher cannot tell them apart ("حوالات" and "الحوالات"). */
    public static String canonical(String alias) {
        String[] tokens = tokens(alias).stream().map(Token::normalized).toArray(String[]::new);
        if (tokens.length > 0) {
            tokens[0] = ArabicNormalizer.withoutArticle(tokens[0]);
        }
        return String.join(" ", tokens);
    }

    /** Adds an alias; returns false (and adds nothing) when the same alias already names something else. */
    public boolean add(String alias, T target) {
        String[] tokens = tokens(alias).stream().map(Token::normalized).toArray(String[]::new);
        if (tokens.length == 0) {
            return false;
        }
        tokens[0] = ArabicNormalizer.withoutArticle(tokens[0]);
        for (Alias<T> existing : byCore.getOrDefault(tokens[0], List.of())) {
            if (Arrays.equals(existing.tokens(), tokens)) {
                return existing.target().equals(target);
            }
        }
        byCore.computeIfAbsent(tokens[0], k -> new ArrayList<>()).add(new Alias<>(tokens, target));
        return true;
    }

    /** Every mention in the text, left to right, not overlapping. */
    public List<Match<T>> find(String text) {
        List<Token> tokens = tokens(text);
        List<Match<T>> matches = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Alias<T> best = null;
            for (String core : coresOfWord.computeIfAbsent(tokens.get(i).normalized(), AliasMatcher::cores)) {
                for (Alias<T> alias : byCore.getOrDefault(core, List.of())) {
                    if ((best == null || alias.tokens().length > best.tokens().length) && restMatches(alias, tokens, i, text)) {
                        best = alias;
                    }
                }
            }
            if (best == null) {
                i++;
            } else {
                Token last = tokens.get(i + best.tokens().length - 1);
                matches.add(new Match<>(tokens.get(i).start(), last.end(), best.target()));
                i += best.tokens().length;
            }
        }
        return matches;
    }

    /** Every target with an alias occurring anywhere in the text, including aliases inside longer ones. */
    public Set<T> everyTargetIn(String text) {
        List<Token> tokens = tokens(text);
        Set<T> found = new LinkedHashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            for (String core : coresOfWord.computeIfAbsent(tokens.get(i).normalized(), AliasMatcher::cores)) {
                for (Alias<T> alias : byCore.getOrDefault(core, List.of())) {
                    if (restMatches(alias, tokens, i, text)) {
                        found.add(alias.target());
                    }
                }
            }
        }
        return found;
    }

    /** The word itself, and the word without each proclitic it may carry. */
    private static Set<String> cores(String word) {
        Set<String> cores = new LinkedHashSet<>();
        cores.add(ArabicNormalizer.withoutArticle(word));
        for (String prefix : PROCLITICS) {
            if (word.length() > prefix.length() + 1 && word.startsWith(prefix)) {
                String rest = word.substring(prefix.length());
                cores.add(prefix.endsWith("لل") ? rest : ArabicNormalizer.withoutArticle(rest));
            }
        }
        return cores;
    }

    private boolean restMatches(Alias<T> alias, List<Token> tokens, int first, String text) {
        if (first + alias.tokens().length > tokens.size()) {
            return false;
        }
        for (int k = 1; k < alias.tokens().length; k++) {
            Token previous = tokens.get(first + k - 1);
            Token token = tokens.get(first + k);
            String gap = text.substring(previous.end(), token.start());
            if (!gap.matches("[\\s\\u00A0-]{1,3}") || !token.normalized().equals(alias.tokens()[k])) {
                return false;
            }
        }
        return true;
    }

    /** و/ف, then ب/ك/ل, then ال; ل followed by ال is written لل. */
    private static Set<String> proclitics() {
        Set<String> set = new LinkedHashSet<>();
        for (String conjunction : new String[] {"", "و", "ف"}) {
            for (String preposition : new String[] {"", "ب", "ك", "ل"}) {
                for (String article : new String[] {"", "ال"}) {
                    String prefix = preposition.equals("ل") && !article.isEmpty() ? conjunction + "لل" : conjunction + preposition + article;
                    if (!prefix.isEmpty()) {
                        set.add(prefix);
                    }
                }
            }
        }
        return set;
    }

    private record Token(int start, int end, String normalized) {
    }

    /** Words: runs of letters, digits, tashkeel and tatweel. */
    private static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && isWordChar(text.charAt(i))) {
                i++;
            }
            tokens.add(new Token(start, i, ArabicNormalizer.normalize(text.substring(start, i))));
        }
        return tokens;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || ArabicNormalizer.isIgnorable(c);
    }
}
