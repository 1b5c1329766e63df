package org.terrortrade.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;

/**
 * Server-sent events to the pages open in serve mode: "reload" after a successful rebuild, "failed" with the
 * problem list after a failed one. Only the dev server injects the client script; the built site never has it.
 *
 * <p>Each open page has its own small queue, written by that page's own server thread; a broadcast only offers to
 * the queues, so it never waits for a page. A page whose queue is full (it stopped reading) is dropped. A comment
 * line is sent when nothing else was for a while, so a page that went away is noticed and its stream closed.
 */
public final class LiveReload {
    /** Path of the event stream and of the client script, outside anything the site could contain. */
    public static final String EVENTS = "/__live/events";
    public static final String SCRIPT = "/__live/reload.js";

    /**
     * Pages that may listen at once; one more is answered 503 at once (its browser stops retrying) instead of holding a
     * thread and a connection each, as a storm of reconnecting tabs would. Below {@link StaticSite#MAX_THREADS}, so
     * listeners never take every thread pages are served with.
     */
    public static final int MAX_LISTENERS = 32;
    private static final int QUEUE = 8;
    /** How long a page past the cap waits for a slot freed by the probe of closed pages. */
    private static final long PROBE_WAIT_MILLIS = 200;
    private static final byte[] CLOSE = new byte[0];
    private static final byte[] KEEP_ALIVE = ": keep-alive\n\n".getBytes(StandardCharsets.UTF_8);

    private final Set<BlockingQueue<byte[]>> clients = ConcurrentHashMap.newKeySet();
    private final java.util.concurrent.Semaphore slots = new java.util.concurrent.Semaphore(MAX_LISTENERS);
    private final long keepAliveMillis;
    private volatile long generation;

    /** A keep-alive comment every 2 s: a page that went away is noticed at the next write and its slot freed. */
    public LiveReload() {
        this(2_000);
    }

    /** @param keepAliveMillis how long a stream may stay silent before a comment line checks that the page is there */
    LiveReload(long keepAliveMillis) {
        this.keepAliveMillis = keepAliveMillis;
    }

    /** Serves one page's event stream on the calling thread until the page goes away, is dropped or the server stops. */
    public void subscribe(HttpExchange exchange) throws IOException {
        if (!slots.tryAcquire() && !slotAfterProbe()) {
            try (exchange) {
                exchange.getResponseHeaders().set("Retry-After", "30");
                StaticSite.refuse(exchange, 503, "Too many pages are listening for live reload; reload this page later");
            }
            return;
        }
        BlockingQueue<byte[]> queue = new ArrayBlockingQueue<>(QUEUE);
        try (exchange) {
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            out.write(("retry: 500\nevent: hello\ndata: " + generation + "\n\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            clients.add(queue);
            while (true) {
                byte[] message = queue.poll(keepAliveMillis, TimeUnit.MILLISECONDS);
                if (message == CLOSE) {
                    break;
                }
                out.write(message == null ? KEEP_ALIVE : message);
                out.flush();
            }
        } catch (IOException e) {
            // the page was closed or reloaded: its stream ends here
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            clients.remove(queue);
            slots.release();
        }
    }

    /**
     * At the cap, pages that went away may still hold slots until their next keep-alive: every listener is asked to
     * write now (twice: on a closed connection the first write is accepted and answered with a reset, the second
     * fails), which frees the slots of closed pages; then waits a moment for one.
     */
    private boolean slotAfterProbe() {
        for (BlockingQueue<byte[]> queue : clients) {
            if (!queue.offer(KEEP_ALIVE) || !queue.offer(KEEP_ALIVE)) {
                drop(queue);
            }
        }
        try {
            return slots.tryAcquire(PROBE_WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public void reload() {
        generation++;
        broadcast("reload", String.valueOf(generation));
    }

    public void failed(String problems) {
        broadcast("failed", problems);
    }

    /** How many rebuilds have been announced. */
    public long generation() {
        return generation;
    }

    /** How many pages are listening now. */
    public int listeners() {
        return clients.size();
    }

    /** Ends every stream (the server is stopping). */
    public void closeAll() {
        for (BlockingQueue<byte[]> queue : clients) {
            drop(queue);
        }
    }

    private void broadcast(String event, String data) {
        StringBuilder message = new StringBuilder("event: ").append(event).append('\n');
        for (String line : data.split("\n", -1)) {
            message.append("data: ").append(line).append('\n');
        }
        byte[] bytes = message.append('\n').toString().getBytes(StandardCharsets.UTF_8);
        for (BlockingQueue<byte[]> queue : clients) {
            if (!queue.offer(bytes)) {
                drop(queue); // it stopped reading: it would only hold messages, and a thread
            }
        }
    }

    private void drop(BlockingQueue<byte[]> queue) {
        clients.remove(queue);
        queue.clear();
        queue.offer(CLOSE);
    }
}
