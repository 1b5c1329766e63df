package org.terrortrade.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrortrade.content.ContentLoader;
import org.terrortrade.problem.Problems;
import org.terrortrade.content.SourceFile;

/**
 * A warm JVM (serve mode, the test suite) after fifty bakes holds what it held after one: JBake's static listener
 * set, its document types, the default locales, OrientDB's settings, the system properties and the context class
 * loader. (Before the bakes were scoped, JBake's listener set grew by one per bake: 1, 2, 3 … 51.)
 */
class WarmJvmTest {
    private static void write(Path root, String path, String text) throws IOException {
        Files.createDirectories(root.resolve(path).getParent());
        Files.writeString(root.resolve(path), text, StandardCharsets.UTF_8);
    }

    @Test
    void fiftyBakesLeaveWhatOneLeft(@TempDir Path root) throws IOException {
        write(root, "jbake.properties", "site.title=t\nsite.language=ar\ncontent.folder=content\ntemplate.folder=templates\n"
                + "asset.folder=assets\noutput.extension=.html\n");
        write(root, "templates/page.ftlh", "<p>${page.title}</p>${page.body?no_esc}\n");
        write(root, "content/about.md", "---\ntype: page\ntitle: عن\ndescription: وصف\ndate: 2026-11-29\n---\nنص.\n");
        Problems loading = new Problems();
        List<SourceFile> files = new ContentLoader(root).loadAll(root.resolve("content"), loading);
        assertTrue(loading.isEmpty(), String.valueOf(loading.sorted()));

        for (boolean warm : new boolean[] {false, true}) {
            Baker baker = new Baker(warm);
            try {
                bake(baker, root, files, 0);
                Map<String, Object> afterOne = JBakeGlobals.snapshot();
                for (int n = 1; n <= 50; n++) {
                    bake(baker, root, files, n);
                }
                assertEquals(afterOne, JBakeGlobals.snapshot(), "warm=" + warm);
            } finally {
                baker.close();
            }
        }
    }

    private static void bake(Baker baker, Path root, List<SourceFile> files, int n) throws IOException {
        Path out = root.resolve("target/out" + n);
        Files.createDirectories(out);
        Problems problems = OneBake.run(baker, root, files, out);
        assertTrue(problems.isEmpty(), String.valueOf(problems.sorted()));
        assertTrue(Files.readString(out.resolve("about.html")).contains("<p>عن</p>"), "bake " + n + " rendered the page");
    }
}
