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
 * The relations map as a reader follows it, at 320, 390 and 1280 px, light and dark: it fits the screen with names of
 * a legible size, no arc crosses a name, each family of kinds has its own line style named in an Arabic legend, and
 * picking one actor (keyboard focus or hover) shows only its relations.
 */
@Tag("browser")
class RelationsMapIT {
    private static final String PAGE = "actors/index.html";
    private static final double MIN_NAME_PX = 12;

    @ParameterizedTest(name = "{0}×{1} dark={2}")
    @MethodSource("org.terrortrade.browser.Browser#screens")
    void fitsTheScreenWithLegibleNamesThatNoArcCrosses(int width, int height, boolean dark) {
        Browser browser = Browser.shared();
        browser.open(PAGE, width, height, dark, "screen");
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) browser.driver().executeScript("""
                const svg = document.querySelector('svg.relations-map');
                const box = svg.getBoundingClientRect();
                const label = svg.querySelector('.relations-map__label');
                const namePx = parseFloat(getComputedStyle(label).fontSize) * svg.getScreenCTM().a;
                const names = [...svg.querySelectorAll('.relations-map__label')].map(t => t.getBoundingClientRect());
                const crossings = [];
                let sampled = 0;
                for (const path of svg.querySelectorAll('.relations-map__edges > path')) {
                  const ctm = path.getScreenCTM();
                  const length = path.getTotalLength();
                  for (let s = 0; s <= length; s += 2) {
                    const q = path.getPointAtLength(s);
                    const x = ctm.a * q.x + ctm.c * q.y + ctm.e, y = ctm.b * q.x + ctm.d * q.y + ctm.f;
                    sampled++;
                    const hit = names.findIndex(r => x > r.left + 1 && x < r.right - 1 && y > r.top + 1 && y < r.bottom - 1);
                    if (hit >= 0) { crossings.push(path.querySelector('title').textContent + ' × '
                      + svg.querySelectorAll('.relations-map__label')[hit].textContent); break; }
                  }
                }
                return {width: box.width, left: box.left, right: box.right, viewport: document.documentElement.clientWidth,
                        namePx: namePx, crossings: crossings, sampled: sampled,
                        arcs: svg.querySelectorAll('.relations-map__edges > path').length};""");
        String where = width + "×" + height + (dark ? " dark" : " light");
        double namePx = ((Number) m.get("namePx")).doubleValue();
        System.out.printf("[relations map] %s: map %.0f px wide, names drawn at %.1f px, %s arcs, crossings %s%n", where,
                ((Number) m.get("width")).doubleValue(), namePx, m.get("arcs"), m.get("crossings"));
        assertTrue(((Number) m.get("left")).doubleValue() >= 0 && ((Number) m.get("right")).doubleValue() <= ((Number) m.get("viewport")).doubleValue(),
                where + ": the whole map is on screen without scrolling sideways: " + m);
        assertTrue(namePx >= MIN_NAME_PX, where + ": names at least " + MIN_NAME_PX + " px: " + namePx);
        assertTrue(((Number) m.get("sampled")).intValue() > 1000, "arcs sampled: " + m.get("sampled"));
        assertEquals(List.of(), m.get("crossings"), where + ": no arc crosses a name");
        browser.screenshotOf(".chart:has(.relations-map)", "relations-map-" + width + "-" + (dark ? "dark" : "light"));
    }

    @ParameterizedTest(name = "{0}×{1} dark={2}")
    @MethodSource("org.terrortrade.browser.Browser#screens")
    void eachFamilyOfKindsHasItsOwnLineStyleAndALegendInArabic(int width, int height, boolean dark) {
        Browser browser = Browser.shared();
        browser.open(PAGE, width, height, dark, "screen");
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) browser.driver().executeScript("""
                const families = {};
                for (const path of document.querySelectorAll('svg.relations-map .relations-map__edges > path')) {
                  const family = [...path.classList].find(c => c.startsWith('relations-map__edge--')).replace('relations-map__edge--', '');
                  families[family] = getComputedStyle(path).strokeDasharray;
                }
                const legend = {};
                for (const key of document.querySelectorAll('.relations-legend__key')) {
                  const sample = key.querySelector('path');
                  const family = [...sample.classList].find(c => c.startsWith('relations-map__edge--')).replace('relations-map__edge--', '');
                  legend[family] = {dash: getComputedStyle(sample).strokeDasharray, text: key.textContent.trim(),
                                    shown: key.getClientRects().length > 0};
                }
                return {families: families, legend: legend};""");
        @SuppressWarnings("unchecked")
        Map<String, String> families = (Map<String, String>) m.get("families");
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> legend = (Map<String, Map<String, Object>>) m.get("legend");
        assertTrue(families.size() >= 2, "several families of kinds: " + families);
        assertEquals(families.size(), families.values().stream().distinct().count(), "one line style per family: " + families);
        assertEquals(families.keySet(), legend.keySet(), "a legend entry per family drawn");
        for (Map.Entry<String, String> family : families.entrySet()) {
            Map<String, Object> key = legend.get(family.getKey());
            assertEquals(family.getValue(), key.get("dash"), "legend sample drawn like the arcs: " + family.getKey());
            assertTrue(String.valueOf(key.get("text")).matches("[\\u0600-\\u06FF].*"), "legend in Arabic: " + key.get("text"));
            assertEquals(true, key.get("shown"), "legend shown: " + family.getKey());
        }
    }

    @ParameterizedTest(name = "{0}×{1} dark={2}")
    @MethodSource("org.terrortrade.browser.Browser#screens")
    void pickingOneActorShowsOnlyItsRelations(int width, int height, boolean dark) {
        Browser browser = Browser.shared();
        browser.open(PAGE, width, height, dark, "screen");
        ChromeDriver driver = browser.driver();
        assertEquals(List.of(), picked(driver), "nothing picked at first");
        // Keyboard: from the map's frame, Tab reaches the first actor.
        driver.executeScript("const frame = document.querySelector('svg.relations-map').parentElement;"
                + "frame.tabIndex = frame.tabIndex; frame.focus();");
        driver.switchTo().activeElement().sendKeys(Keys.TAB);
        WebElement focused = driver.switchTo().activeElement();
        assertTrue(focused.getDomAttribute("class").contains("relations-map__actor"), "Tab reaches an actor: " + focused.getAttribute("outerHTML"));
        String slug = focused.getDomAttribute("href").replace(".html", "");
        checkPicked(driver, slug, "focused");
        browser.screenshotOf(".chart:has(.relations-map)", "relations-map-picked-" + width + "-" + (dark ? "dark" : "light"));
        @SuppressWarnings("unchecked")
        List<String> ring = (List<String>) driver.executeScript("""
                const probe = document.createElement('i');
                probe.style.color = 'var(--focus)';
                document.body.append(probe);
                const focus = getComputedStyle(probe).color;
                probe.remove();
                return [getComputedStyle(document.activeElement.querySelector('circle')).stroke, focus];""");
        assertEquals(ring.get(1), ring.get(0), "visible focus: the focused actor's dot is ringed in the focus colour");

        // Hover: another actor.
        List<WebElement> actors = driver.findElements(By.cssSelector("svg.relations-map a.relations-map__actor"));
        WebElement other = actors.get(actors.size() / 2);
        driver.executeScript("document.activeElement.blur(); arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", other);
        List<?> centre = (List<?>) driver.executeScript(
                "const r = arguments[0].querySelector('circle').getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2];", other);
        // The pointer moves as a mouse would (through the DevTools input domain, in the emulated screen's coordinates).
        driver.executeCdpCommand("Input.dispatchMouseEvent", Map.of("type", "mouseMoved", "x", centre.get(0), "y", centre.get(1)));
        String hovered = other.getDomAttribute("href").replace(".html", "");
        checkPicked(driver, hovered, "hovered");
    }

    private static void checkPicked(ChromeDriver driver, String slug, String how) {
        assertEquals(List.of(slug), picked(driver), how + ": only this actor's own relations are shown");
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) driver.executeScript("""
                const slug = arguments[0];
                const svg = document.querySelector('svg.relations-map');
                const own = svg.querySelector('a.relations-map__actor[href$="/' + slug + '.html"], a.relations-map__actor[href="' + slug + '.html"]')
                  .nextElementSibling;
                const expected = [...svg.querySelectorAll('.relations-map__edges > path')]
                  .filter(p => p.dataset.from === slug || p.dataset.to === slug).length;
                return {shown: own.querySelectorAll('path').length, expected: expected,
                        rest: parseFloat(getComputedStyle(svg.querySelector('.relations-map__edges')).opacity)};""", slug);
        assertEquals(m.get("expected"), m.get("shown"), how + " " + slug + ": its relations drawn");
        assertTrue(((Number) m.get("expected")).intValue() > 0, slug + " has relations");
        assertTrue(((Number) m.get("rest")).doubleValue() <= 0.1, how + ": the other relations fade: " + m.get("rest"));
    }

    /** The actors whose own relations are displayed. */
    @SuppressWarnings("unchecked")
    private static List<String> picked(ChromeDriver driver) {
        return (List<String>) driver.executeScript("""
                return [...document.querySelectorAll('svg.relations-map .relations-map__own')]
                  .filter(g => getComputedStyle(g).display !== 'none')
                  .map(g => g.previousElementSibling.getAttribute('href').replace('.html', ''));""");
    }
}
