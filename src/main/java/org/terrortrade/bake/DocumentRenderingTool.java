package org.terrortrade.bake;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.jbake.app.ContentStore;
import org.jbake.app.DocumentList;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.render.RenderingTool;
import org.jbake.template.RenderingException;

/**
 * Renders every document JBake crawled, in place of JBake 2.7.0's {@code DocumentsRenderer}, which queries all
 * documents of a type and searches that list once per document (to link previous and next posts, which this site
 * does not use): work proportional to N² that dominates large sites. Here: one query, then the pages are rendered
 * in parallel (templates and the model are read-only; Freemarker's configuration is thread-safe).
 */
public final class DocumentRenderingTool implements RenderingTool {

    /** The interface's older form, which JBake 2.7.0 no longer calls. */
    @Override
    @Deprecated
    public int render(Renderer renderer, ContentStore db, java.io.File destination, java.io.File templatesPath,
            org.apache.commons.configuration2.CompositeConfiguration config) throws RenderingException {
        throw new UnsupportedOperationException("JBake 2.7 calls render(Renderer, ContentStore, JBakeConfiguration)");
    }

    @Override
    public int render(Renderer renderer, ContentStore db, JBakeConfiguration config) throws RenderingException {
        DocumentList<DocumentModel> documents = db.getUnrenderedContent();
        List<DocumentModel> list = new ArrayList<>(documents);
        List<String> errors = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger rendered = new AtomicInteger();
        list.parallelStream().forEach(document -> {
            try {
                renderer.render(document);
                rendered.incrementAndGet();
            } catch (Exception e) {
                errors.add(e.getMessage());
            }
        });
        if (!errors.isEmpty()) {
            throw new RenderingException("Failed to render documents. Cause(s):\n" + String.join("\n", errors));
        }
        return rendered.get();
    }
}
