package org.terrortrade.bake;

import org.jbake.app.ContentStore;

/**
 * JBake's in-memory content store, kept open between the bakes of one serve session: creating the OrientDB database
 * was a third of every rebuild. JBake's Oven still empties it before each bake (clearing the cache is always on), so
 * each bake sees only the files it crawled. {@link #closeForGood()} ends it.
 */
final class WarmContentStore extends ContentStore {
    private boolean open;

    WarmContentStore(String name) {
        super("memory", name);
    }

    @Override
    public void startup() {
        if (!open) {
            super.startup();
            open = true;
        } else {
            // Rebuilds run on the watcher's thread: bind the open database session to it (this count does so).
            getDocumentCount("page");
        }
    }

    @Override
    public void close() {
        // Kept open for the next bake of this session.
    }

    void closeForGood() {
        if (open) {
            super.close();
            open = false;
        }
    }
}
