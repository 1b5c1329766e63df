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
 * A warm JVM (serve mode, the test suite) after fifty renders holds what it held after one: JBake's document types,
 * the default locales, the system properties and the context class loader. (With JBake's {@code Oven}, each bake added
 * a listener to a static set and set the default locale; the render step no longer runs the oven.)
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
                Map<String, Object> afterOne = snapshot();
                for (int n = 1; n <= 50; n++) {
                    bake(baker, root, files, n);
                }
                assertEquals(afterOne, snapshot(), "warm=" + warm);
            } finally {
                baker.close();
            }
        }
    }

    /** What a render could change JVM-wide, as it is now. */
    private static Map<String, Object> snapshot() {
        Map<String, Object> state = new java.util.LinkedHashMap<>();
        state.put("DocumentTypes", List.of(org.jbake.model.DocumentTypes.getDocumentTypes()));
        state.put("Locale", java.util.Locale.getDefault().toLanguageTag());
        state.put("Locale.DISPLAY", java.util.Locale.getDefault(java.util.Locale.Category.DISPLAY).toLanguageTag());
        state.put("Locale.FORMAT", java.util.Locale.getDefault(java.util.Locale.Category.FORMAT).toLanguageTag());
        state.put("System.properties", new java.util.TreeSet<>(System.getProperties().stringPropertyNames()).toString());
        state.put("contextClassLoader", String.valueOf(Thread.currentThread().getContextClassLoader()));
        return state;
    }

    private static void bake(Baker baker, Path root, List<SourceFile> files, int n) throws IOException {
        Path out = root.resolve("target/out" + n);
        Files.createDirectories(out);
        Problems problems = OneBake.run(baker, root, files, out);
        assertTrue(problems.isEmpty(), String.valueOf(problems.sorted()));
        assertTrue(Files.readString(out.resolve("about.html")).contains("<p>عن</p>"), "bake " + n + " rendered the page");
    }
}
