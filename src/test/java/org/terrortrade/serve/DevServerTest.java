package org.terrortrade.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrortrade.types.ContentTypes;
import org.terrortrade.TestProject;
import org.terrortrade.build.SiteBuilder;

/** serve: the page is served with the reload script, a change rebuilds it, a failed rebuild keeps the last good site. */
class DevServerTest {

    @Test
    void servesRebuildsOnChangeAndKeepsTheLastGoodSite(@TempDir Path folder) throws Exception {
        TestProject project = TestProject.copyOfSite(folder);
        StringBuilder console = new StringBuilder();
        try (DevServer server = new DevServer(new SiteBuilder(step -> { }, true, ContentTypes.standard()), project.options(), console::append).start(0)) {
            HttpClient http = HttpClient.newHttpClient();
            String about = get(http, server, "/about.html");
            assertTrue(about.contains(LiveReload.SCRIPT), "served pages get the reload script");
            assertFalse(Files.readString(project.output().resolve("about.html")).contains(LiveReload.SCRIPT),
                    "the built file never has it");
            assertTrue(get(http, server, LiveReload.SCRIPT).contains("EventSource"));
            // The page's policy names the scripts it may run; served locally, the reload client is one of them.
            String hash = "sha256-" + org.terrortrade.post.ScriptPolicy.sha256(
                    get(http, server, LiveReload.SCRIPT).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(about);
            assertTrue(page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content").contains("script-src '" + hash + "'"), about);
            assertTrue(page.select("script[src=" + LiveReload.SCRIPT + "]").attr("integrity").equals(hash), about);

            // The reviewer's page beside the site, never in it: this copy is no git repository, so every claim.
            String review = get(http, server, "/_review/");
            assertTrue(review.contains("<article class=\"claim passes\"") && !review.contains(LiveReload.SCRIPT), "review page served");
            assertTrue(get(http, server, "/_review/all").contains("content/actors/pakistan-army.md:"), "every claim on request");
            assertFalse(Files.exists(project.output().resolve("_review")), "not written into the site");
            assertFalse(Files.readString(project.output().resolve("sitemap.xml")).contains("_review"), "not in the sitemap");

            long generation = server.live().generation();
            Path about_md = project.write("content/about.md", project.read("content/about.md").replace("## كيف نعمل", "## كيف نعمل الآن"));
            assertTrue(server.rebuild(Set.of(about_md)));
            assertEquals(generation + 1, server.live().generation(), "open pages are told to reload");
            assertTrue(get(http, server, "/about.html").contains("كيف نعمل الآن"), "the change is served");

            project.write("content/about.md", "---\ntype: page\n---\n");
            assertFalse(server.rebuild(Set.of(about_md)));
            assertTrue(console.toString().contains("content/about.md:"), "problems printed: " + console);
            assertTrue(get(http, server, "/about.html").contains("كيف نعمل الآن"), "last good site still served");

            HttpResponse<String> missing = http.send(HttpRequest.newBuilder(url(server, "/nowhere.html")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(404, missing.statusCode());
            assertTrue(missing.body().contains("الصفحة غير موجودة"), "the site's own 404 page");
        }
    }

    private static String get(HttpClient http, DevServer server, String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(url(server, path)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), path);
        return response.body();
    }

    private static URI url(DevServer server, String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }
}
