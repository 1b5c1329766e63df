package org.terrortrade.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What a static host allows: a strict Content-Security-Policy meta, no inline script or style, a referrer policy. */
@Tag("browser")
class SecurityIT {

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.terrortrade.browser.Browser#pages")
    void hasAStrictPolicyAndNothingInline(String page) throws IOException {
        Document doc = Jsoup.parse(Browser.SITE.resolve(page).toFile(), "UTF-8");
        Element csp = doc.selectFirst("meta[http-equiv=Content-Security-Policy]");
        assertTrue(csp != null, page + ": CSP meta");
        String policy = csp.attr("content");
        assertTrue(policy.contains("default-src 'self'"), policy);
        assertFalse(policy.contains("unsafe-inline") || policy.contains("unsafe-eval"), policy);
        assertEquals("strict-origin-when-cross-origin", doc.selectFirst("meta[name=referrer]").attr("content"));
        for (Element script : doc.select("script")) {
            assertTrue(script.hasAttr("src") || "application/ld+json".equals(script.attr("type")), page + ": inline script " + script);
        }
        assertTrue(doc.select("style").isEmpty(), page + ": inline <style>");
        for (Element element : doc.getAllElements()) {
            assertFalse(element.hasAttr("style"), page + ": style attribute on " + element.cssSelector());
            for (Attribute attribute : element.attributes()) {
                assertFalse(attribute.getKey().startsWith("on"), page + ": event handler " + attribute + " on " + element.cssSelector());
            }
        }
    }
}
