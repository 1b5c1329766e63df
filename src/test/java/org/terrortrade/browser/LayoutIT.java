package org.terrortrade.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.chrome.ChromeDriver;

/** Right-to-left layout as Chromium lays it out: direction, order, overflow, Latin runs, the fonts actually drawn. */
@Tag("browser")
class LayoutIT {

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.terrortrade.browser.Browser#pages")
    void isRightToLeftWithoutHorizontalOverflowAt320px(String page) {
        Browser browser = Browser.shared();
        browser.open(page, 320, false, "screen");
        ChromeDriver driver = browser.driver();
        assertEquals("rtl", driver.executeScript("return getComputedStyle(document.documentElement).direction;"), page);
        assertEquals("rtl", driver.executeScript("return getComputedStyle(document.body).direction;"), page);
        Object overflow = driver.executeScript("""
                const limit = document.documentElement.clientWidth;
                const wide = [...document.querySelectorAll('body *')].filter(e => {
                  const r = e.getBoundingClientRect();
                  return r.width > 0 && (r.right > limit + 1 || r.left < -1) && !e.closest('.chart__scroll, .table-scroll');
                }).slice(0, 3).map(e => e.tagName + '.' + e.className + ' [' + Math.round(e.getBoundingClientRect().left) + ', '
                  + Math.round(e.getBoundingClientRect().right) + ']');
                return document.documentElement.scrollWidth > limit ? 'page ' + document.documentElement.scrollWidth + 'px wide: '
                  + wide.join(', ') : '';""");
        assertEquals("", overflow, page + " at 320 px");
        Object latinNotLtr = driver.executeScript("""
                return [...document.querySelectorAll('[lang=en]')].filter(e => getComputedStyle(e).direction !== 'ltr')
                  .map(e => e.textContent).slice(0, 3).join(', ');""");
        assertEquals("", latinNotLtr, page + ": Latin runs render left to right");
        Object broken = driver.executeScript("""
                // One box per direction run on a line is normal; boxes at two heights are two lines.
                return [...document.querySelectorAll('.latin-word, .number-range')]
                  .filter(e => new Set([...e.getClientRects()].map(r => Math.round(r.top))).size > 1)
                  .map(e => e.textContent).slice(0, 3).join(', ');""");
        assertEquals("", broken, page + ": a hyphenated Latin word («F-16») or a number range broken across two lines at 320 px");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.terrortrade.browser.Browser#pages")
    void requestsNothingOutsideTheSiteAndLinksOutSafely(String page) {
        Browser browser = Browser.shared();
        browser.open(page, 1280, false, "screen");
        ChromeDriver driver = browser.driver();
        Object outside = driver.executeScript("""
                return performance.getEntriesByType('resource').map(e => e.name)
                  .filter(u => !u.startsWith(location.origin + '/')).join(', ');""", browser.origin());
        assertEquals("", outside, page + " requested resources from elsewhere");
        Object unsafe = driver.executeScript("""
                // HTML and SVG links alike (an SVG link's href is not a URL object): resolved from the attribute.
                return [...document.querySelectorAll('a[href]')].map(a => ({a: a, url: new URL(a.getAttribute('href'), document.baseURI)}))
                  .filter(l => l.url.origin !== location.origin)
                  .filter(l => l.url.protocol !== 'https:' || (l.a.getAttribute('target') === '_blank' && !/noopener/.test(l.a.getAttribute('rel'))))
                  .map(l => l.url.href).join(', ');""");
        assertEquals("", unsafe, page + ": external links must be https and open safely");
    }

    @Test
    void theNavigationStartsAtTheRight() {
        Browser browser = Browser.shared();
        browser.open("article.html", 1280, false, "screen");
        @SuppressWarnings("unchecked")
        List<Number> rights = (List<Number>) browser.driver().executeScript(
                "return [...document.querySelectorAll('.site-nav li')].map(li => li.getBoundingClientRect().right);");
        assertTrue(rights.size() >= 5, "navigation items: " + rights);
        for (int i = 1; i < rights.size(); i++) {
            assertTrue(rights.get(i - 1).doubleValue() > rights.get(i).doubleValue(), "item " + i + " is left of item " + (i - 1) + ": " + rights);
        }
    }

    @Test
    void theSitesOwnFontsDrawArabicAndLatin() {
        Browser browser = Browser.shared();
        browser.open("article.html", 1280, false, "screen");
        // The Arabic face draws the letters; punctuation it lacks, such as ( ) and “ ”, falls to the site's Latin face.
        List<String> paragraph = customFonts(browser, "#p1");
        assertEquals("Noto Naskh Arabic", paragraph.get(0), "Arabic body text: " + paragraph);
        assertTrue(List.of("Noto Naskh Arabic", "Noto Serif").containsAll(paragraph), "only the site's faces: " + paragraph);
        assertEquals(List.of("Noto Serif"), customFonts(browser, "#p1 [lang=en]"), "Latin run in an Arabic paragraph");
        assertEquals(List.of("Noto Naskh Arabic"), customFonts(browser, "h1"), "heading");
    }

    /** The families Chromium really used for an element's own text, as CSS.getPlatformFontsForNode reports them. */
    @SuppressWarnings("unchecked")
    private static List<String> customFonts(Browser browser, String selector) {
        ChromeDriver driver = browser.driver();
        driver.executeCdpCommand("DOM.enable", Map.of());
        driver.executeCdpCommand("CSS.enable", Map.of());
        Map<String, Object> document = driver.executeCdpCommand("DOM.getDocument", Map.of("depth", 0));
        Object rootId = ((Map<String, Object>) document.get("root")).get("nodeId");
        Map<String, Object> found = driver.executeCdpCommand("DOM.querySelector", Map.of("nodeId", rootId, "selector", selector));
        Map<String, Object> fonts = driver.executeCdpCommand("CSS.getPlatformFontsForNode", Map.of("nodeId", found.get("nodeId")));
        List<String> families = new ArrayList<>();
        for (Map<String, Object> font : (List<Map<String, Object>>) fonts.get("fonts")) {
            assertTrue(Boolean.TRUE.equals(font.get("isCustomFont")), selector + " drawn with a system font: " + font);
            families.add((String) font.get("familyName"));
        }
        return families;
    }
}
