package org.terrortrade.content;

import org.terrortrade.markdown.MarkdownRenderer;
import org.terrortrade.problem.LineIndex;

import com.vladsch.flexmark.util.ast.Document;

import java.nio.file.Path;

/**
 * One content file after loading, read once: its front matter (with line numbers), its Markdown body and that body
 * parsed with the renderer's own configuration, and the body's line index. No later step opens the file or parses
 * its Markdown again.
 *
 * @param path          path relative to the project root, with forward slashes (used in every message)
 * @param file          absolute path on disk
 * @param frontMatter   the YAML header
 * @param body          the Markdown after the header, line endings normalised to \n
 * @param bodyFirstLine the file line on which the body starts
 * @param markdown      the body parsed by {@link MarkdownRenderer#parse}
 * @param lines         the file line of each offset in the body
 */
public record SourceFile(String path, Path file, FrontMatter frontMatter, String body, int bodyFirstLine, Document markdown,
        LineIndex lines) {

    /**
     * A loaded file, its body parsed once.
     *
     * @throws StackOverflowError when the body nests too deep for the parser (the loader reports it at its line)
     */
    public static SourceFile of(String path, Path file, FrontMatter frontMatter, String body, int bodyFirstLine) {
        return new SourceFile(path, file, frontMatter, body, bodyFirstLine, MarkdownRenderer.parse(body),
                new LineIndex(body, bodyFirstLine));
    }

    /** The content type, as written in the front matter (empty when missing). */
    public String type() {
        return frontMatter.text("type").orElse("");
    }

    /** Whether the file is a draft ({@code status: draft}): published nowhere, shown only in serve mode. */
    public boolean isDraft() {
        return frontMatter.text("status").orElse("published").equals("draft");
    }

    /** The file name without its extension: the page's URL slug. */
    public String slug() {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }
}
