package org.terrortrade.model;

/** What other pages show of the article: its title, summary and editorial disclaimer. */
public record ArticleInfo(String title, String description, String disclaimer, String url) {
}
