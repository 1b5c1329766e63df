package org.terrortrade.page;

/**
 * A step of the breadcrumb trail: the types-bundle key of its label and its link in the site as the site writes it
 * ({@link SitePaths#href}: "actors/" for actors/index.html).
 */
public record Crumb(String labelKey, String path) {
}
