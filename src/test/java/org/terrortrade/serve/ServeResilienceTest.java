package org.terrortrade.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.terrortrade.types.ContentTypes;
import org.terrortrade.TestProject;
import org.terrortrade.build.SiteBuilder;

/**
 * Serve mode with faults injected: every failure of a rebuild (I/O, an error, content) is told on the page and in the
 * terminal and the next save rebuilds; a page that stops reading never blocks a rebuild; closed pages release their
 * sockets (the fd count stays flat over 1,000 page loads); both servers guard their doors.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServeResilienceTest {
    private TestProject project;
    private DevServer server;
    private final StringBuffer console = new StringBuffer();

    @BeforeAll
    void start(@TempDir Path folder) throws IOException {
        project = TestProject.copyOfSite(folder);
        server = new DevServer(new SiteBuilder(step -> { }, true, ContentTypes.standard()), project.options(), console::append, new LiveReload(100)).start(0);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void survivesEveryKindOfFailedRebuildAndRebuildsOnTheNextSave(@TempDir Path folder) throws Exception {
        TestProject own = TestProject.copyOfSite(folder);
        StringBuffer said = new StringBuffer();
        // Its own server, whose watcher also sees each change below: every change and rebuild is made while holding the
        // server's monitor (rebuild is synchronized on it), so the watcher's rebuilds come before or after, never between.
        try (DevServer dev = new DevServer(new SiteBuilder(step -> { }, true, ContentTypes.standard()), own.options(), said::append, new LiveReload(100)).start(0);
                Socket page = openEvents(dev.port())) {
            InputStream in = page.getInputStream();
            readUntil(in, "event: hello");

            // I/O in a step: a vendored script is missing.
            Path script = own.root().resolve("assets/js/vendor/lunr.min.js");
            byte[] saved = Files.readAllBytes(script);
            synchronized (dev) {
                Files.delete(script);
                assertFalse(dev.rebuild(Set.of(script)));
            }
            readUntil(in, "[io-error]"); // told on the open page
            synchronized (dev) {
                Files.write(script, saved);
                assertTrue(dev.rebuild(Set.of(script)), said.toString());
            }
            readUntil(in, "event: reload");

            // I/O before any step: the output's parent is not a folder.
            Path target = own.root().resolve("target");
            Path moved = own.root().resolve("target-moved");
            synchronized (dev) {
                Files.move(target, moved);
                Files.writeString(target, "a file where the output folder should be");
                assertFalse(dev.rebuild(Set.of()));
                Files.delete(target);
                Files.move(moved, target);
            }
            readUntil(in, "data: build failed: ");
            synchronized (dev) {
                assertTrue(dev.rebuild(Set.of()), said.toString());
            }

            // 10,000 nested quotes: a message, not a dead server.
            Path deep = own.root().resolve("content/zz-deep.md");
            synchronized (dev) {
                own.write("content/zz-deep.md", "---\ntype: page\ntitle: عميقة\ndescription: وصف\ndate: 2026-01-01\n---\n\n"
                        + ">".repeat(10_000) + " نص\n");
                assertFalse(dev.rebuild(Set.of(deep)));
            }
            readUntil(in, "[too-deep]");
            synchronized (dev) {
                Files.delete(deep);
                assertTrue(dev.rebuild(Set.of(deep)));
            }
        }
        assertTrue(said.toString().contains("ENOENT"), said.toString());
        assertFalse(said.toString().contains("\tat org."), "no stack trace: " + said);
    }

    @Test
    void theWatcherOutlivesAnErrorThrownByARebuild(@TempDir Path root) throws Exception {
        Path content = Files.createDirectories(root.resolve("content"));
        BlockingQueue<Set<Path>> bursts = new LinkedBlockingQueue<>();
        try (ChangeWatcher watcher = new ChangeWatcher(List.of(content), Set.of(), Duration.ofMillis(50), changed -> {
            bursts.add(changed);
            if (bursts.size() == 1) {
                throw new StackOverflowError("injected");
            }
        }).start()) {
            Files.writeString(content.resolve("a.md"), "one");
            assertTrue(bursts.poll(20, TimeUnit.SECONDS) != null);
            Thread.sleep(300);
            Files.writeString(content.resolve("a.md"), "two");
            assertTrue(bursts.poll(20, TimeUnit.SECONDS) != null, "the next save is still seen");
        }
    }

    @Test
    void aPageThatStopsReadingNeverBlocksARebuild() throws Exception {
        try (Socket stalled = openEvents()) {
            stalled.setReceiveBufferSize(1024);
            readUntil(stalled.getInputStream(), "event: hello");
            String problems = "content/x.md:1: مشكلة طويلة\n".repeat(20_000); // about 600 KB per broadcast
            assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
                for (int i = 0; i < 40; i++) {
                    server.live().failed(problems);
                }
            }, "broadcasts waited for a page that does not read");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (server.live().listeners() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertEquals(0, server.live().listeners(), "the stalled page was dropped");
        }
    }

    @Test
    void fileDescriptorsStayFlatOverAThousandPageLoads() throws Exception {
        Path fds = Path.of("/proc/self/fd");
        if (!Files.isDirectory(fds)) {
            return; // only where the system shows a process's descriptors
        }
        for (int i = 0; i < 20; i++) {
            pageLoad(); // warm up: threads, caches, lazily opened files
        }
        awaitNoListeners();
        long before = count(fds);
        for (int i = 0; i < 1000; i++) {
            pageLoad();
        }
        awaitNoListeners();
        long after = count(fds);
        assertTrue(after - before < 50, "descriptors before " + before + ", after 1,000 page loads " + after);
    }

    @Test
    void bothServersGuardTheirDoors() throws Exception {
        String ok = raw(server.port(), "GET /about.html HTTP/1.1\r\nHost: localhost:" + server.port() + "\r\nConnection: close\r\n\r\n");
        assertTrue(ok.startsWith("HTTP/1.1 200"), ok);
        assertTrue(ok.toLowerCase().contains("x-content-type-options: nosniff"), ok);

        String rebound = raw(server.port(), "GET /about.html HTTP/1.1\r\nHost: attacker.example\r\nConnection: close\r\n\r\n");
        assertTrue(rebound.startsWith("HTTP/1.1 403"), "a DNS-rebinding Host gets nothing: " + rebound);
        assertFalse(rebound.contains("<html"), rebound);
        String events = raw(server.port(), "GET " + LiveReload.EVENTS + " HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
        assertTrue(events.startsWith("HTTP/1.1 403"), events);

        String post = raw(server.port(), "POST /about.html HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        assertTrue(post.startsWith("HTTP/1.1 405") && post.contains("Allow: GET, HEAD"), post);
        String head = raw(server.port(), "HEAD /about.html HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        assertTrue(head.startsWith("HTTP/1.1 200") && !head.contains("<html"), head);

        var preview = new StaticSite(project.output(), "/", b -> b).likeAHost().start(0);
        try {
            int port = preview.getAddress().getPort();
            String gz = raw(port, "GET /about.html HTTP/1.1\r\nHost: localhost\r\nAccept-Encoding: gzip\r\nConnection: close\r\n\r\n");
            assertTrue(gz.contains("Content-encoding: gzip") || gz.toLowerCase().contains("content-encoding: gzip"), gz);
            assertTrue(gz.toLowerCase().contains("vary: accept-encoding"), head(gz));
            assertTrue(gz.toLowerCase().contains("x-content-type-options: nosniff"), head(gz));
            String put = raw(port, "PUT /about.html HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            assertTrue(put.startsWith("HTTP/1.1 405"), put);
            assertTrue(raw(port, "GET / HTTP/1.1\r\nHost: rebind.example:8899\r\nConnection: close\r\n\r\n").startsWith("HTTP/1.1 403"));
        } finally {
            preview.stop(0);
        }
    }

    @Test
    void aSymlinkInTheSiteFolderIsNotFollowedOut(@TempDir Path outside) throws Exception {
        Path secret = Files.writeString(outside.resolve("secret.txt"), "SECRET-OUTSIDE");
        Path link = project.output().resolve("leak.txt");
        Files.createSymbolicLink(link, secret);
        try {
            String answer = raw(server.port(), "GET /leak.txt HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            assertTrue(answer.startsWith("HTTP/1.1 404") && !answer.contains("SECRET-OUTSIDE"), answer);
        } finally {
            Files.deleteIfExists(link);
        }
    }

    @Test
    void aSlowRequestIsCutOff() throws Exception {
        try (Socket slow = new Socket("127.0.0.1", server.port())) {
            slow.setSoTimeout(40_000);
            slow.getOutputStream().write("GET /about.html HTTP/1.1\r\nHost: localhost\r\n".getBytes(StandardCharsets.US_ASCII));
            long start = System.nanoTime();
            assertEquals(-1, slow.getInputStream().read(), "the server closed the connection");
            assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(30));
        }
    }

    /** A browser's page load: the page, then its event stream, then the tab goes away. */
    private void pageLoad() throws IOException {
        raw(server.port(), "GET /about.html HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        try (Socket events = openEvents()) {
            readUntil(events.getInputStream(), "event: hello");
        }
    }

    private void awaitNoListeners() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (server.live().listeners() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        Thread.sleep(300);
    }

    private static long count(Path fds) throws IOException {
        try (Stream<Path> list = Files.list(fds)) {
            return list.count();
        }
    }

    private Socket openEvents() throws IOException {
        return openEvents(server.port());
    }

    private static Socket openEvents(int port) throws IOException {
        Socket socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(60_000);
        OutputStream out = socket.getOutputStream();
        out.write(("GET " + LiveReload.EVENTS + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return socket;
    }

    /** Reads the stream until {@code marker} has been seen; returns what was read. */
    private static String readUntil(InputStream in, String marker) throws IOException {
        StringBuilder seen = new StringBuilder();
        byte[] buffer = new byte[8192];
        while (seen.indexOf(marker) < 0) {
            int n = in.read(buffer);
            if (n < 0) {
                throw new IOException("stream ended before " + marker + ": " + seen);
            }
            seen.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
        }
        return seen.toString();
    }

    private static String raw(int port, String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    private static String head(String response) {
        int end = response.indexOf("\r\n\r\n");
        return end < 0 ? response : response.substring(0, end);
    }
}
