package org.terrortrade.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrortrade.TestProject;
import org.terrortrade.serve.StaticSite;

import com.sun.net.httpserver.HttpServer;

/** Built for a project sub-path (https://user.github.io/repo/), every link and asset resolves under it, 404 included. */
class BasePathTest {
    private static final String BASE = "/terror-trade/";

    @Test
    void everyLinkResolvesUnderTheSubPath(@TempDir Path folder) throws Exception {
        TestProject project = TestProject.copyOfSite(folder);
        project.buildUnder(BASE);
        HttpServer server = new StaticSite(project.output(), BASE, UnaryOperator.identity()).start(0);
        try {
            String origin = "http://127.0.0.1:" + server.getAddress().getPort();
            HttpClient http = HttpClient.newHttpClient();
            TreeSet<String> targets = new TreeSet<>();
            for (Path file : TestProject.htmlPages(project.output())) {
                String page = BASE + project.output().relativize(file).toString().replace('\\', '/');
                Document doc = Jsoup.parse(file.toFile(), "UTF-8", origin + page);
                for (Element link : doc.select("[href], [src]")) {
                    String raw = link.hasAttr("href") ? link.attr("href") : link.attr("src");
                    if (raw.startsWith("/")) {
                        assertTrue(raw.startsWith(BASE), page + " links outside the base path: " + raw);
                    }
                    String absolute = link.absUrl(link.hasAttr("href") ? "href" : "src");
                    if (absolute.startsWith(origin)) {
                        targets.add(absolute.replaceAll("#.*", ""));
                    }
                }
            }
            assertTrue(targets.size() > 30, "internal targets: " + targets.size());
            for (String target : targets) {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(target)).build(), HttpResponse.BodyHandlers.discarding());
                assertEquals(200, response.statusCode(), target);
            }
            // A missing page deep under the site gets the 404 page, whose links are absolute under the base path.
            HttpResponse<String> missing = http.send(HttpRequest.newBuilder(URI.create(origin + BASE + "a/b/c/missing.html")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(404, missing.statusCode());
            Document notFound = Jsoup.parse(missing.body(), origin + BASE + "a/b/c/missing.html");
            String css = notFound.selectFirst("link[rel=stylesheet]").absUrl("href");
            assertEquals(200, http.send(HttpRequest.newBuilder(URI.create(css)).build(), HttpResponse.BodyHandlers.discarding()).statusCode(), css);
        } finally {
            server.stop(0);
        }
    }
}
