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

    private static final int QUEUE = 8;
    private static final byte[] CLOSE = new byte[0];
    private static final byte[] KEEP_ALIVE = ": keep-alive\n\n".getBytes(StandardCharsets.UTF_8);

    private final Set<BlockingQueue<byte[]>> clients = ConcurrentHashMap.newKeySet();
    private final long keepAliveMillis;
    private volatile long generation;

    public LiveReload() {
        this(10_000);
    }

    /** @param keepAliveMillis how long a stream may stay silent before a comment line checks that the page is there */
    LiveReload(long keepAliveMillis) {
        this.keepAliveMillis = keepAliveMillis;
    }

    /** Serves one page's event stream on the calling thread until the page goes away, is dropped or the server stops. */
    public void subscribe(HttpExchange exchange) throws IOException {
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
