package org.terrortrade.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import org.terrortrade.build.SiteBuilder;
import org.terrortrade.content.BuildFailedException;
import org.terrortrade.content.Problem;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * {@code serve}: builds the site, serves the output on localhost, watches the sources and rebuilds in this warm
 * JVM on every save, then tells open pages to reload. A failed rebuild keeps serving the last good site and shows
 * the problems in the page.
 */
public final class DevServer implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("woff2", "font/woff2"),
            Map.entry("xml", "application/xml; charset=utf-8"), Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"), Map.entry("ico", "image/x-icon"), Map.entry("webmanifest", "application/manifest+json"));
    private static final String INJECT = "<script src=\"" + LiveReload.SCRIPT + "\" defer></script>";

    private final SiteBuilder builder;
    private final SiteBuilder.Options options;
    private final LiveReload live = new LiveReload();
    private final Consumer<String> console;
    private HttpServer http;
    private ChangeWatcher watcher;

    public DevServer(SiteBuilder builder, SiteBuilder.Options options, Consumer<String> console) {
        this.builder = builder;
        this.options = options;
        this.console = console;
    }

    /** Builds once, then serves on {@code port} (0 picks a free one) and watches the sources. */
    public DevServer start(int port) throws IOException {
        rebuild(Set.of());
        http = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        http.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "http");
            t.setDaemon(true);
            return t;
        }));
        http.createContext("/", this::handle);
        http.start();
        Path root = options.projectRoot();
        watcher = new ChangeWatcher(
                List.of(root.resolve("content"), root.resolve("templates"), root.resolve("assets")),
                Set.of(root.resolve("jbake.properties")), Duration.ofMillis(150), this::rebuild).start();
        return this;
    }

    public int port() {
        return http.getAddress().getPort();
    }

    public LiveReload live() {
        return live;
    }

    /** Rebuilds after a change; public so tests can drive it without the file system's timing. */
    public synchronized boolean rebuild(Set<Path> changed) {
        if (!changed.isEmpty()) {
            console.accept("changed: " + changed.stream().map(p -> options.projectRoot().relativize(p).toString()).sorted().toList());
        }
        try {
            builder.build(options);
            live.reload();
            return true;
        } catch (BuildFailedException e) {
            StringBuilder text = new StringBuilder();
            for (Problem problem : e.problems()) {
                text.append(problem).append('\n');
            }
            console.accept("build failed at step " + e.step() + " (" + e.problems().size() + " problems); still serving the last good site:\n" + text);
            live.failed(text.toString());
            return false;
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
        if (path.equals(LiveReload.EVENTS)) {
            live.subscribe(exchange); // stays open: not closed here
            return;
        }
        try (exchange) {
            if (path.equals(LiveReload.SCRIPT)) {
                try (InputStream in = DevServer.class.getResourceAsStream("/serve/reload.js")) {
                    send(exchange, 200, "js", in.readAllBytes());
                }
                return;
            }
            Path site = options.output().toAbsolutePath().normalize();
            Path file = site.resolve(path.substring(1)).normalize();
            if (Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            if (!file.startsWith(site) || !Files.isRegularFile(file)) {
                Path notFound = site.resolve("404.html");
                byte[] body = Files.isRegularFile(notFound) ? Files.readAllBytes(notFound) : "404".getBytes(StandardCharsets.UTF_8);
                send(exchange, 404, "html", inject(body));
                return;
            }
            String ext = file.getFileName().toString().replaceAll(".*\\.", "");
            byte[] body = Files.readAllBytes(file);
            send(exchange, 200, ext, ext.equals("html") ? inject(body) : body);
        }
    }

    private static byte[] inject(byte[] html) {
        String page = new String(html, StandardCharsets.UTF_8);
        int end = page.lastIndexOf("</body>");
        String withScript = end < 0 ? page + INJECT : page.substring(0, end) + INJECT + page.substring(end);
        return withScript.getBytes(StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange exchange, int status, String ext, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(ext, "application/octet-stream"));
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        if (watcher != null) {
            watcher.close();
        }
        if (http != null) {
            http.stop(0);
        }
    }
}
