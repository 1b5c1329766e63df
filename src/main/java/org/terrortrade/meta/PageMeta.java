package org.terrortrade.meta;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.terrortrade.bake.SiteSettings;
import org.terrortrade.model.Actor;
import org.terrortrade.model.SiteModel;
import org.terrortrade.model.Term;

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

    public PageMeta(SiteSettings site, SiteModel model) {
        this.site = site;
        this.model = model;
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

    /** The section a page belongs to, as {label, path}, or null for top-level pages. */
    public Map<String, String> section(String uri) {
        if (uri.startsWith("actors/") && !uri.equals("actors/index.html")) {
            return Map.of("label", "الفاعلون", "path", "actors/");
        }
        return null;
    }

    /** JSON-LD for a page (the {@code content} model JBake renders), escaped for a script data block. */
    public String jsonLd(Map<String, Object> content) {
        String uri = String.valueOf(content.get("uri"));
        String type = String.valueOf(content.get("type"));
        String title = String.valueOf(content.get("title"));
        String description = content.get("description") != null ? String.valueOf(content.get("description"))
                : String.valueOf(content.getOrDefault("summary", ""));
        List<Object> graph = new ArrayList<>();
        Map<String, Object> main = switch (type) {
            case "article" -> article(content, title, description, uri);
            case "glossary" -> glossary(title, description, uri);
            case "actor" -> actor(model.actor(String.valueOf(content.get("slug"))), uri);
            default -> node("WebPage", title, description, uri);
        };
        graph.add(main);
        if (!uri.equals("index.html")) {
            // A page named like the site (the article) is not named twice in its trail: its subtitle names it.
            graph.add(breadcrumbs(title.equals(site.title()) && content.get("subtitle") != null ? String.valueOf(content.get("subtitle")) : title, uri));
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("@context", "https://schema.org");
        root.put("@graph", graph);
        return Json.write(root);
    }

    private Map<String, Object> node(String schemaType, String name, String description, String uri) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("@type", schemaType);
        node.put("@id", canonical(uri));
        node.put("name", name);
        node.put("description", description);
        node.put("url", canonical(uri));
        node.put("inLanguage", site.language());
        return node;
    }

    /**
     * The article page: a web page of this site (with the dates it was added and changed here) whose main entity is
     * the article. The article itself gets no date, author or publisher: the source text names none.
     */
    private Map<String, Object> article(Map<String, Object> content, String title, String description, String uri) {
        Map<String, Object> page = node("WebPage", title, description, uri);
        page.put("dateCreated", content.get("date_iso"));
        page.put("dateModified", content.get("updated_iso"));
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("@type", "OpinionNewsArticle");
        article.put("headline", title);
        article.put("description", description);
        article.put("inLanguage", site.language());
        Map<String, Object> image = new LinkedHashMap<>();
        image.put("@type", "ImageObject");
        image.put("url", card(uri));
        image.put("width", CARD_WIDTH);
        image.put("height", CARD_HEIGHT);
        article.put("image", image);
        page.put("mainEntity", article);
        return page;
    }

    private Map<String, Object> glossary(String title, String description, String uri) {
        Map<String, Object> set = node("DefinedTermSet", title, description, uri);
        List<Object> terms = new ArrayList<>();
        for (Term term : model.getTerms()) {
            Map<String, Object> defined = new LinkedHashMap<>();
            defined.put("@type", "DefinedTerm");
            defined.put("@id", canonical(uri) + "#" + term.slug());
            defined.put("name", term.title());
            defined.put("alternateName", term.en());
            defined.put("description", model.voiced(term.lead()));
            defined.put("inDefinedTermSet", canonical(uri));
            terms.add(defined);
        }
        set.put("hasDefinedTerm", terms);
        return set;
    }

    private Map<String, Object> actor(Actor actor, String uri) {
        String schemaType = switch (actor.kind()) {
            case "state" -> "Country";
            case "person" -> "Person";
            default -> "Organization";
        };
        Map<String, Object> node = node(schemaType, actor.title(), model.voiced(actor.summary()), uri);
        List<String> names = new ArrayList<>();
        names.add(actor.nameEn());
        names.addAll(actor.aliases());
        node.put("alternateName", names);
        return node;
    }

    private Map<String, Object> breadcrumbs(String title, String uri) {
        List<Object> items = new ArrayList<>();
        items.add(crumb(1, site.title(), site.absoluteUrl("index.html")));
        Map<String, String> section = section(uri);
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
