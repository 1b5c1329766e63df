package org.terrortrade;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.terrortrade.content.ContentLoader;
import org.terrortrade.problem.Problems;
import org.terrortrade.content.SourceFile;

/** Small content files for unit tests: written under a temporary project root and loaded as the build loads them. */
public final class UnitFiles {
    private final Path root;

    public UnitFiles(Path root) {
        this.root = root;
    }

    /** Writes {@code text} to {@code relativePath} (e.g. content/about.md) and loads it. */
    public SourceFile file(String relativePath, String text) {
        try {
            Path file = root.resolve(relativePath);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            Problems problems = new Problems();
            SourceFile loaded = new ContentLoader(root).load(file, problems);
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException(String.valueOf(problems.sorted()));
            }
            return loaded;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A page of {@code type} with a title, description and dates. */
    public SourceFile page(String relativePath, String type, String title, String date) {
        return file(relativePath, "---\ntype: " + type + "\ntitle: " + title + "\ndescription: وصف " + title + "\ndate: " + date
                + "\n---\nنص.\n");
    }
}
