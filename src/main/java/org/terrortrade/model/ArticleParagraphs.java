package org.terrortrade.model;

import java.util.ArrayList;
import java.util.List;

import org.terrortrade.content.SourceFile;

import org.terrortrade.markdown.MarkdownRenderer;

import com.vladsch.flexmark.ast.Paragraph;

/**
 * The article's numbered paragraphs as plain text, in order: paragraph N here is {@code article.html#pN}, because
 * both come from {@link MarkdownRenderer#numberedParagraphs} over the one parser configuration. Provenance checks
 * and backlinks read them.
 */
public record ArticleParagraphs(List<String> texts) {

    public static ArticleParagraphs of(SourceFile article) {
        List<String> texts = new ArrayList<>();
        for (Paragraph paragraph : MarkdownRenderer.numberedParagraphs(article.markdown())) {
            texts.add(paragraph.getContentChars().toString().replaceAll("\\s+", " ").strip());
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
