package org.terrortrade.bake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.terrortrade.problem.Problems;

/**
 * Checks jbake.properties before JBake reads it. JBake reads it with commons-configuration, which interpolates
 * values: {@code ${url:…}} fetches a URL, {@code ${env:…}} and {@code ${sys:…}} read the environment,
 * {@code ${script:…}} runs a script, and {@code include=} reads another file. The settings need none of that, so any
 * {@code ${} in a value (however it is spelt: a {@code \u0024} escape, or split across a continuation line) and any
 * {@code include}/{@code includeoptional} is refused at its line; so is a key written twice (commons-configuration
 * would silently read both values as a list). A missing file is one problem that stops the build at once.
 */
public final class JBakeProperties {
    /** The settings file JBake reads; JBake also reads the legacy custom.properties when present. */
    public static final List<String> FILES = List.of("jbake.properties", "custom.properties");

    private JBakeProperties() {
    }

    /** One logical line of a properties file: its first physical line (1-based) and its unescaped text. */
    record Entry(int line, String key, String text) {
    }

    /** Reports every problem of the project's settings files; a missing jbake.properties is the only one then. */
    public static void check(Path projectRoot, Problems problems) {
        for (String name : FILES) {
            Path file = projectRoot.resolve(name);
            if (!Files.isRegularFile(file)) {
                if (name.equals("jbake.properties")) {
                    problems.report(name, 1, "missing-settings", "missing-settings");
                    return;
                }
                continue;
            }
            List<String> lines;
            try {
                lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                problems.report(name, 1, "unreadable-file", "unreadable-file", e.getMessage());
                continue;
            }
            Map<String, Integer> keys = new HashMap<>();
            for (Entry entry : entries(lines)) {
                if (entry.key().equals("include") || entry.key().equals("includeoptional")) {
                    problems.report(name, entry.line(), "settings-include", "settings-include", entry.key());
                } else if (entry.text().contains("${")) {
                    problems.report(name, entry.line(), "settings-interpolation", "settings-interpolation", entry.key());
                } else if (keys.putIfAbsent(entry.key(), entry.line()) != null) {
                    problems.report(name, entry.line(), "settings-duplicate", "settings-duplicate", entry.key(), String.valueOf(keys.get(entry.key())));
                }
            }
        }
    }

    /** The logical lines of a properties file, continuation lines joined and escapes ({@code \\uXXXX}, {@code \\x}) undone. */
    static List<Entry> entries(List<String> lines) {
        List<Entry> entries = new java.util.ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).stripLeading();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            int first = i + 1;
            StringBuilder logical = new StringBuilder(line);
            while (endsWithEscape(logical) && i + 1 < lines.size()) {
                logical.setLength(logical.length() - 1);
                logical.append(lines.get(++i).stripLeading());
            }
            String text = unescape(logical.toString());
            int end = 0;
            while (end < text.length() && "=: \t".indexOf(text.charAt(end)) < 0) {
                end++;
            }
            entries.add(new Entry(first, text.substring(0, end).strip(), text));
        }
        return entries;
    }

    private static boolean endsWithEscape(CharSequence line) {
        int backslashes = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    private static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 == text.length()) {
                out.append(c);
                continue;
            }
            char next = text.charAt(++i);
            if (next == 'u' && i + 4 < text.length() && text.substring(i + 1, i + 5).matches("[0-9a-fA-F]{4}")) {
                out.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
                i += 4;
            } else {
                out.append(next);
            }
        }
        return out.toString();
    }
}
