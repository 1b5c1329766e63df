package org.terrortrade.provenance;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.terrortrade.text.ArabicNormalizer;

/**
 * The text operations the claim checks share: quotations in a text, the letters of a text without tashkeel and
 * tatweel (what "word for word" compares), its sentences, and its content words (what "restates" compares).
 */
final class ClaimText {
    /** Quotations as editors write them («…») and as the article writes them (“…”, and ”…” which it also uses). */
    private static final Pattern QUOTED = Pattern.compile("«([^«»]*)»|[“”]([^“”«»]*)[”“]");
    /** What joins two pieces of one quotation: an ellipsis character or three dots. */
    private static final Pattern ELLIPSIS = Pattern.compile("…|\\.\\.\\.");
    private static final Pattern SENTENCE_END = Pattern.compile("[.؛!?؟](?=\\s|$)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    /** Words too common to show that a claim restates a sentence. */
    private static final Set<String> FUNCTION_WORDS = Set.of("في", "من", "علي", "الي", "عن", "مع", "بين", "ان", "او", "ثم", "قد",
            "التي", "الذي", "الذين", "هذا", "هذه", "ذلك", "تلك", "كما", "حيث", "لكن", "لكنها", "منذ", "بعد", "قبل", "عبر", "مثل",
            "خاصه", "وهي", "وهو", "فهي", "انها", "انه", "كان", "كانت", "ضد", "لها", "له", "بها", "به", "ما", "لا", "لم", "غير");
    private static final String PROCLITICS = "وفبلك";

    private ClaimText() {
    }

    /** The quotations in a text, without their quotation marks. */
    static List<String> quotations(String text) {
        List<String> quotes = new ArrayList<>();
        if (text == null) {
            return quotes;
        }
        Matcher m = QUOTED.matcher(text);
        while (m.find()) {
            quotes.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return quotes;
    }

    /** The text with its quotations taken out (what the text says in its own words). */
    static String outsideQuotations(String text) {
        return text == null ? "" : QUOTED.matcher(text).replaceAll(" ");
    }

    /** Letters as written, without tashkeel, tatweel and quotation marks, spaces folded: the "word for word" form. */
    static String plain(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u064B' && c <= '\u065F' || c == '\u0670' || c == '\u0640' || "«»“”\"".indexOf(c) >= 0) {
                continue;
            }
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = true;
                continue;
            }
            if (space && out.length() > 0) {
                out.append(' ');
            }
            space = false;
            out.append(c);
        }
        return out.toString();
    }

    /**
     * Whether a quotation occurs word for word in a text: each piece of it (pieces joined by an ellipsis) occurs in
     * order, starting and ending on word boundaries (a proclitic و ف ب ل ك may be glued before the first word).
     */
    static boolean occursIn(String quotation, String text) {
        String haystack = plain(text);
        int from = 0;
        for (String piece : ELLIPSIS.split(quotation)) {
            String needle = plain(piece).strip();
            if (needle.isEmpty()) {
                continue;
            }
            int at = findWord(haystack, needle, from);
            if (at < 0) {
                return false;
            }
            from = at + needle.length();
        }
        return true;
    }

    private static int findWord(String haystack, String needle, int from) {
        for (int at = haystack.indexOf(needle, from); at >= 0; at = haystack.indexOf(needle, at + 1)) {
            int end = at + needle.length();
            boolean endOk = end == haystack.length() || !Character.isLetterOrDigit(haystack.charAt(end));
            if (startsWord(haystack, at) && endOk) {
                return at;
            }
        }
        return -1;
    }

    /**
     * The last text made plain on this thread, and its plain form. The checks ask one text about many words in a row
     * (every hedge of every family, of each cited sentence), and making it plain again each time was a third of the
     * provenance checks' time. Compared by identity: the same string object, not merely an equal one.
     */
    private static final ThreadLocal<String[]> LAST_PLAIN = ThreadLocal.withInitial(() -> new String[2]);

    private static String plainOfLast(String text) {
        String[] last = LAST_PLAIN.get();
        if (last[0] != text) {
            last[1] = plain(text);
            last[0] = text;
        }
        return last[1];
    }

    /** Whether position {@code at} starts a word, allowing one proclitic و ف ب ل ك glued before it. */
    private static boolean startsWord(String text, int at) {
        return at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1))
                || PROCLITICS.indexOf(text.charAt(at - 1)) >= 0 && (at == 1 || !Character.isLetterOrDigit(text.charAt(at - 2)));
    }

    /** Whether a word of the text begins with {@code prefix} (both compared in their plain form): «وصفته» has «وصف». */
    static boolean hasWordStarting(String text, String prefix) {
        String haystack = plainOfLast(text);
        String needle = plain(prefix);
        for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
            if (startsWord(haystack, at)) {
                return true;
            }
        }
        return false;
    }

    /** The sentences of a paragraph (split after . ؛ ! ? ؟). */
    static List<String> sentences(String paragraph) {
        List<String> sentences = new ArrayList<>();
        for (String s : SENTENCE_END.split(paragraph)) {
            if (!s.isBlank()) {
                sentences.add(s.strip());
            }
        }
        return sentences;
    }

    /** The clauses of a paragraph: its sentences split again at commas. */
    static List<String> clauses(String paragraph) {
        List<String> clauses = new ArrayList<>();
        for (String sentence : sentences(paragraph)) {
            for (String clause : sentence.split("[،,]")) {
                if (!clause.isBlank()) {
                    clauses.add(clause.strip());
                }
            }
        }
        return clauses;
    }

    /** Where a new statement begins inside a sentence: a clause opening with one of these leaves a hedge's scope. */
    private static final List<String> NEW_STATEMENT = List.of("ولكن", "لكن", "ولا ", "في حين", "ومع ذلك", "بينما");

    /**
     * The part of a sentence that a hedge or attribution word governs: the clause it stands in and the clauses after
     * it, up to a clause that opens a new statement («ولكن», «في حين», «ولا …») or holds a hedge of another kind
     * ({@code others}), which governs what follows it. Words before the hedge's clause are outside it: in «أدى هجوم
     * موسكو… إلى تجديد الاهتمام الدولي، حيث أكدت الولايات المتحدة…», «أكدت» governs only what follows.
     */
    static String scopeOf(String sentence, String hedge, List<String> others) {
        String[] clauses = sentence.split("[،,]");
        StringBuilder scope = new StringBuilder();
        boolean inside = false;
        for (String clause : clauses) {
            String opening = plain(clause).strip();
            if (inside && (NEW_STATEMENT.stream().anyMatch(opening::startsWith) || others.stream().anyMatch(h -> hasWordStarting(clause, h)))) {
                break;
            }
            if (!inside && hasWordStarting(clause, hedge)) {
                inside = true;
            }
            if (inside) {
                scope.append(clause).append('،');
            }
        }
        return scope.toString();
    }

    /** The words of a text as plain letters, in order (for runs of words). */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(plain(text));
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    /**
     * The content words of a text, folded so that spelling variants, a glued proclitic and the article «ال» do not
     * hide a shared word: «الإرهابية» and «وإرهابية» give one word.
     */
    static Set<String> contentWords(String text) {
        Set<String> words = new LinkedHashSet<>();
        Matcher m = WORD.matcher(ArabicNormalizer.normalize(text == null ? "" : text));
        while (m.find()) {
            String word = m.group();
            addContentWord(word, words);
            // A glued و ف ب ل ك cannot be told from a first letter, so the word counts both ways («وحوالات», «وزارة»).
            if (word.length() > 4 && PROCLITICS.indexOf(word.charAt(0)) >= 0) {
                addContentWord(word.substring(1), words);
            }
        }
        return words;
    }

    private static void addContentWord(String word, Set<String> words) {
        String core = ArabicNormalizer.withoutArticle(word);
        if (core.length() > 2 && !FUNCTION_WORDS.contains(core) || Character.isDigit(core.charAt(0))) {
            words.add(core);
        }
    }

    /** A word as written: letters, digits, and the tashkeel and tatweel between them. */
    private static final Pattern WRITTEN_WORD = Pattern.compile("[\\p{L}\\p{N}\\p{M}\\u0640]+");

    /**
     * The words of {@code text} as written there (with their tashkeel) that begin with {@code prefix} in the sense of
     * {@link #hasWordStarting}: the first such word, or run of words for a prefix of several; the prefix itself if none.
     */
    static String wordStarting(String text, String prefix) {
        String needle = plain(prefix);
        int count = needle.split(" ").length;
        List<int[]> words = new ArrayList<>();
        Matcher m = WRITTEN_WORD.matcher(text);
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
        }
        for (int i = 0; i + count <= words.size(); i++) {
            String written = text.substring(words.get(i)[0], words.get(i + count - 1)[1]);
            String letters = plain(written);
            if (letters.startsWith(needle) || PROCLITICS.indexOf(letters.charAt(0)) >= 0 && letters.startsWith(needle, 1)) {
                return written;
            }
        }
        return prefix;
    }

    /**
     * The text cut into pieces: each word as written, marked when it shares a content word with {@code words}
     * ({@link #contentWords}: spelling variants, a glued proclitic and «ال» folded), and what lies between words.
     */
    static List<ClaimReview.Span> marked(String text, Set<String> words) {
        List<ClaimReview.Span> spans = new ArrayList<>();
        StringBuilder plainRun = new StringBuilder();
        Matcher m = WRITTEN_WORD.matcher(text);
        int at = 0;
        while (m.find()) {
            plainRun.append(text, at, m.start());
            String word = m.group();
            if (contentWords(word).stream().anyMatch(words::contains)) {
                if (plainRun.length() > 0) {
                    spans.add(new ClaimReview.Span(plainRun.toString(), false));
                    plainRun.setLength(0);
                }
                spans.add(new ClaimReview.Span(word, true));
            } else {
                plainRun.append(word);
            }
            at = m.end();
        }
        plainRun.append(text.substring(at));
        if (plainRun.length() > 0) {
            spans.add(new ClaimReview.Span(plainRun.toString(), false));
        }
        return spans;
    }
}
