package org.terrortrade.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.json.simple.JSONArray;
import org.json.simple.JSONObject;
import org.json.simple.parser.JSONParser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.terrortrade.types.ContentTypes;
import org.terrortrade.TestProject;
import org.w3c.dom.NodeList;

/** Sitemap, robots, Atom feed, canonical URLs, Open Graph cards and JSON-LD: parsed, not just grepped. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeedsAndMetadataTest {
    private static final String ORIGIN = "https://example.github.io";
    private static final String BASE = "/terror-trade/";
    private TestProject project;

    @BeforeAll
    void build(@TempDir Path folder) {
        project = TestProject.copyOfSite(folder);
        new SiteBuilder(step -> { }, false, ContentTypes.standard()).build(new SiteBuilder.Options(project.root(), project.output(),
                new org.terrortrade.page.SiteSettings.Overrides(BASE, null, null, ORIGIN)));
    }

    @Test
    void theSitemapListsEveryPageWithItsContentDate() throws Exception {
        org.w3c.dom.Document sitemap = xml("sitemap.xml");
        NodeList urls = sitemap.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "url");
        List<String> locations = new ArrayList<>();
        for (int i = 0; i < urls.getLength(); i++) {
            org.w3c.dom.Element url = (org.w3c.dom.Element) urls.item(i);
            locations.add(url.getElementsByTagName("loc").item(0).getTextContent());
            assertTrue(url.getElementsByTagName("lastmod").item(0).getTextContent().matches("\\d{4}-\\d{2}-\\d{2}"));
        }
        assertTrue(locations.contains(ORIGIN + BASE), locations.toString());
        assertTrue(locations.contains(ORIGIN + BASE + "article.html"));
        assertTrue(locations.contains(ORIGIN + BASE + "actors/ttp.html"));
        assertFalse(locations.stream().anyMatch(l -> l.contains("404")), "no 404 page in the sitemap");
        long pages = TestProject.htmlPages(project.output()).size();
        assertEquals(pages - 1, locations.size(), "every page but 404");
        assertTrue(Files.readString(project.output().resolve("robots.txt")).contains("Sitemap: " + ORIGIN + BASE + "sitemap.xml"));
    }

    @Test
    void theFeedIsArabicAtomWithTheArticleFirst() throws Exception {
        org.w3c.dom.Document feed = xml("feed.xml");
        org.w3c.dom.Element root = feed.getDocumentElement();
        assertEquals("http://www.w3.org/2005/Atom", root.getNamespaceURI());
        assertEquals("ar", root.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"));
        NodeList entries = root.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        assertTrue(entries.getLength() >= 6, "article and derived pages");
        org.w3c.dom.Element first = (org.w3c.dom.Element) entries.item(0);
        assertEquals(ORIGIN + BASE + "article.html", first.getElementsByTagName("id").item(0).getTextContent());
        assertTrue(first.getElementsByTagName("summary").item(0).getTextContent().matches(".*[\\u0600-\\u06FF].*"));
    }

    /** The site publishes the article; the feed never names the site (its title) as the article's author. */
    @Test
    void theFeedDoesNotPresentTheSiteAsTheArticlesAuthor() throws Exception {
        org.w3c.dom.Element root = xml("feed.xml").getDocumentElement();
        String siteTitle = root.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "title").item(0).getTextContent();
        NodeList authors = root.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "author");
        assertTrue(authors.getLength() >= 2, "the feed's editors and the article entry's own author");
        for (int i = 0; i < authors.getLength(); i++) {
            String name = authors.item(i).getTextContent().strip();
            assertTrue(!name.equals(siteTitle), "the site named as an author: " + name);
        }
        org.w3c.dom.Element article = (org.w3c.dom.Element) root.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").item(0);
        assertEquals(org.terrortrade.text.ArabicText.messages().get("feed.article_author"),
                article.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "author").item(0).getTextContent().strip());
    }

    @Test
    void everyPageHasACanonicalUrlACardAndValidJsonLd() throws Exception {
        for (Path file : TestProject.htmlPages(project.output())) {
            String path = project.output().relativize(file).toString().replace('\\', '/');
            Document page = Jsoup.parse(file.toFile(), "UTF-8");
            assertTrue(page.selectFirst("link[rel=canonical]").attr("href").startsWith(ORIGIN + BASE), path);
            String image = page.selectFirst("meta[property=og:image]").attr("content");
            assertTrue(image.startsWith(ORIGIN + BASE + "cards/"), image);
            Path card = project.output().resolve(image.substring((ORIGIN + BASE).length()));
            assertTrue(Files.isRegularFile(card), path + ": card " + card);
            assertEquals(1200, ImageIO.read(card.toFile()).getWidth());
            assertEquals("1200", page.selectFirst("meta[property=og:image:width]").attr("content"));
            assertFalse(page.selectFirst("meta[property=og:image:alt]").attr("content").isBlank());
            assertEquals("summary_large_image", page.selectFirst("meta[name=twitter:card]").attr("content"));
            Element ld = page.selectFirst("script[type=application/ld+json]");
            JSONObject json = (JSONObject) new JSONParser().parse(ld.data());
            assertEquals("https://schema.org", json.get("@context"), path);
        }
    }

    @Test
    void structuredDataFitsEachPageType() throws Exception {
        assertTrue(types("article.html").contains("WebPage"));
        assertTrue(types("article.html").contains("BreadcrumbList"));
        assertTrue(types("glossary.html").contains("DefinedTermSet"));
        assertTrue(types("actors/pakistan.html").contains("Country"));
        assertTrue(types("actors/ttp.html").contains("Organization"));
        assertTrue(types("actors/asim-munir.html").contains("Person"));
        JSONObject glossary = (JSONObject) graph("glossary.html").get(0);
        assertTrue(((JSONArray) glossary.get("hasDefinedTerm")).size() >= 30);
    }

    @Test
    void theArticleClaimsNoDateAuthorOrPublisherItDoesNotHave() throws Exception {
        JSONObject page = (JSONObject) graph("article.html").get(0);
        JSONObject article = (JSONObject) page.get("mainEntity");
        assertEquals("OpinionNewsArticle", article.get("@type"));
        for (String invented : List.of("datePublished", "author", "publisher", "dateCreated", "dateModified")) {
            assertFalse(article.containsKey(invented), "the article has no " + invented + ": " + article);
        }
        assertTrue(page.containsKey("dateCreated"), "the page says when it was added to the site");
        assertFalse(page.containsKey("datePublished") || page.containsKey("publisher"), page.toJSONString());
        Document html = Jsoup.parse(project.output().resolve("article.html").toFile(), "UTF-8");
        assertFalse(html.text().contains("نُشر"), "no publication date on the article page");
        assertTrue(html.selectFirst(".page-meta").text().contains("أُضيف إلى الموقع"), html.selectFirst(".page-meta").text());
    }

    private List<String> types(String page) throws Exception {
        List<String> types = new ArrayList<>();
        for (Object node : graph(page)) {
            types.add(String.valueOf(((JSONObject) node).get("@type")));
        }
        return types;
    }

    private JSONArray graph(String page) throws Exception {
        Document doc = Jsoup.parse(project.output().resolve(page).toFile(), "UTF-8");
        return (JSONArray) ((JSONObject) new JSONParser().parse(doc.selectFirst("script[type=application/ld+json]").data())).get("@graph");
    }

    private org.w3c.dom.Document xml(String file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try {
            return factory.newDocumentBuilder().parse(project.output().resolve(file).toFile());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
