package org.terrortrade.post;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The pages a warm builder (serve mode) finished last time. Post-processing a page is a function of its rendered
 * HTML, its path and what each transform reads besides ({@link PageTransform#inputs}). So a page rendered as the same
 * string as last time, with every transform's inputs equal to last time's, is written as it was finished then, with
 * what was kept of its tree, and is not parsed again. An edit to a profile changes the article's cross-links, which
 * read every actor, but not the other pages. Only a build whose post-processing found no problem is remembered: a page
 * that was reported is always processed, and reported, again.
 */
public final class ProcessedBefore {
    /** One finished page: what it was made from (its rendered HTML, its transforms' inputs), its text, what was kept. */
    record Finished(String rendered, Object inputs, String written, Object kept) {
    }

    private Map<String, Finished> previous = Map.of();
    private final Map<String, Finished> current = new ConcurrentHashMap<>();

    /** Starts a post-process step. */
    void begin() {
        current.clear();
    }

    /** The page as finished last time, or null when it was made from something else then (or not made at all). */
    Finished reuse(String path, String rendered, Object inputs) {
        Finished before = previous.get(path);
        return before != null && before.rendered().equals(rendered) && before.inputs().equals(inputs) ? before : null;
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
