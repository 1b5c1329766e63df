package org.terrortrade.model;

import java.util.ArrayList;
import java.util.List;

import org.terrortrade.content.SourceFile;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;

/**
 * The article's numbered paragraphs as plain text, in order: paragraph N here is {@code article.html#pN} (the
 * same top-level paragraphs {@link org.terrortrade.bake.MarkdownRenderer} numbers). Provenance checks and
 * backlinks read them.
 */
public record ArticleParagraphs(List<String> texts) {

    public static ArticleParagraphs of(SourceFile article) {
        List<String> texts = new ArrayList<>();
        Node document = Parser.builder().build().parse(article.body());
        for (Node child : document.getChildren()) {
            if (child instanceof Paragraph paragraph) {
                texts.add(paragraph.getContentChars().toString().replaceAll("\\s+", " ").strip());
            }
        }
        return new ArticleParagraphs(List.copyOf(texts));
    }

    public int count() {
        return texts.size();
    }

    public boolean exists(int number) {
        return number >= 1 && number <= texts.size();
    }

    /** Paragraph N (1-based). */
    public String text(int number) {
        return texts.get(number - 1);
    }
}
