package org.terrortrade.site;

import org.terrortrade.page.Page;
import org.terrortrade.page.SitePaths;
import org.terrortrade.types.ContentType;

/**
 * One entry of the site's menu: a page its type lists there ({@link org.terrortrade.types.InMenu#menuLabel}).
 *
 * @param type  the page's content type
 * @param label what the menu says (the type's section name, or a free page's title)
 * @param uri   the page's path in the site
 */
public record MenuItem(ContentType type, String label, String uri) {

    /** The link to the entry under the base path: a folder's index page by its folder ("actors/"), the home page as "". */
    public String href() {
        return SitePaths.href(uri);
    }

    /** Whether {@code page} is this entry or lies in its section (a profile in actors/ belongs to "الفاعلون"). */
    public boolean holds(Page page) {
        if (page.uri().equals(uri)) {
            return true;
        }
        String folder = href();
        return folder.endsWith("/") && page.uri().startsWith(folder);
    }
}
