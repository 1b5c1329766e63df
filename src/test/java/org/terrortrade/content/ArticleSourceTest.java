package org.terrortrade.content;

import org.terrortrade.problem.Problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** content/article.md holds the source text exactly: only headings and front matter are added. */
@Tag("unit")
class ArticleSourceTest {

    @Test
    void markdownParagraphsAreTheSourceParagraphsCharacterForCharacter() throws IOException {
        List<String> source = Files.readString(Path.of("src/test/resources/article-source.txt"), StandardCharsets.UTF_8)
                .lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        Problems problems = new Problems();
        SourceFile article = new ContentLoader(Path.of("")).load(Path.of("content/article.md"), problems);
        assertEquals(List.of(), problems.sorted());
        List<String> paragraphs = article.body().lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        assertEquals(source.subList(0, 10), paragraphs);
        assertEquals(source.get(10), article.frontMatter().text("disclaimer").orElseThrow());
    }
}
