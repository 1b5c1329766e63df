package org.terrortrade.page;

/** A step of the breadcrumb trail: the types-bundle key of its label and its path in the site. */
public record Crumb(String labelKey, String path) {
}
