package org.terrortrade.content;

import java.nio.file.Path;

/**
 * One content file after loading: its front matter (with line numbers) and its Markdown body.
 *
 * @param path          path relative to the project root, with forward slashes (used in every message)
 * @param file          absolute path on disk
 * @param frontMatter   the YAML header
 * @param body          the Markdown after the header, line endings normalised to \n
 * @param bodyFirstLine the file line on which the body starts
 */
public record SourceFile(String path, Path file, FrontMatter frontMatter, String body, int bodyFirstLine) {

    /** The content type, as written in the front matter (empty when missing). */
    public String type() {
        return frontMatter.text("type").orElse("");
    }

    /** The file name without its extension: the page's URL slug. */
    public String slug() {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }
}
