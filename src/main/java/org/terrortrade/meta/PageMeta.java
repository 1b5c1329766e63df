package org.terrortrade.meta;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.terrortrade.bake.SiteSettings;
import org.terrortrade.model.SiteModel;
import org.terrortrade.text.Messages;
import org.terrortrade.types.ContentType;
import org.terrortrade.validate.ContentTypes;

/**
 * What a page tells machines about itself, from the same data the page shows: its canonical URL, its social card,
 * its section for breadcrumbs, and schema.org JSON-LD (Article, DefinedTermSet, Country/Organization/Person,
 * BreadcrumbList). Templates call it as {@code meta}.
 */
public final class PageMeta {
    /** Social cards are drawn at this size (Open Graph's recommended 1.91:1). */
    public static final int CARD_WIDTH = 1200;
    public static final int CARD_HEIGHT = 630;

    private final SiteSettings site;
    private final SiteModel model;
    private final ContentTypes types;
    private final Messages messages;

    public PageMeta(SiteSettings site, SiteModel model) {
        this(site, model, ContentTypes.standard(), Messages.forLanguage(site.language()));
    }

    public PageMeta(SiteSettings site, SiteModel model, ContentTypes types, Messages messages) {
        this.site = site;
        this.model = model;
        this.types = types;
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

    /** The section above a page of {@code type} in its breadcrumb trail, as {label, path}, or null for top-level pages. */
    public Map<String, String> section(String type) {
        ContentType t = types.get(type);
        ContentType.Crumb parent = t == null ? null : t.parent();
        return parent == null ? null : Map.of("label", messages.get(parent.labelKey()), "path", parent.path());
    }

    /** JSON-LD for a page (the {@code content} model of the page), escaped for a script data block. */
    public String jsonLd(Map<String, Object> content) {
        String uri = uri(content);
        String title = title(content);
        List<Object> graph = new ArrayList<>();
        graph.add(types.get(String.valueOf(content.get("type"))).jsonLd(this, content, model));
        if (!uri.equals("index.html")) {
            // A page named like the site (the article) is not named twice in its trail: its subtitle names it.
            graph.add(breadcrumbs(title.equals(site.title()) && content.get("subtitle") != null ? String.valueOf(content.get("subtitle")) : title,
                    uri, String.valueOf(content.get("type"))));
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("@context", "https://schema.org");
        root.put("@graph", graph);
        return Json.write(root);
    }

    public String uri(Map<String, Object> content) {
        return String.valueOf(content.get("uri"));
    }

    public String title(Map<String, Object> content) {
        return String.valueOf(content.get("title"));
    }

    /** The page's description, or the summary of a page that has none. */
    public String description(Map<String, Object> content) {
        return content.get("description") != null ? String.valueOf(content.get("description"))
                : String.valueOf(content.getOrDefault("summary", ""));
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

    private Map<String, Object> breadcrumbs(String title, String uri, String type) {
        List<Object> items = new ArrayList<>();
        items.add(crumb(1, site.title(), site.absoluteUrl("index.html")));
        Map<String, String> section = section(type);
        if (section != null) {
            items.add(crumb(2, section.get("label"), site.absoluteUrl(section.get("path"))));
        }
        items.add(crumb(items.size() + 1, title, canonical(uri)));
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
