package org.terrortrade.site;

import org.terrortrade.page.Page;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.terrortrade.content.SourceFile;
import org.terrortrade.markdown.MarkdownRenderer;
import org.terrortrade.model.SiteModel;
import org.terrortrade.text.Messages;
import org.terrortrade.types.ContentType;
import org.terrortrade.types.ContentTypes;
import org.terrortrade.types.InMenu;

/**
 * Every page of the site, each made once by its type from a validated content file, with its Markdown rendered
 * (on every core: rendering is the costly part and each file is independent). The bake, the sitemap and feed,
 * search and the link check all read these objects; none of them reads the page's front matter again.
 */
public final class SitePages {
    private final List<Page> pages;
    private final Map<String, SourceFile> sources;
    private final List<MenuItem> menu;

    private SitePages(List<Page> pages, Map<String, SourceFile> sources, List<MenuItem> menu) {
        this.pages = pages;
        this.sources = sources;
        this.menu = menu;
    }

    public static SitePages make(List<SourceFile> files, ContentTypes types, SiteModel model, Messages messages,
            MarkdownRenderer markdown) {
        List<SourceFile> pageFiles = files.stream().filter(file -> types.of(file).isPage()).toList();
        List<Page> pages = pageFiles.parallelStream().map(file -> {
            ContentType type = types.of(file);
            return type.page(file, markdown.render(file.markdown(), type.numbersParagraphs(), messages), model, messages);
        }).toList();
        Map<String, SourceFile> sources = new LinkedHashMap<>();
        for (int i = 0; i < pages.size(); i++) {
            sources.put(pages.get(i).uri(), pageFiles.get(i));
        }
        return new SitePages(pages, Collections.unmodifiableMap(sources), menu(types, pageFiles, messages));
    }

    /** The menu: the pages whose type is {@link InMenu} and lists them, in the registry's order of types, then by path. */
    private static List<MenuItem> menu(ContentTypes types, List<SourceFile> files, Messages messages) {
        List<MenuItem> menu = new ArrayList<>();
        for (ContentType type : types.all()) {
            if (!(type instanceof InMenu entry)) {
                continue;
            }
            files.stream().filter(file -> types.of(file) == type).sorted(java.util.Comparator.comparing(SourceFile::path))
                    .forEach(file -> {
                        String label = entry.menuLabel(file, messages);
                        if (label != null) {
                            menu.add(new MenuItem(type, label, type.url(file)));
                        }
                    });
        }
        return List.copyOf(menu);
    }

    /** The pages, in the order of the content files. */
    public List<Page> list() {
        return pages;
    }

    /** The content file each page was made from, by the page's path in the site. */
    public Map<String, SourceFile> sources() {
        return sources;
    }

    /** The site's menu. */
    public List<MenuItem> menu() {
        return menu;
    }
}
