package org.terrortrade.build;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.terrortrade.content.SourceFile;

/**
 * Data that pages other than its own source need, taken once from the validated front matter: the article's
 * title, summary and editorial disclaimer (shown on the home and about pages too).
 */
public record SiteData(Article article) {

    /** What other pages show of the article. */
    public record Article(String title, String description, String disclaimer, String url) {
    }

    public static SiteData from(List<SourceFile> files) {
        Article article = files.stream()
                .filter(f -> "article".equals(f.type()))
                .findFirst()
                .map(f -> new Article(
                        f.frontMatter().text("title").orElse(""),
                        f.frontMatter().text("description").orElse(""),
                        f.frontMatter().text("disclaimer").orElse(""),
                        f.slug() + ".html"))
                .orElse(null);
        return new SiteData(article);
    }

    /** The objects every template can use, by name. */
    public Map<String, Object> asTemplateModel() {
        Map<String, Object> model = new LinkedHashMap<>();
        if (article != null) {
            model.put("article", article);
        }
        return model;
    }
}
