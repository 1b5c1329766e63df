package org.terrortrade.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;

import org.terrortrade.problem.EditorText;
import org.terrortrade.problem.Problem;

/**
 * Problems told to GitHub Actions as well as to the terminal, when the build runs there ({@code GITHUB_ACTIONS=true}):
 * one {@code ::error file=…,line=…,title=[key]::message — fix} workflow command per problem on standard output (GitHub
 * shows it on that line of the pull request), and a table of them appended to the job summary
 * ({@code GITHUB_STEP_SUMMARY}). Outside Actions it does nothing. The environment is passed in, never read here.
 */
public final class GitHubActions {
    private final Map<String, String> env;

    public GitHubActions(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    /** Whether this process runs as a step of a GitHub Actions job. */
    public boolean active() {
        return "true".equals(env.get("GITHUB_ACTIONS"));
    }

    /** Prints one annotation per problem to {@code out} and appends the summary table; nothing outside Actions. */
    public void report(List<Problem> problems, PrintStream out) {
        if (!active() || problems.isEmpty()) {
            return;
        }
        for (Problem problem : problems) {
            out.println(annotation(problem));
        }
        appendSummary(summary(problems));
    }

    /** Appends Markdown to the job summary file, if Actions named one. */
    public void appendSummary(String markdown) {
        String file = env.get("GITHUB_STEP_SUMMARY");
        if (!active() || file == null || file.isBlank()) {
            return;
        }
        try {
            Files.writeString(Path.of(file), markdown, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The workflow command for one problem: {@code ::error file=<path>,line=<n>,title=[<key>]::<message> — <fix>}. */
    public static String annotation(Problem problem) {
        return "::error file=" + property(problem.path()) + ",line=" + problem.line() + ",title=" + property("[" + problem.key() + "]")
                + "::" + data(problem.message() + " — " + problem.fix());
    }

    /** A command's message: {@code %}, CR and LF escaped (the rules of GitHub's toolkit, {@code escapeData}). */
    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A command's property value: as {@link #data}, and {@code :} and {@code ,} too ({@code escapeProperty}). */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }

    /** The job summary's table of problems: heading, then one row per problem (problem, file, line). */
    static String summary(List<Problem> problems) {
        StringBuilder md = new StringBuilder();
        md.append("### ").append(EditorText.text("console.summary.title", problems.size())).append("\n\n");
        md.append("| ").append(EditorText.text("console.summary.problem")).append(" | ").append(EditorText.text("console.summary.file"))
                .append(" | ").append(EditorText.text("console.summary.line")).append(" |\n");
        md.append("|---|---|---|\n");
        for (Problem problem : problems) {
            md.append("| ").append(cell(problem.message())).append(" `[").append(problem.key()).append("]` | `")
                    .append(problem.path().replace("`", "'")).append("` | ").append(problem.line()).append(" |\n");
        }
        return md.append('\n').toString();
    }

    /** Text in a Markdown table cell: one line, no pipe, no HTML, no Markdown emphasis or link from content. */
    static String cell(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.replace("\r", " ").replace("\n", " ").toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '|', '\\', '`', '*', '_', '[', ']', '#', '!' -> out.append('\\').append(c);
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
