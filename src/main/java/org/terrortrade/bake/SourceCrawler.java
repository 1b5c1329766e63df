package org.terrortrade.bake;

import java.io.File;
import java.util.List;

import org.jbake.app.ContentStore;
import org.jbake.app.Crawler;
import org.jbake.app.FileUtil;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.model.DocumentTypes;
import org.terrortrade.content.SourceFile;

/**
 * Hands JBake the content files the loader already read, instead of letting JBake walk {@code content/} again,
 * hash every file and query its store once per file to see whether it changed (every bake starts from an empty
 * store, so every file is new). Glossary terms are data for the glossary page, not pages: they are not handed over.
 */
final class SourceCrawler extends Crawler {
    private final ContentStore db;
    private final JBakeConfiguration config;
    private final List<SourceFile> files;
    private final ContentEngine engine;

    SourceCrawler(ContentStore db, JBakeConfiguration config, List<SourceFile> files, ContentEngine engine) {
        super(db, config);
        this.db = db;
        this.config = config;
        this.files = files;
        this.engine = engine;
    }

    @Override
    public void crawl() {
        // Rendering Markdown is the costly part and each file is independent: do it on every core, then store in order.
        List<DocumentModel> documents = files.parallelStream().filter(source -> !source.type().equals("term"))
                .map(this::document).toList();
        documents.forEach(db::addDocument);
    }

    private DocumentModel document(SourceFile source) {
        File file = source.file().toFile();
        DocumentModel document = engine.parse(config, file);
        if (!DocumentTypes.contains(document.getType())) {
            throw new IllegalStateException("No template for type " + document.getType() + ": add template."
                    + document.getType() + ".file to jbake.properties");
        }
        String uri = source.outputPath();
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
