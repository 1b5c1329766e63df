package org.terrortrade.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.terrortrade.model.Claim;
import org.terrortrade.model.SiteModel;
import org.terrortrade.text.Messages;
import org.terrortrade.words.ModelWords;

/**
 * What a page tells machines about itself, from the same data the page shows: its canonical URL, its social card,
 * its section for breadcrumbs, and schema.org JSON-LD (Article, DefinedTermSet, Country/Organization/Person,
 * BreadcrumbList). Templates reach it through {@code site} ({@link org.terrortrade.site.SiteView}).
 */
public final class PageMeta {
    /** Social cards are drawn at this size (Open Graph's recommended 1.91:1). */
    public static final int CARD_WIDTH = 1200;
    public static final int CARD_HEIGHT = 630;

    private final SiteSettings site;
    private final SiteModel model;
    private final Messages messages;

    public PageMeta(SiteSettings site, SiteModel model) {
        this(site, model, Messages.forLanguage(site.language()));
    }

    public PageMeta(SiteSettings site, SiteModel model, Messages messages) {
        this.site = site;
        this.model = model;
        this.messages = messages;
    }

    /** The social card of a page: cards/actors/ttp.png for actors/ttp.html. */
    public static String cardPath(String uri) {
        return "cards/" + uri.replaceFirst("\\.html$", ".png");
    }

    public String canonical(String uri) {
        return site.absoluteUrl(uri);
    }

    public String card(String uri) {
        return site.origin() + site.basePath() + cardPath(uri);
    }

    /** The language of the site's pages. */
    public String language() {
        return site.language();
    }

    /** JSON-LD for {@code page}, escaped for a script data block. */
    public String jsonLd(Page page) {
        List<Object> graph = new ArrayList<>();
        graph.add(page.type().jsonLd(this, page, model));
        if (!page.uri().equals("index.html")) {
            // A page named like the site (the article) is not named twice in its trail: its subtitle names it.
            graph.add(breadcrumbs(page.title().equals(site.title()) && page.subtitle() != null ? page.subtitle() : page.title(),
                    page));
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("@context", "https://schema.org");
        root.put("@graph", graph);
        return Json.write(root);
    }

    /** The schema.org node every page has, of {@code schemaType}, with the page's own title and description. */
    public Map<String, Object> node(String schemaType, Page page) {
        return node(schemaType, page.title(), page.description(), page.uri());
    }

    /** A claim with its voice in words («يذكر المقال: …»), in the site's interface language. */
    public String voiced(Claim claim) {
        return ModelWords.voiced(messages, model, claim);
    }

    /** A schema.org node for a page of this site. */
    public Map<String, Object> node(String schemaType, String name, String description, String uri) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("@type", schemaType);
        node.put("@id", canonical(uri));
        node.put("name", name);
        node.put("description", description);
        node.put("url", canonical(uri));
        node.put("inLanguage", site.language());
        return node;
    }

    private Map<String, Object> breadcrumbs(String title, Page page) {
        List<Object> items = new ArrayList<>();
        items.add(crumb(1, site.title(), site.absoluteUrl("index.html")));
        Crumb parent = page.parent();
        if (parent != null) {
            items.add(crumb(2, messages.get(parent.labelKey()), site.absoluteUrl(parent.path())));
        }
        items.add(crumb(items.size() + 1, title, canonical(page.uri())));
        Map<String, Object> list = new LinkedHashMap<>();
        list.put("@type", "BreadcrumbList");
        list.put("itemListElement", items);
        return list;
    }

    private static Map<String, Object> crumb(int position, String name, String url) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("@type", "ListItem");
        item.put("position", position);
        item.put("name", name);
        item.put("item", url);
        return item;
    }
}
