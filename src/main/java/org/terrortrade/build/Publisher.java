package org.terrortrade.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Builds happen in a fresh folder beside the output; only a build that passed every step replaces the output,
 * by renaming folders. A failed build deletes its folder and leaves the previous site exactly as it was. A build
 * that was killed is tidied up by the next one ({@link #recover}), which runs under the {@link BuildLock}.
 */
public final class Publisher {
    private final Path output;

    public Publisher(Path output) {
        this.output = output.toAbsolutePath().normalize();
    }

    private Path previous() {
        return output.resolveSibling("." + output.getFileName() + "-previous");
    }

    /**
     * Repairs what a killed build left: if a kill fell between the two renames of {@link #publish}, only the previous
     * site exists and is put back; staging folders of dead builds are deleted. Call with the build lock held.
     *
     * @return what was repaired, for the log (empty when nothing was)
     */
    public java.util.List<String> recover() {
        java.util.List<String> done = new java.util.ArrayList<>();
        Path previous = previous();
        try {
            if (Files.isDirectory(previous)) {
                if (!Files.exists(output)) {
                    move(previous, output);
                    done.add("restored " + output.getFileName() + " from the copy a killed build left");
                } else {
                    deleteRecursively(previous);
                }
            }
            Path parent = output.getParent();
            if (Files.isDirectory(parent)) {
                String prefix = "." + output.getFileName() + "-staging-";
                try (java.util.stream.Stream<Path> siblings = Files.list(parent)) {
                    for (Path stale : siblings.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().toList()) {
                        deleteRecursively(stale);
                        done.add("deleted the staging folder " + stale.getFileName() + " of a killed build");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot tidy up after an earlier build next to " + output, e);
        }
        return done;
    }

    public Path output() {
        return output;
    }

    /** A new empty folder on the same file system as the output, so that the final rename is atomic. */
    public Path stagingFolder() {
        try {
            Files.createDirectories(output.getParent());
            return Files.createTempDirectory(output.getParent(), "." + output.getFileName() + "-staging-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the output with the staged build. */
    public void publish(Path staging) {
        Path previous = previous();
        try {
            deleteRecursively(previous);
            if (Files.exists(output)) {
                move(output, previous);
            }
            move(staging, output);
            OutputFolder.markBuilt(output);
            deleteRecursively(previous);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot publish the site to " + output, e);
        }
    }

    /** Throws a failed build away. */
    public void discard(Path staging) {
        try {
            deleteRecursively(staging);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
