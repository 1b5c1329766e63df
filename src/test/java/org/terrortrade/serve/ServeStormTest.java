package org.terrortrade.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

/**
 * Serve mode under a reconnect storm and under a source folder that is deleted and made again. All on 127.0.0.1,
 * bounded in connections and time; the time bounds are hang guards, not performance figures.
 */
class ServeStormTest {

    @TempDir
    Path folder;

    /** Sends a GET and reads the status line; the socket stays open (an event stream keeps its thread). */
    private static int open(Socket socket, int port, String path) throws IOException {
        socket.setSoTimeout(5000);
        OutputStream out = socket.getOutputStream();
        out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        InputStream in = socket.getInputStream();
        StringBuilder line = new StringBuilder();
        for (int c; (c = in.read()) >= 0 && c != '\n';) {
            line.append((char) c);
        }
        String[] parts = line.toString().split(" ");
        return parts.length > 1 ? Integer.parseInt(parts[1]) : -1;
    }

    private static long serverThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("static-site")).count();
    }

    @Test
    void eventStreamsPastTheCapGet503AndThreadsStayBounded() throws Exception {
        Files.writeString(folder.resolve("index.html"), "<!doctype html><title>x</title>");
        LiveReload live = new LiveReload(100);
        HttpServer http = new StaticSite(folder, "/", html -> html).start(0);
        StaticSite.guard(http.createContext(LiveReload.EVENTS, live::subscribe));
        int port = http.getAddress().getPort();
        List<Socket> sockets = new ArrayList<>();
        long threadsBefore = serverThreads(); // idle threads of servers other tests stopped end on their own
        try {
            assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
                int ok = 0;
                int busy = 0;
                for (int i = 0; i < LiveReload.MAX_LISTENERS + 20; i++) {
                    Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
                    sockets.add(socket);
                    int status = open(socket, port, LiveReload.EVENTS);
                    if (status == 200) {
                        ok++;
                    } else if (status == 503) {
                        busy++;
                    }
                }
                assertEquals(LiveReload.MAX_LISTENERS, ok, "streams up to the cap");
                assertEquals(20, busy, "503 past the cap");
                try (Socket page = new Socket(InetAddress.getLoopbackAddress(), port)) {
                    assertEquals(200, open(page, port, "/index.html"), "pages are still served while the streams are open");
                }
                assertTrue(serverThreads() - threadsBefore <= StaticSite.MAX_THREADS, "threads: " + serverThreads() + ", before " + threadsBefore);
            });
        } finally {
            for (Socket socket : sockets) {
                socket.close();
            }
        }
        // Closed pages are noticed by the next keep-alive write, and their slots freed.
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            while (live.listeners() > 0) {
                Thread.sleep(50);
            }
        });
        http.stop(0);
    }

    @Test
    void aSourceFolderDeletedAndMadeAgainIsWatchedAgain() throws Exception {
        Path content = Files.createDirectories(folder.resolve("content/actors"));
        Path templates = Files.createDirectories(folder.resolve("templates"));
        Files.writeString(folder.resolve("jbake.properties"), "a=b\n");
        Files.writeString(content.resolve("a.md"), "a");
        LinkedBlockingQueue<Set<Path>> bursts = new LinkedBlockingQueue<>();
        try (ChangeWatcher watcher = new ChangeWatcher(List.of(folder.resolve("content"), templates),
                Set.of(folder.resolve("jbake.properties")), Duration.ofMillis(100), bursts::add).start()) {
            try (Stream<Path> walk = Files.walk(folder.resolve("content"))) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
            Files.createDirectories(folder.resolve("content"));
            Thread.sleep(500); // let the watcher see the new folder before writing in it
            bursts.clear();
            Path edited = Files.writeString(folder.resolve("content/new.md"), "new");

            assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
                while (true) {
                    Set<Path> burst = bursts.poll(10, TimeUnit.SECONDS);
                    if (burst != null && burst.contains(edited)) {
                        return;
                    }
                }
            }, "an edit in the new content/ is reported");
        }
    }
}
