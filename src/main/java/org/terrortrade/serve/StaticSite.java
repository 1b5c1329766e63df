package org.terrortrade.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.function.UnaryOperator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

/**
 * Serves a built site from a folder, as a static host does: {@code /dir/} means {@code /dir/index.html}, a missing
 * file gets the site's own 404.html with status 404. Optionally passes each HTML page through a filter (serve mode
 * uses it to add the reload script; the browser tests serve the files untouched).
 */
public final class StaticSite implements HttpHandler {
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("woff2", "font/woff2"),
            Map.entry("xml", "application/xml; charset=utf-8"), Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"), Map.entry("ico", "image/x-icon"),
            Map.entry("webmanifest", "application/manifest+json"));

    private final Path root;
    private final String basePath;
    private final UnaryOperator<byte[]> htmlFilter;
    private boolean likeAHost;

    /**
     * @param root       the built site
     * @param basePath   the path the site is served under ("/" or "/repo/")
     * @param htmlFilter applied to every HTML response
     */
    public StaticSite(Path root, String basePath, UnaryOperator<byte[]> htmlFilter) {
        this.root = root.toAbsolutePath().normalize();
        this.basePath = basePath;
        this.htmlFilter = htmlFilter;
    }

    /**
     * Serves as a static host such as GitHub Pages does, for measurements: text compressed with gzip when the browser
     * accepts it, and files whose names carry a content hash cached for a year. Development keeps "no-store".
     */
    public StaticSite likeAHost() {
        this.likeAHost = true;
        return this;
    }

    /** A server on 127.0.0.1 ({@code port} 0 picks a free one) for this site alone. */
    public HttpServer start(int port) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        http.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "static-site");
            t.setDaemon(true);
            return t;
        }));
        http.createContext("/", this);
        http.start();
        return http;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
            Path file = path.startsWith(basePath) ? root.resolve(path.substring(basePath.length())).normalize() : null;
            if (file != null && Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            if (file == null || !file.startsWith(root) || !Files.isRegularFile(file)) {
                Path notFound = root.resolve("404.html");
                byte[] body = Files.isRegularFile(notFound) ? Files.readAllBytes(notFound) : "404".getBytes(StandardCharsets.UTF_8);
                send(exchange, 404, "html", htmlFilter.apply(body));
                return;
            }
            String name = file.getFileName().toString();
            String ext = name.replaceAll(".*\\.", "");
            byte[] body = Files.readAllBytes(file);
            body = ext.equals("html") ? htmlFilter.apply(body) : body;
            if (likeAHost) {
                boolean fingerprinted = name.matches(".*\\.[0-9a-f]{10}\\.[a-z0-9]+");
                exchange.getResponseHeaders().set("Cache-Control", fingerprinted ? "public, max-age=31536000, immutable" : "max-age=600");
                String accepts = String.valueOf(exchange.getRequestHeaders().getFirst("Accept-Encoding"));
                if (!ext.equals("woff2") && !ext.equals("png") && accepts.contains("gzip")) {
                    java.io.ByteArrayOutputStream zipped = new java.io.ByteArrayOutputStream();
                    try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(zipped)) {
                        gzip.write(body);
                    }
                    exchange.getResponseHeaders().set("Content-Encoding", "gzip");
                    body = zipped.toByteArray();
                }
            }
            send(exchange, 200, ext, body);
        }
    }

    static void send(HttpExchange exchange, int status, String ext, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(ext, "application/octet-stream"));
        if (!exchange.getResponseHeaders().containsKey("Cache-Control")) {
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
        }
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
