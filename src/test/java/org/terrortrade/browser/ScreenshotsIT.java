package org.terrortrade.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Screenshots of every page type on a phone and a desktop, light and dark, kept under target/screenshots; and print. */
@Tag("browser")
class ScreenshotsIT {

    static Stream<Arguments> views() {
        return Browser.pageTypes().stream().flatMap(page -> Stream.of(
                Arguments.of(page, 390, false), Arguments.of(page, 390, true),
                Arguments.of(page, 1280, false), Arguments.of(page, 1280, true)));
    }

    @ParameterizedTest(name = "{0} {1}px dark={2}")
    @MethodSource("views")
    void screenshot(String page, int width, boolean dark) throws Exception {
        Browser browser = Browser.shared();
        browser.open(page, width, dark, "screen");
        String name = page.replace(".html", "").replace('/', '-') + "-" + width + "-" + (dark ? "dark" : "light");
        Path file = browser.screenshot(name);
        assertTrue(Files.size(file) > 10_000, "a real picture: " + file);
    }

    @Test
    void printHidesNavigationAndShowsWhereLinksLead() {
        Browser browser = Browser.shared();
        browser.open("index.html", 1280, false, "print");
        assertEquals("none", browser.driver().executeScript("return getComputedStyle(document.querySelector('.site-nav')).display;"));
        Object shown = browser.driver().executeScript(
                "return getComputedStyle(document.querySelector('.prose a[href]'), '::after').content;");
        assertTrue(String.valueOf(shown).contains("article.html#p1"), "link target printed: " + shown);
        browser.screenshot("index-print");
        browser.open("article.html", 1280, false, "print");
        browser.screenshot("article-print");
    }
}
