package org.terrortrade.post;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The pages a warm builder (serve mode) finished last time. Post-processing is a function of a page's rendered HTML,
 * its path and what the transforms read besides (the site's settings, the model, the fingerprinted assets: the
 * caller's {@code context}, compared with {@code equals}). So while the context is last time's, a page whose rendered
 * HTML is the same string as last time's is written as it was finished then, with what was kept of its tree, and is
 * not parsed again. Only a build whose post-processing found no problem is remembered: a page that was reported is
 * always processed again.
 */
public final class ProcessedBefore {
    /** One finished page: the HTML it was rendered as, the bytes written, and what was kept of its tree. */
    record Finished(String rendered, byte[] written, Object kept) {
    }

    private Object context;
    private Map<String, Finished> previous = Map.of();
    private final Map<String, Finished> current = new ConcurrentHashMap<>();

    /** Starts a post-process step run in {@code context}: last time's pages count only if it is last time's. */
    void begin(Object context) {
        if (!context.equals(this.context)) {
            previous = Map.of();
        }
        this.context = context;
        current.clear();
    }

    /** The page as finished last time, or null when it was rendered differently then (or not at all). */
    Finished reuse(String path, String rendered) {
        Finished before = previous.get(path);
        return before != null && before.rendered().equals(rendered) ? before : null;
    }

    void keep(String path, Finished page) {
        current.put(path, page);
    }

    /**
     * Ends the step: with no problem found, its pages are what the next build may reuse; otherwise nothing is (a
     * page reported now must be processed, and reported, again).
     */
    public void end(boolean clean) {
        previous = clean ? Map.copyOf(current) : Map.of();
        current.clear();
    }
}
