package org.terrortrade.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Interface text lives in the bundles (src/main/resources/i18n/), not in Java: no string or character literal in
 * src/main/java holds Arabic, except in the files listed here, each for a stated reason. A new Arabic literal anywhere
 * else fails this test with its file and line; a listed file that no longer has one fails it too, so the list shrinks.
 */
@Tag("unit")
class ArabicLiteralsTest {
    private static final Path SOURCES = Path.of("src/main/java");

    /** The Arabic text algorithms: letter, digit and hedge-word tables that read the article, not text shown to readers. */
    private static final Set<String> ALGORITHM_TABLES = Set.of(
            "org/terrortrade/text/ArabicNormalizer.java",
            "org/terrortrade/text/AliasMatcher.java",
            "org/terrortrade/provenance/ClaimText.java",
            "org/terrortrade/provenance/ClaimChecker.java", // its hedge-word lists only; its messages are in the bundle
            "org/terrortrade/model/Numbers.java");

    /**
     * Files whose editors' messages have not yet moved to problems_<language>.properties: none any more. A file put
     * here while its text moves must leave again once it has no Arabic literal (the test says so).
     */
    private static final Set<String> MESSAGES_NOT_YET_MOVED = Set.of();

    /** A Unicode escape: a backslash not itself escaped (an even number of backslashes before it), u, four digits. */
    private static final Pattern UNICODE_ESCAPE = Pattern.compile("(?<!\\\\)((?:\\\\\\\\)*)\\\\u+([0-9a-fA-F]{4})");
    /** The Arabic blocks; U+FEFF (the byte-order mark) ends Presentation Forms-B but is not Arabic. */
    private static final Pattern ARABIC = Pattern.compile("[\\u0600-\\u06ff\\u0750-\\u077f\\u08a0-\\u08ff\\ufb50-\\ufdff\\ufe70-\\ufefc]");

    @Test
    void noArabicLiteralOutsideTheListedFiles() throws IOException {
        Set<String> allowed = new TreeSet<>(ALGORITHM_TABLES);
        allowed.addAll(MESSAGES_NOT_YET_MOVED);
        List<String> found = new ArrayList<>();
        Set<String> filesWithLiterals = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String name = SOURCES.relativize(file).toString().replace('\\', '/');
                for (String literal : arabicLiterals(Files.readString(file, StandardCharsets.UTF_8))) {
                    filesWithLiterals.add(name);
                    if (!allowed.contains(name)) {
                        found.add(name + ":" + literal);
                    }
                }
            }
        }
        assertTrue(found.isEmpty(), "Arabic literals in Java; move them to src/main/resources/i18n/*_ar.properties and look them up "
                + "by key:\n" + String.join("\n", found));
        Set<String> stale = new TreeSet<>(allowed);
        stale.removeAll(filesWithLiterals);
        assertEquals(Set.of(), stale, "listed files without Arabic literals any more: take them off the list");
    }

    @Test
    void findsLiteralsButNotComments() {
        String source = """
                // «تعليق» in a comment
                /* «تعليق» */ class A {
                    String a = "نص";
                    char b = '٠';
                    String c = "\\u0646";
                    String d = "a \\" quote, then no Arabic";
                    String e = "\\\\u0646 is a regular expression's escape, not a letter";
                    String f = "\\uFEFF is the byte-order mark, not a letter";
                }
                """;
        List<String> found = arabicLiterals(source);
        assertEquals(3, found.size(), String.join("\n", found));
        assertTrue(found.get(0).startsWith("3:"), found.get(0));
        assertTrue(found.get(2).startsWith("5:"), "a Unicode escape is read as the compiler reads it: " + found.get(2));
    }

    /** Each string, text-block or character literal holding Arabic, as «line: literal». */
    static List<String> arabicLiterals(String javaSource) {
        String source = unescape(javaSource);
        List<String> found = new ArrayList<>();
        int line = 1;
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                i = end < 0 ? source.length() : end;
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? source.length() : end + 2;
                line += count(source.substring(i, end), '\n');
                i = end;
            } else if (c == '"' || c == '\'') {
                String quote = source.startsWith("\"\"\"", i) ? "\"\"\"" : String.valueOf(c);
                int end = i + quote.length();
                while (end < source.length() && !source.startsWith(quote, end)) {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(source.length(), end + quote.length());
                String literal = source.substring(i, end);
                if (ARABIC.matcher(literal).find()) {
                    found.add(line + ": " + literal);
                }
                line += count(literal, '\n');
                i = end;
            } else {
                i++;
            }
        }
        return found;
    }

    private static String unescape(String source) {
        Matcher m = UNICODE_ESCAPE.matcher(source);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + (char) Integer.parseInt(m.group(2), 16)));
        }
        return m.appendTail(out).toString();
    }

    private static int count(String text, char c) {
        return (int) text.chars().filter(ch -> ch == c).count();
    }
}
