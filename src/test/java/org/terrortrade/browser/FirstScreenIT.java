package org.terrortrade.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The first screen a reader meets: on a phone the header is one bar of at most 64 px whose menu button (a
 * details/summary disclosure, no script) opens the sections and the search; the article's first paragraph starts in
 * the top half of a 390×844 screen and shows at least three lines on a 320×640 one. On a desktop the navigation and
 * the search stay in view without a menu.
 */
@Tag("browser")
class FirstScreenIT {
    private static final int PHONE_MAX = 480;
    private static final int BAR_MAX = 64;
    /** The desktop header was 134.4 px before the phone bar; it must not grow. */
    private static final int DESKTOP_HEADER_MAX = 135;

    @ParameterizedTest(name = "{0}×{1} dark={2}")
    @MethodSource("org.terrortrade.browser.Browser#screens")
    void theArticleStartsOnTheFirstScreen(int width, int height, boolean dark) {
        Browser browser = Browser.shared();
        browser.open("article.html", width, height, dark, "screen");
        ChromeDriver driver = browser.driver();
        @SuppressWarnings("unchecked")
        Map<String, Number> m = (Map<String, Number>) driver.executeScript("""
                const header = document.querySelector('.site-header').getBoundingClientRect();
                const p = document.querySelector('#p1');
                const r = p.getBoundingClientRect();
                const cs = getComputedStyle(p);
                return {header: header.height, top: r.top + parseFloat(cs.paddingTop), lineHeight: parseFloat(cs.lineHeight),
                        scrollY: window.scrollY};""");
        double header = m.get("header").doubleValue();
        double top = m.get("top").doubleValue();
        double lines = (height - top) / m.get("lineHeight").doubleValue();
        String figures = String.format("%d×%d %s: header %.0f px, first paragraph at %.0f px, %.1f lines of it visible",
                width, height, dark ? "dark" : "light", header, top, Math.max(0, lines));
        System.out.println("[first screen] " + figures);
        assertEquals(0, m.get("scrollY").intValue(), figures);
        if (width <= PHONE_MAX) {
            assertTrue(header <= BAR_MAX, "header at most " + BAR_MAX + " px: " + figures);
            if (height >= 800) {
                assertTrue(top < height / 2.0, "first paragraph in the top half: " + figures);
            }
            assertTrue(lines >= 3, "at least three lines of the first paragraph visible: " + figures);
        } else {
            assertTrue(header <= DESKTOP_HEADER_MAX, "desktop header no taller than before: " + figures);
            assertTrue(top < height, "first paragraph on the first screen: " + figures);
        }
    }

    @ParameterizedTest(name = "{0}×{1} dark={2}")
    @MethodSource("org.terrortrade.browser.Browser#screens")
    void theMenuOpensTheSectionsAndTheSearchByKeyboard(int width, int height, boolean dark) {
        Browser browser = Browser.shared();
        browser.open("article.html", width, height, dark, "screen");
        ChromeDriver driver = browser.driver();
        if (width > PHONE_MAX) {
            assertEquals(List.of(false, true, true), shown(driver), "desktop: no menu button; sections and search in view");
            return;
        }
        assertEquals(List.of(true, false, false), shown(driver), "phone: only the menu button, sections and search folded");
        browser.screenshotOf(".site-header", "header-" + width + "-" + (dark ? "dark" : "light"));
        @SuppressWarnings("unchecked")
        Map<String, Number> bar = (Map<String, Number>) driver.executeScript("""
                const name = document.querySelector('.site-title').getBoundingClientRect();
                const button = document.querySelector('.site-menu-toggle summary').getBoundingClientRect();
                return {overlap: Math.min(name.bottom, button.bottom) - Math.max(name.top, button.top),
                        gap: name.left - button.right};""");
        assertTrue(bar.get("overlap").doubleValue() > 0, "site name and menu button on one line: " + bar);
        assertTrue(bar.get("gap").doubleValue() >= 0, "menu button left of the site name, not over it: " + bar);

        // Keyboard: skip link, site name, then the menu button; its focus is visible.
        WebElement body = driver.findElement(By.tagName("body"));
        body.sendKeys(Keys.TAB);
        driver.switchTo().activeElement().sendKeys(Keys.TAB);
        driver.switchTo().activeElement().sendKeys(Keys.TAB);
        WebElement focused = driver.switchTo().activeElement();
        assertEquals("summary", focused.getTagName(), "third Tab stop is the menu button");
        assertTrue(!"none".equals(focused.getCssValue("outline-style")) && px(focused.getCssValue("outline-width")) >= 2,
                "visible focus on the menu button: " + focused.getCssValue("outline-style") + " " + focused.getCssValue("outline-width"));
        assertEquals("false", expanded(driver), "screen readers hear the menu as collapsed");
        focused.sendKeys(Keys.ENTER);
        assertEquals(List.of(true, true, true), shown(driver), "Enter opens the sections and the search");
        assertEquals("true", expanded(driver), "screen readers hear the menu as expanded");
        browser.screenshotOf(".site-header", "header-menu-open-" + width + "-" + (dark ? "dark" : "light"));
        driver.switchTo().activeElement().sendKeys(Keys.TAB);
        WebElement next = driver.switchTo().activeElement();
        assertTrue(List.of("input", "a").contains(next.getTagName()), "Tab goes on into the opened menu: " + next.getTagName());
        driver.findElement(By.cssSelector(".site-menu-toggle summary")).sendKeys(Keys.ENTER);
        assertEquals(List.of(true, false, false), shown(driver), "Enter closes it again");
    }

    /** Whether the menu button, the section links and the search box are displayed. */
    @SuppressWarnings("unchecked")
    private static List<Boolean> shown(ChromeDriver driver) {
        return (List<Boolean>) driver.executeScript("""
                const shown = s => { const e = document.querySelector(s); return !!e && e.getClientRects().length > 0
                  && getComputedStyle(e).visibility !== 'hidden'; };
                return [shown('.site-menu-toggle summary'), shown('.site-nav a'), shown('.site-search input')];""");
    }

    /** The expanded state Chromium's accessibility tree gives the menu button. */
    @SuppressWarnings("unchecked")
    private static String expanded(ChromeDriver driver) {
        driver.executeCdpCommand("DOM.enable", Map.of());
        driver.executeCdpCommand("Accessibility.enable", Map.of());
        Map<String, Object> document = driver.executeCdpCommand("DOM.getDocument", Map.of("depth", 0));
        Object rootId = ((Map<String, Object>) document.get("root")).get("nodeId");
        Map<String, Object> found = driver.executeCdpCommand("DOM.querySelector",
                Map.of("nodeId", rootId, "selector", ".site-menu-toggle summary"));
        Map<String, Object> tree = driver.executeCdpCommand("Accessibility.getPartialAXTree",
                Map.of("nodeId", found.get("nodeId"), "fetchRelatives", false));
        for (Map<String, Object> node : (List<Map<String, Object>>) tree.get("nodes")) {
            for (Map<String, Object> property : (List<Map<String, Object>>) node.getOrDefault("properties", List.of())) {
                if ("expanded".equals(property.get("name"))) {
                    return String.valueOf(((Map<String, Object>) property.get("value")).get("value"));
                }
            }
        }
        return "no expanded state";
    }

    private static double px(String value) {
        return Double.parseDouble(value.replace("px", "").trim());
    }
}
