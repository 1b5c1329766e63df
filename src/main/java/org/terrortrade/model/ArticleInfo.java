package org.terrortrade.model;

import java.util.List;

/**
 * What other pages show of the article: its title, summary and editorial disclaimer; and the places it names
 * ({@code places}), which an editors' gloss may not name.
 */
public record ArticleInfo(String title, String description, String disclaimer, String url, List<String> places) {
}
