package org.terrortrade.serve;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.terrortrade.problem.EditorText;
import org.terrortrade.build.GitChanges;
import org.terrortrade.build.ReviewPage;
import org.terrortrade.post.ScriptPolicy;
import org.terrortrade.build.SiteBuilder;
import org.terrortrade.problem.BuildFailedException;
import org.terrortrade.problem.IoCause;
import org.terrortrade.problem.Problem;

import com.sun.net.httpserver.HttpServer;

/**
 * {@code serve}: builds the site, serves the output on localhost, watches the sources and rebuilds in this warm
 * JVM on every save, then tells open pages to reload. A failed rebuild keeps serving the last good site and shows
 * the problems in the page.
 */
public final class DevServer implements AutoCloseable {
    /** The reload client, and its hash: pages name every script they may run (post.ScriptPolicy), this one too. */
    private static final byte[] RELOAD_JS = reloadScript();
    private static final String RELOAD_HASH = "sha256-" + ScriptPolicy.sha256(RELOAD_JS);
    private static final String INJECT = "<script src=\"" + LiveReload.SCRIPT + "\" defer integrity=\"" + RELOAD_HASH + "\"></script>";

    private final SiteBuilder builder;
    private final SiteBuilder.Options options;
    private final LiveReload live;
    private final Consumer<String> console;
    private HttpServer http;
    private ChangeWatcher watcher;
    private boolean closed;

    public DevServer(SiteBuilder builder, SiteBuilder.Options options, Consumer<String> console) {
        this(builder, options, console, new LiveReload());
    }

    /** With a given reload channel (tests use one that notices closed pages sooner). */
    DevServer(SiteBuilder builder, SiteBuilder.Options options, Consumer<String> console, LiveReload live) {
        this.live = live;
        this.builder = builder;
        this.options = options;
        this.console = console;
    }

    /** Builds once, then serves on {@code port} (0 picks a free one) and watches the sources. */
    public DevServer start(int port) throws IOException {
        rebuild(Set.of());
        StaticSite site = new StaticSite(options.output(), "/", DevServer::inject);
        http = site.start(port);
        // The reload channel and script live beside the site, never in it.
        StaticSite.guard(http.createContext(LiveReload.EVENTS, live::subscribe));
        StaticSite.guard(http.createContext(LiveReload.SCRIPT, exchange -> {
            try (exchange) {
                StaticSite.send(exchange, 200, "js", RELOAD_JS);
            }
        }));
        // The reviewer's page: drawn on each request from the sources as they are now, never written into the site.
        StaticSite.guard(http.createContext(ReviewPage.SERVED_AT, exchange -> {
            try (exchange) {
                String path = exchange.getRequestURI().getPath();
                boolean all = path.equals(ReviewPage.SERVED_AT + "all");
                if (!all && !path.equals(ReviewPage.SERVED_AT)) {
                    StaticSite.send(exchange, 404, "txt", "Not found".getBytes(StandardCharsets.UTF_8));
                    return;
                }
                byte[] page;
                int status = 200;
                try {
                    page = review(all).getBytes(StandardCharsets.UTF_8);
                } catch (BuildFailedException e) {
                    status = 500;
                    page = e.getMessage().getBytes(StandardCharsets.UTF_8);
                } catch (RuntimeException e) { // NOPMD: a broken review page must not stop serve mode
                    status = 500;
                    page = ("review failed: " + (IoCause.isIo(e) ? IoCause.describe(e) : e.toString())).getBytes(StandardCharsets.UTF_8);
                }
                StaticSite.send(exchange, status, status == 200 ? "html" : "txt", page);
            }
        }));
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

    /**
     * Rebuilds after a change; public so tests can drive it without the file system's timing. Whatever goes wrong
     * (content problems, I/O, an error) is told in the terminal and on the open pages, the last good site stays
     * served, and the next save rebuilds: nothing escapes to the watcher.
     */
    public synchronized boolean rebuild(Set<Path> changed) {
        if (closed) {
            return false; // a change seen just before the server stopped
        }
        try {
            if (!changed.isEmpty()) {
                console.accept("changed: " + changed.stream().map(p -> relative(p)).sorted().toList());
            }
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
        } catch (Throwable e) { // NOPMD: serve mode must outlive any failure of one rebuild, errors included
            String what = e instanceof StackOverflowError
                    ? EditorText.text("problem.too-deep.serve.message") + " — " + EditorText.text("problem.too-deep.serve.fix")
                    : IoCause.isIo(e) ? IoCause.describe(e) : e.toString();
            console.accept("build failed: " + what + "; still serving the last good site; the next save rebuilds");
            live.failed("build failed: " + what);
            return false;
        }
    }

    /**
     * The review page of the claims changed since the default base ({@link GitChanges#baseOf}), or of all of them; one at
     * a time with rebuilds, which share this builder.
     */
    synchronized String review(boolean all) {
        Path root = options.projectRoot();
        ReviewPage.Scope scope;
        if (all) {
            scope = ReviewPage.Scope.everything();
        } else {
            try {
                scope = ReviewPage.Scope.changedSince(GitChanges.since(root, GitChanges.baseOf(root, null, java.util.Map.of())));
            } catch (GitChanges.Unavailable e) {
                scope = ReviewPage.Scope.gitUnavailable(e.getMessage());
            }
        }
        return ReviewPage.render(root, builder.review(options), scope, true);
    }

    private String relative(Path path) {
        Path root = options.projectRoot();
        return path.startsWith(root) ? root.relativize(path).toString() : path.toString();
    }

    private static byte[] reloadScript() {
        try (InputStream in = DevServer.class.getResourceAsStream("/serve/reload.js")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] inject(byte[] html) {
        String page = new String(html, StandardCharsets.UTF_8);
        // The page's policy names its own scripts only; served locally, it names the reload client as well.
        String allowed = java.util.regex.Matcher.quoteReplacement("script-src '" + RELOAD_HASH + "'");
        page = page.contains("script-src 'none'") ? page.replaceFirst("script-src 'none'", allowed) : page.replaceFirst("script-src ", allowed + " ");
        int end = page.lastIndexOf("</body>");
        String withScript = end < 0 ? page + INJECT : page.substring(0, end) + INJECT + page.substring(end);
        return withScript.getBytes(StandardCharsets.UTF_8);
    }

    /** Stops watching and serving; waits for a rebuild in progress, and no rebuild starts afterwards. */
    @Override
    public synchronized void close() {
        closed = true;
        if (watcher != null) {
            watcher.close();
        }
        live.closeAll();
        builder.close();
        if (http != null) {
            http.stop(0);
        }
    }
}
