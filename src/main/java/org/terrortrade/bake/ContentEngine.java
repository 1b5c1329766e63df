package org.terrortrade.bake;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.jbake.model.DocumentModel;
import org.terrortrade.content.SourceFile;
import org.terrortrade.types.ContentType;
import org.terrortrade.text.Messages;

/**
 * Turns a content file the loader already read and the validator accepted into the document JBake stores and
 * renders: its front matter, its dates, and its body rendered by {@link MarkdownRenderer} (with numbered paragraphs
 * when its type numbers them). Nothing is parsed twice; JBake's own markup engines and header parser are not used.
 */
final class ContentEngine {
    private final MarkdownRenderer markdown;
    private final Messages messages;

    ContentEngine(MarkdownRenderer markdown, Messages messages) {
        this.markdown = markdown;
        this.messages = messages;
    }

    DocumentModel document(SourceFile source, ContentType type) {
        DocumentModel document = DocumentModel.createDefaultDocumentModel();
        source.frontMatter().toMap().forEach((key, value) -> {
            if (value != null) {
                document.put(key, value);
            }
        });
        LocalDate date = LocalDate.parse(source.frontMatter().text("date").orElseThrow());
        LocalDate updated = source.frontMatter().text("updated").map(LocalDate::parse).orElse(date);
        document.setDate(Date.from(date.atStartOfDay().toInstant(ZoneOffset.UTC)));
        document.setStatus(source.frontMatter().text("status").orElse("published"));
        document.put("date_iso", date.toString());
        document.put("date_ar", ArabicText.date(date));
        document.put("updated_iso", updated.toString());
        document.put("updated_ar", ArabicText.date(updated));
        document.put("source_path", source.path());
        document.put("slug", source.slug());

        MarkdownRenderer.Rendered rendered = markdown.render(source.body(), type.numbersParagraphs(), messages);
        document.setBody(rendered.html());
        List<Map<String, Object>> toc = new ArrayList<>();
        for (MarkdownRenderer.Heading heading : rendered.toc()) {
            toc.add(Map.of("level", heading.level(), "id", heading.id(), "text", heading.text()));
        }
        document.put("toc", toc);
        document.put("words", rendered.words());
        document.put("reading_time", ArabicText.readingTime(rendered.words()));
        return document;
    }
}
