package org.terrortrade.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

/**
 * Serves a built site from a folder, as a static host does: {@code /dir/} means {@code /dir/index.html}, a missing
 * file gets the site's own 404.html with status 404. Optionally passes each HTML page through a filter (serve mode
 * uses it to add the reload script; the browser tests serve the files untouched).
 */
public final class StaticSite implements HttpHandler {
    static {
        // The JDK server closes a connection whose request headers take longer than this (slow clients), or whose
        // response takes longer (a reader that stopped reading); idle keep-alive connections close after 30 s.
        // Read once, when the first server starts; an explicit -D setting wins.
        setDefault("sun.net.httpserver.maxReqTime", "10");
        setDefault("sun.net.httpserver.maxRspTime", "60");
        setDefault("sun.net.httpserver.idleInterval", "30");
    }

    private static void setDefault(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("woff2", "font/woff2"),
            Map.entry("xml", "application/xml; charset=utf-8"), Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"), Map.entry("ico", "image/x-icon"),
            Map.entry("webmanifest", "application/manifest+json"));

    private final Path root;
    private final Path realRoot;
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
        Path real;
        try {
            real = this.root.toRealPath();
        } catch (IOException e) {
            real = this.root;
        }
        this.realRoot = real;
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

    /** The most threads a server answers with at once (idle ones end after 30 s). */
    public static final int MAX_THREADS = 48;

    /** A server on 127.0.0.1 ({@code port} 0 picks a free one) for this site alone. */
    public HttpServer start(int port) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        // A bounded pool: a storm of connections waits in the queue instead of each taking a thread. Live-reload
        // streams, which keep their thread, are capped well below it (LiveReload.MAX_LISTENERS), so pages are served.
        java.util.concurrent.ThreadPoolExecutor pool = new java.util.concurrent.ThreadPoolExecutor(MAX_THREADS, MAX_THREADS,
                30, java.util.concurrent.TimeUnit.SECONDS, new java.util.concurrent.LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "static-site");
                    t.setDaemon(true);
                    return t;
                });
        pool.allowCoreThreadTimeOut(true);
        http.setExecutor(pool);
        guard(http.createContext("/", this));
        http.start();
        return http;
    }

    /**
     * What every response of both servers gets, before any handler runs: only GET and HEAD (405 otherwise), only a
     * {@code Host} naming this machine (so a DNS-rebinding page on another site's name gets nothing), and
     * {@code X-Content-Type-Options: nosniff}.
     */
    public static HttpContext guard(HttpContext context) {
        context.getFilters().add(new Filter() {
            @Override
            public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
                exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
                String method = exchange.getRequestMethod();
                if (!isLocalHost(exchange.getRequestHeaders().getFirst("Host"))) {
                    refuse(exchange, 403, "Forbidden: this server answers only to localhost");
                } else if (!method.equals("GET") && !method.equals("HEAD")) {
                    exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                    refuse(exchange, 405, "Method not allowed");
                } else {
                    chain.doFilter(exchange);
                }
            }

            @Override
            public String description() {
                return "localhost only, GET and HEAD only, nosniff";
            }
        });
        return context;
    }

    /** localhost, 127.0.0.1 or [::1], with any port. */
    static boolean isLocalHost(String host) {
        if (host == null) {
            return false;
        }
        String name = host.strip().toLowerCase(java.util.Locale.ROOT).replaceFirst(":\\d+$", "");
        return name.equals("localhost") || name.equals("127.0.0.1") || name.equals("[::1]");
    }

    static void refuse(HttpExchange exchange, int status, String text) throws IOException {
        try (exchange) {
            send(exchange, status, "txt", text.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path;
            try {
                path = URLDecoder.decode(exchange.getRequestURI().getRawPath().replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                send(exchange, 400, "txt", "Bad request: malformed %-escape".getBytes(StandardCharsets.UTF_8));
                return;
            }
            Path file = path.startsWith(basePath) && path.indexOf('\0') < 0 ? root.resolve(path.substring(basePath.length())).normalize() : null;
            if (file != null && Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            if (file == null || !file.startsWith(root) || !Files.isRegularFile(file) || !insideReally(file)) {
                Path notFound = root.resolve("404.html");
                byte[] body = Files.isRegularFile(notFound) && insideReally(notFound) ? Files.readAllBytes(notFound)
                        : "404".getBytes(StandardCharsets.UTF_8);
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
                boolean compressible = !ext.equals("woff2") && !ext.equals("png");
                if (compressible) {
                    // The answer depends on the request's Accept-Encoding: caches must keep one copy per encoding.
                    exchange.getResponseHeaders().set("Vary", "Accept-Encoding");
                }
                String accepts = String.valueOf(exchange.getRequestHeaders().getFirst("Accept-Encoding"));
                if (compressible && accepts.contains("gzip")) {
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

    /** The file's real path (links resolved) is inside the site's real folder: a link in the site never leads out. */
    private boolean insideReally(Path file) {
        try {
            return file.toRealPath().startsWith(realRoot);
        } catch (IOException e) {
            return false;
        }
    }

    static void send(HttpExchange exchange, int status, String ext, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(ext, "application/octet-stream"));
        if (!exchange.getResponseHeaders().containsKey("Cache-Control")) {
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
        }
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.sendResponseHeaders(status, -1); // headers only; the JDK refuses a body for HEAD
            return;
        }
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
