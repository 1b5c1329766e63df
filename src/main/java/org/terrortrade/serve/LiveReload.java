package org.terrortrade.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;

/**
 * Server-sent events to the pages open in serve mode: "reload" after a successful rebuild, "failed" with the
 * problem list after a failed one. Only the dev server injects the client script; the built site never has it.
 */
public final class LiveReload {
    /** Path of the event stream and of the client script, outside anything the site could contain. */
    public static final String EVENTS = "/__live/events";
    public static final String SCRIPT = "/__live/reload.js";

    private final List<OutputStream> clients = new CopyOnWriteArrayList<>();
    private volatile long generation;

    /** Keeps an event-stream request open; it receives every later broadcast. */
    public void subscribe(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        out.write(("retry: 500\nevent: hello\ndata: " + generation + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
        clients.add(out);
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

    private void broadcast(String event, String data) {
        StringBuilder message = new StringBuilder("event: ").append(event).append('\n');
        for (String line : data.split("\n", -1)) {
            message.append("data: ").append(line).append('\n');
        }
        byte[] bytes = message.append('\n').toString().getBytes(StandardCharsets.UTF_8);
        for (OutputStream client : clients) {
            try {
                client.write(bytes);
                client.flush();
            } catch (IOException e) {
                clients.remove(client); // the tab was closed
            }
        }
    }
}
