package org.terrortrade.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrortrade.TestProject;
import org.terrortrade.markdown.MarkdownRenderer;
import org.terrortrade.post.PostProcessor;

/**
 * One pass through the build: each content file's Markdown is parsed once (when it is loaded; the checks, the
 * article's paragraphs, the pages and the link check read that tree), each built page's HTML once (post-processing
 * and the link check work on that tree), and the step log accounts for the build's time in the documented order.
 */
class OnePassTest {
    @Test
    void eachMarkdownFileAndEachPageIsParsedOnce(@TempDir Path folder) throws IOException {
        TestProject project = TestProject.copyOfSite(folder);
        long contentFiles;
        try (Stream<Path> walk = Files.walk(project.root().resolve("content"))) {
            contentFiles = walk.filter(p -> p.toString().endsWith(".md")).count();
        }
        long markdownBefore = MarkdownRenderer.parses();
        long pagesBefore = PostProcessor.parses();

        List<SiteBuilder.Step> steps = project.build();

        assertEquals(contentFiles, MarkdownRenderer.parses() - markdownBefore, "Markdown parses");
        assertEquals(TestProject.htmlPages(project.output()).size(), PostProcessor.parses() - pagesBefore, "HTML page parses");
        assertEquals(List.of("load", "validate", "model", "pages", "render", "post-process", "verify", "cards", "publish"),
                steps.stream().map(SiteBuilder.Step::name).toList());
        assertTrue(steps.stream().allMatch(step -> step.millis() >= 0));
    }
}
