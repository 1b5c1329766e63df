package org.terrortrade.bake;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.parser.MarkupEngine;
import org.terrortrade.content.SourceFile;

/**
 * JBake's markup engine for {@code .md}: instead of JBake's own {@code key=value} header it hands JBake the
 * front matter and body that {@link org.terrortrade.content.ContentLoader} already read and the validator
 * accepted, and renders the body with {@link MarkdownRenderer}. Nothing is parsed twice.
 */
public final class ContentEngine extends MarkupEngine {
    private final Map<Path, SourceFile> sources;
    private final MarkdownRenderer markdown;

    public ContentEngine(List<SourceFile> files, MarkdownRenderer markdown) {
        this.sources = new LinkedHashMap<>();
        for (SourceFile file : files) {
            sources.put(file.file(), file);
        }
        this.markdown = markdown;
    }

    @Override
    public DocumentModel parse(JBakeConfiguration config, File file) {
        SourceFile source = sources.get(file.toPath().toAbsolutePath().normalize());
        if (source == null) {
            // The loader saw every file under content/; a file JBake finds that it did not see appeared meanwhile.
            throw new IllegalStateException(file + " was created during the build; build again");
        }
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

        boolean isArticle = "article".equals(source.type());
        MarkdownRenderer.Rendered rendered = markdown.render(source.body(), isArticle);
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
