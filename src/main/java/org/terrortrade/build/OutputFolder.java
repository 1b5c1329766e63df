package org.terrortrade.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.terrortrade.problem.BuildFailedException;
import org.terrortrade.problem.EditorText;

/**
 * Where a build may publish. Publishing replaces the output folder as a whole, so a wrong {@code --out=} would delete
 * what is there: the output may not be the project itself, one of its ancestors, or inside the sources
 * ({@code content/}, {@code templates/}, {@code assets/}, {@code src/}, {@code .git}); and an existing non-empty folder is
 * replaced only when a build made it (a marker file beside it, {@link #markBuilt}) or it lies inside Maven's
 * {@code target/}, which is the build's own by definition. Checked before anything is created or deleted.
 */
public final class OutputFolder {
    /** Folders of the project that hold sources: an output inside one would delete or mix into them. */
    private static final List<String> SOURCES = List.of("content", "templates", "assets", "src", ".git", ".github", ".mvn");

    private OutputFolder() {
    }

    /** The marker a successful publish leaves beside the output ({@code target/.site.built} for {@code target/site}). */
    static Path marker(Path output) {
        return output.resolveSibling("." + output.getFileName() + ".built");
    }

    /** Records that a build made {@code output}. */
    static void markBuilt(Path output) throws IOException {
        Path marker = marker(output);
        if (!Files.exists(marker)) {
            Files.writeString(marker, "This folder's sibling " + output.getFileName() + " was written by the site build and may be replaced by it.\n");
        }
    }

    /** Throws {@link BuildFailedException} (step "output") when a build must not write to {@code output}. */
    public static void check(Path projectRoot, Path output) {
        Path root = real(projectRoot);
        Path out = real(output);
        String shown = out.startsWith(root) && !out.equals(root) ? root.relativize(out).toString().replace('\\', '/') : out.toString();
        if (out.getParent() == null || root.startsWith(out)) {
            throw refused(shown, "output-is-project");
        }
        for (String source : SOURCES) {
            if (out.startsWith(root.resolve(source))) {
                throw refused(shown, "output-in-sources", source + "/");
            }
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw refused(shown, "output-not-folder");
        }
        boolean ours = Files.exists(marker(out)) || out.startsWith(root.resolve("target")) && !out.equals(root.resolve("target"));
        if (!ours && !isEmptyFolder(out)) {
            throw refused(shown, "output-not-ours");
        }
    }

    private static BuildFailedException refused(String shown, String key, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = shown;
        System.arraycopy(args, 0, all, 1, args.length);
        return new BuildFailedException("output", List.of(EditorText.problem(shown, 1, key, key, all)));
    }

    private static boolean isEmptyFolder(Path folder) {
        if (!Files.exists(folder)) {
            return true;
        }
        try (java.util.stream.Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The path with links resolved as far as it exists, so that a link to the project is seen as the project. */
    private static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
        } catch (IOException e) {
            return absolute;
        }
    }
}
