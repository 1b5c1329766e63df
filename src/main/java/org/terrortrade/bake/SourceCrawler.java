package org.terrortrade.bake;

import java.io.File;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;

import org.jbake.app.ContentStore;
import org.jbake.app.Crawler;
import org.jbake.app.FileUtil;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.terrortrade.content.SourceFile;
import org.terrortrade.page.Page;
import org.terrortrade.site.SitePages;

/**
 * Hands JBake the pages the build already made, instead of letting JBake walk {@code content/} again, parse each
 * file with its own engines, hash it and query its store once per file to see whether it changed (every bake starts
 * from an empty store, so every file is new). JBake's document holds only what JBake itself reads: the type that
 * picks the template, the URI that names the output file, the status and the date. The template reads the
 * {@link Page}, found by that URI ({@link SiteTemplates}). JBake's data files ({@code data.folder}) are not used.
 */
final class SourceCrawler extends Crawler {
    private final ContentStore db;
    private final JBakeConfiguration config;
    private final SitePages pages;

    SourceCrawler(ContentStore db, JBakeConfiguration config, SitePages pages) {
        super(db, config);
        this.db = db;
        this.config = config;
        this.pages = pages;
    }

    @Override
    public void crawl() {
        Map<String, SourceFile> sources = pages.sources();
        for (Page page : pages.list()) {
            db.addDocument(document(page, sources.get(page.uri())));
        }
    }

    @Override
    public void crawlDataFiles() {
        // No data files: structured data lives in front matter.
    }

    private DocumentModel document(Page page, SourceFile source) {
        File file = source.file().toFile();
        DocumentModel document = DocumentModel.createDefaultDocumentModel();
        document.setType(page.type().name());
        document.setStatus(source.frontMatter().text("status").orElse("published"));
        document.setDate(Date.from(LocalDate.parse(page.added()).atStartOfDay().toInstant(ZoneOffset.UTC)));
        document.setRootPath(FileUtil.getUriPathToContentRoot(config, file));
        document.setSha1(""); // JBake compares hashes only to skip unchanged files; every bake starts empty
        document.setRendered(false);
        document.setFile(file.getPath());
        document.setSourceUri(page.uri());
        document.setUri(page.uri());
        document.setCached(true);
        return document;
    }
}
