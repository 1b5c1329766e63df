package org.terrortrade.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.terrortrade.problem.Problem;
import org.terrortrade.problem.Problems;
import org.terrortrade.types.ContentTypes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.terrortrade.types.ContentTypes;

/** Assets are published by allow-list: each hostile or unknown file is refused with its path, the site's own pass. */
@Tag("unit")
class AssetAllowListTest {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};

    private static List<Problem> check(Path root, String asset, byte[] bytes) throws IOException {
        Path file = root.resolve("assets").resolve(asset);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        Problems problems = new Problems();
        new SourceTree(root).checkOutputs(List.of(), ContentTypes.standard(), problems);
        return problems.sorted();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "page.html|<script>alert(1)</script>|asset-type",
        "img/logo.svg|<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>|asset-type",
        "js/evil.js|alert(1)|asset-type",
        "js/vendor/lunr.min.js|alert(1)|asset-type",
        "img/photo.png|<html><script>alert(1)</script>|asset-type",
        "fonts/x.woff2|<script>alert(1)</script>|asset-type",
        "page.xhtml|<html xmlns='http://www.w3.org/1999/xhtml'><script>alert(1)</script></html>|asset-type",
        ".htaccess|AddType text/html .png|asset-type",
        "README|plain|asset-type",
        "cards/about.png|not the card|output-collision",
        "cards/actors/ttp.png|not the card|output-collision",
        "css/site.0123456789.css|body{}|output-collision",
        "search-index.json|[]|output-collision",
        "sitemap.xml|<urlset/>|output-collision",
        "feed.xml|<feed/>|output-collision",
    })
    void refusesWithItsPath(String asset, String text, String key, @TempDir Path root) throws IOException {
        List<Problem> problems = check(root, asset, text.getBytes(StandardCharsets.UTF_8));
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("assets/" + asset, problems.get(0).path());
        assertEquals(key, problems.get(0).key());
        assertTrue(problems.get(0).message().matches("(?s).*[\\u0600-\\u06FF].*"), problems.toString());
    }

    @Test
    void theKindsASiteNeedsPass(@TempDir Path root) throws IOException {
        assertEquals(List.of(), check(root, "css/extra.css", "p{}".getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(), check(root, "img/photo.png", PNG));
        assertEquals(List.of(), check(root, "fonts/x.woff2", "wOF2....".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(List.of(), check(root, "fonts/OFL.txt", "licence".getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(), check(root, "js/search.js", "console.log(1)".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theRealAssetsPass() throws IOException {
        Problems problems = new Problems();
        new SourceTree(Path.of("")).checkOutputs(List.of(), ContentTypes.standard(), problems);
        assertTrue(problems.isEmpty(), problems.sorted().toString());
        assertTrue(Files.isRegularFile(Path.of("assets/js/vendor/lunr.min.js")));
    }
}
