package org.terrortrade.meta;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import org.terrortrade.page.InFeed;
import org.terrortrade.page.InSitemap;
import org.terrortrade.page.SiteSettings;
import org.terrortrade.page.Page;
import org.terrortrade.text.Messages;

/**
 * The files a site owes crawlers and feed readers, from the content's own dates (never the clock):
 * sitemap.xml, robots.txt naming it, and an Atom feed with the article and the derived pages.
 */
public final class SiteFiles {
    private final SiteSettings site;
    private final Messages messages;

    /** @param messages the build's interface text (the feed's author line) */
    public SiteFiles(SiteSettings site, Messages messages) {
        this.site = site;
        this.messages = messages;
    }

    public void write(Path siteRoot, List<Page> all) {
        List<Page> pages = all.stream().filter(p -> p.type() instanceof InSitemap).sorted(Comparator.comparing(Page::uri)).toList();
        try {
            Files.writeString(siteRoot.resolve("sitemap.xml"), sitemap(pages), StandardCharsets.UTF_8);
            Files.writeString(siteRoot.resolve("robots.txt"), "User-agent: *\nAllow: /\n\nSitemap: "
                    + site.absoluteUrl("sitemap.xml") + "\n", StandardCharsets.UTF_8);
            Files.writeString(siteRoot.resolve("feed.xml"), feed(pages), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String sitemap(List<Page> pages) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (Page page : pages) {
            xml.append("  <url><loc>").append(escape(site.absoluteUrl(page.uri()))).append("</loc><lastmod>")
                    .append(escape(page.changed())).append("</lastmod></url>\n");
        }
        return xml.append("</urlset>\n").toString();
    }

    private String feed(List<Page> pages) {
        List<Page> entries = pages.stream().filter(p -> p.type() instanceof InFeed)
                .sorted(Comparator.comparing((Page p) -> !leads(p)).thenComparing(Page::uri)).toList();
        String updated = pages.stream().map(Page::changed).max(Comparator.naturalOrder()).orElse("1970-01-01");
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"").append(site.language()).append("\">\n")
                .append("  <title>").append(escape(site.title())).append("</title>\n")
                .append("  <subtitle>").append(escape(site.tagline())).append("</subtitle>\n")
                .append("  <id>").append(escape(site.absoluteUrl("index.html"))).append("</id>\n")
                .append("  <link rel=\"self\" type=\"application/atom+xml\" href=\"").append(escape(site.absoluteUrl("feed.xml"))).append("\"/>\n")
                .append("  <link rel=\"alternate\" type=\"text/html\" href=\"").append(escape(site.absoluteUrl("index.html"))).append("\"/>\n")
                .append("  <updated>").append(updated).append("T00:00:00Z</updated>\n")
                // The site publishes the article; it did not write it: the feed names the editors, and the article's
                // entry its author as the text gives him (unnamed), never the site.
                .append("  <author><name>").append(escape(messages.get("feed.author"))).append("</name></author>\n");
        for (Page page : entries) {
            String url = site.absoluteUrl(page.uri());
            xml.append("  <entry>\n")
                    .append("    <title>").append(escape(page.title())).append("</title>\n")
                    .append("    <id>").append(escape(url)).append("</id>\n")
                    .append("    <link rel=\"alternate\" type=\"text/html\" href=\"").append(escape(url)).append("\"/>\n")
                    .append("    <published>").append(escape(page.added())).append("T00:00:00Z</published>\n")
                    .append("    <updated>").append(escape(page.changed())).append("T00:00:00Z</updated>\n")
                    .append("    <summary>").append(escape(page.description())).append("</summary>\n")
                    .append(leads(page) ? "    <author><name>" + escape(messages.get("feed.article_author")) + "</name></author>\n" : "")
                    .append("  </entry>\n");
        }
        return xml.append("</feed>\n").toString();
    }

    private static boolean leads(Page page) {
        return page.type() instanceof InFeed entry && entry.leadsFeed();
    }

    /** Escapes markup, and replaces characters XML 1.0 forbids (controls, lone surrogates) so the files stay well-formed. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (pair) {
                        out.append(c).append(text.charAt(++i));
                    } else if (c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c < 0xD800) || (c >= 0xE000 && c <= 0xFFFD)) {
                        out.append(c);
                    } else {
                        out.append('\uFFFD');
                    }
                }
            }
        }
        return out.toString();
    }
}
