package org.terrortrade.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * The files a pull request changes, from git: {@code git diff --name-only <base>...HEAD} (what the branch changed
 * since it left its base), with the working tree's own uncommitted and new files, so that an editor sees their
 * unsaved work too; paths relative to the project folder. The base is the pull request's ({@code GITHUB_BASE_REF} in Actions), one given, or
 * {@code origin/main}, else {@code main}.
 *
 * @param base  the git revision compared against
 * @param files the changed files, relative to the repository's root, sorted
 */
public record GitChanges(String base, List<String> files) {

    /** git could not tell what changed (no repository, no such base, no git); the message says why. */
    public static final class Unavailable extends Exception {
        private static final long serialVersionUID = 1L;

        Unavailable(String message) {
            super(message);
        }
    }

    /** The base to compare with: {@code given} if not blank, else the pull request's base branch, else origin/main or main. */
    public static String baseOf(Path root, String given, Map<String, String> env) {
        if (given != null && !given.isBlank()) {
            return given;
        }
        String pullRequestBase = env.get("GITHUB_BASE_REF");
        if (pullRequestBase != null && !pullRequestBase.isBlank()) {
            return "origin/" + pullRequestBase;
        }
        try {
            git(root, "rev-parse", "--verify", "--quiet", "origin/main^{commit}");
            return "origin/main";
        } catch (Unavailable e) {
            return "main";
        }
    }

    /** What changed since {@code base} (committed on this branch, or not yet committed). */
    public static GitChanges since(Path root, String base) throws Unavailable {
        if (base.startsWith("-")) {
            throw new Unavailable("not a revision: " + base);
        }
        TreeSet<String> files = new TreeSet<>();
        files.addAll(git(root, "diff", "--name-only", "--relative", "--no-renames", base + "...HEAD", "--"));
        files.addAll(git(root, "diff", "--name-only", "--relative", "--no-renames", "HEAD", "--"));
        files.addAll(git(root, "ls-files", "--others", "--exclude-standard"));
        return new GitChanges(base, List.copyOf(files));
    }

    /** Whether {@code path} (relative to the repository) is among the changed files. */
    public boolean contains(String path) {
        return files.contains(path);
    }

    /** The lines git prints, or {@link Unavailable} with its message when it fails. */
    private static List<String> git(Path root, String... args) throws Unavailable {
        List<String> command = new ArrayList<>(List.of("git", "-c", "core.quotePath=false", "-C", root.toString()));
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
            process.getOutputStream().close();
            byte[] out = process.getInputStream().readAllBytes();
            byte[] err = process.getErrorStream().readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new Unavailable("git " + String.join(" ", args) + " did not finish");
            }
            if (process.exitValue() != 0) {
                String why = new String(err, StandardCharsets.UTF_8).strip();
                throw new Unavailable("git " + String.join(" ", args) + ": " + (why.isEmpty() ? "exit " + process.exitValue() : why));
            }
            return new String(out, StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new Unavailable("git could not be run: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted");
        }
    }
}
