package org.terrortrade.build;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.atomic.AtomicBoolean;

import java.nio.file.Path;

import org.terrortrade.meta.CardRenderer;
import org.terrortrade.site.SitePages;

/**
 * The social cards, drawn in a fork-join pool of their own from the moment the pages are made, while the pages are rendered,
 * post-processed and checked. A card needs only its page's title and kicker, and drawing them is a third of a large
 * build's CPU: done in between, it keeps the second core busy through steps that use one.
 * {@link #await} hands a failure of the drawing to the build, as if it had happened in the step that waits;
 * {@link #close} stops a drawing the build no longer needs and waits for it, so that nothing writes into a staging
 * folder that is being discarded.
 */
final class CardsAlongside implements AutoCloseable {
    private final AtomicBoolean stop = new AtomicBoolean();
    private final CompletableFuture<Void> drawing;

    CardsAlongside(CardRenderer cards, Path siteRoot, SitePages pages, String siteName) {
        // A pool of their own, as wide as the machine: the drawing's parallel stream then runs in it, not in the common
        // pool that rendering and post-processing use (a thread outside that pool waiting on its tasks spun, a second's
        // CPU at 5,000 pages), and once the other steps are done the cards have every core. Its threads end with it.
        ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors(), CardsAlongside::daemon, null, false);
        drawing = CompletableFuture.runAsync(() -> cards.writeAll(siteRoot, pages, siteName, stop::get), pool)
                .whenComplete((done, failure) -> pool.shutdown());
    }

    private static ForkJoinWorkerThread daemon(ForkJoinPool pool) {
        ForkJoinWorkerThread thread = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
        thread.setName("social-cards-" + thread.getPoolIndex());
        thread.setDaemon(true);
        return thread;
    }

    /** Waits until every card is written; a drawing that failed throws here what it threw. */
    void await() {
        try {
            drawing.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** Stops beginning cards and waits for those being drawn; what they failed with no longer matters. */
    @Override
    public void close() {
        stop.set(true);
        try {
            drawing.join();
        } catch (CompletionException ignored) {
            // The build has already failed or finished; the drawing's own failure would only hide the reason.
        }
    }
}
