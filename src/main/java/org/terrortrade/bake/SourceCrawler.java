package org.terrortrade.bake;

import java.io.File;
import java.util.List;

import org.jbake.app.ContentStore;
import org.jbake.app.Crawler;
import org.jbake.app.FileUtil;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.terrortrade.content.SourceFile;
import org.terrortrade.validate.ContentTypes;

/**
 * Hands JBake the content files the loader already read, instead of letting JBake walk {@code content/} again,
 * hash every file and query its store once per file to see whether it changed (every bake starts from an empty
 * store, so every file is new). Only files whose type makes pages are handed over, at the URL their type gives.
 * JBake's data files ({@code data.folder}) are not used: all data is front matter.
 */
final class SourceCrawler extends Crawler {
    private final ContentStore db;
    private final JBakeConfiguration config;
    private final List<SourceFile> files;
    private final ContentTypes types;
    private final ContentEngine engine;

    SourceCrawler(ContentStore db, JBakeConfiguration config, List<SourceFile> files, ContentTypes types, ContentEngine engine) {
        super(db, config);
        this.db = db;
        this.config = config;
        this.files = files;
        this.types = types;
        this.engine = engine;
    }

    @Override
    public void crawl() {
        // Rendering Markdown is the costly part and each file is independent: do it on every core, then store in order.
        List<DocumentModel> documents = files.parallelStream().filter(source -> types.of(source).isPage())
                .map(this::document).toList();
        documents.forEach(db::addDocument);
    }

    @Override
    public void crawlDataFiles() {
        // No data files: structured data lives in front matter.
    }

    private DocumentModel document(SourceFile source) {
        File file = source.file().toFile();
        DocumentModel document = engine.document(source, types.of(source));
        String uri = types.of(source).url(source);
        document.setRootPath(FileUtil.getUriPathToContentRoot(config, file));
        document.setSha1(""); // JBake compares hashes only to skip unchanged files; every bake starts empty
        document.setRendered(false);
        document.setFile(file.getPath());
        document.setSourceUri(uri);
        document.setUri(uri);
        document.setCached(true);
        return document;
    }
}
