package org.terrortrade.model;

import java.util.List;
import java.util.Map;

/**
 * What other pages show of the article: its title, summary and editorial disclaimer; the places it names
 * ({@code places}), which an editors' gloss may not name; and the one spelling the site uses in its own voice for a
 * name the article spells two ways ({@code spellings}: the article's other form → the site's form).
 */
public record ArticleInfo(String title, String description, String disclaimer, String url, List<String> places,
        Map<String, String> spellings) {
}
