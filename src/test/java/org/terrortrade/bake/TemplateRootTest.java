package org.terrortrade.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrortrade.content.ContentLoader;
import org.terrortrade.problem.Problems;
import org.terrortrade.content.SourceFile;

/**
 * A template sees one model: the page being rendered ({@code page}), the site ({@code site}) and the interface text
 * ({@code t}); JBake's own document map ({@code content}) is not among them.
 */
class TemplateRootTest {
    @Test
    void aTemplateSeesThePageTheSiteAndTheTextOnly(@TempDir Path root) throws IOException {
        write(root, "jbake.properties", "site.title=t\nsite.language=ar\n");
        write(root, "templates/page.ftlh", "<#list .data_model?keys?sort as name>${name};</#list>|${page.title}|${page.uri}|${site.title}|"
                + "${(content??)?c}\n");
        write(root, "content/about.md", "---\ntype: page\ntitle: عن\ndescription: وصف\ndate: 2026-11-29\n---\nنص.\n");
        Problems loading = new Problems();
        List<SourceFile> files = new ContentLoader(root).loadAll(root.resolve("content"), loading);
        assertTrue(loading.isEmpty(), String.valueOf(loading.sorted()));

        Path out = Files.createDirectories(root.resolve("out"));
        Problems problems = OneBake.run(new Baker(false), root, files, out);

        assertTrue(problems.isEmpty(), String.valueOf(problems.sorted()));
        assertEquals("page;site;t;|عن|about.html|t|false", Files.readString(out.resolve("about.html")).strip());
    }

    private static void write(Path root, String path, String text) throws IOException {
        Files.createDirectories(root.resolve(path).getParent());
        Files.writeString(root.resolve(path), text, StandardCharsets.UTF_8);
    }
}
