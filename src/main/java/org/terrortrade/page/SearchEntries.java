package org.terrortrade.page;

/** Where a page's search documents go: the URL (with its fragment), title, section and text of each. */
public interface SearchEntries {
    void add(String url, String title, String section, String text);
}
