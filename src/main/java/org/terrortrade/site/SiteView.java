package org.terrortrade.site;

import org.terrortrade.page.Page;
import org.terrortrade.page.SiteSettings;
import java.util.List;

import org.terrortrade.page.PageMeta;
import org.terrortrade.model.SiteModel;

/**
 * The site as every template sees it ({@code site}): its settings, its data (the {@link SiteModel} all derived
 * pages are drawn from), its menu, and what a page tells machines about itself. With {@code page} (the {@link Page}
 * being rendered) and {@code t} (the interface text) it is all a template can read.
 */
public final class SiteView {
    private final SiteSettings settings;
    private final SiteModel model;
    private final java.util.Map<String, Page> firstOfType = new java.util.HashMap<>();
    private final List<MenuItem> menu;
    private final PageMeta meta;

    public SiteView(SiteSettings settings, SiteModel model, SitePages pages, PageMeta meta) {
        this.settings = settings;
        this.model = model;
        for (Page page : pages.list()) {
            firstOfType.putIfAbsent(page.type().name(), page); // in the content files' order, as the search below was
        }
        this.menu = pages.menu();
        this.meta = meta;
    }

    public String getTitle() {
        return settings.title();
    }

    public String getTagline() {
        return settings.tagline();
    }

    /** The path the site lives under, starting and ending with "/". */
    public String getBasePath() {
        return settings.basePath();
    }

    /** The data every derived page is drawn from: the article, actors, terms, ledger, timeline, sources. */
    public SiteModel getModel() {
        return model;
    }

    /** The menu's entries, in order. */
    public List<MenuItem> getMenu() {
        return menu;
    }

    /** The menu entry of the pages of the type named {@code type} (its label and link), or null when it has none. */
    public MenuItem section(String type) {
        return menu.stream().filter(item -> item.type().name().equals(type)).findFirst().orElse(null);
    }

    /**
     * The link under the base path to the page of the type named {@code type} (a type the site has one page of: the
     * search page, the glossary…), as its type's URL rule places it; a template never writes a page's path itself.
     */
    public String href(String type) {
        Page page = firstOfType.get(type); // a look-up, not a search: every page's template asks, several times
        if (page == null) {
            throw new IllegalArgumentException("the site has no page of type «" + type + "»");
        }
        return org.terrortrade.page.SitePaths.href(page.uri());
    }

    /** The URL that opens a content file (its path from the project root) in GitHub's editor. */
    public String editUrl(String sourcePath) {
        return settings.editUrl(sourcePath);
    }

    public String canonical(Page page) {
        return meta.canonical(page.uri());
    }

    /** The page's social card. */
    public String card(Page page) {
        return meta.card(page.uri());
    }

    /** The page's JSON-LD, escaped for a script data block. */
    public String jsonLd(Page page) {
        return meta.jsonLd(page);
    }
}
