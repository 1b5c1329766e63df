package org.terrortrade.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Arabic-aware search in a real browser: spelling variants, plurals, Latin terms, and an honest "no results". */
@Tag("browser")
class SearchIT {

    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource({
        "الحوالات,    glossary.html#hawala",
        "حوالة,       glossary.html#hawala",
        "افغانستان,   article.html#",
        "أفغانستان,   article.html#",
        "ISIS-K,      actors/isis-k.html",
        "TTP,         actors/ttp.html",
        "باكستان,     actors/pakistan.html",
        "شبكه حقاني,  actors/haqqani-network.html",
    })
    void findsVariants(String query, String expected) {
        List<String> links = search(query);
        assertTrue(links.stream().anyMatch(href -> href.contains(expected)), query + " → " + links);
    }

    @Test
    void saysSoWhenNothingMatches() {
        assertEquals(List.of(), search("كلمةلاوجودلها"));
        String status = Browser.shared().driver().findElement(By.id("search-status")).getText();
        assertTrue(status.contains("لا نتائج"), status);
    }

    @Test
    void everyPageHasASearchBoxThatLeadsHere() {
        Browser browser = Browser.shared();
        browser.open("timeline.html", 1280, false, "screen");
        WebElement box = browser.driver().findElement(By.id("site-search-q"));
        box.sendKeys("حوالة");
        box.submit();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(d -> !d.findElements(By.cssSelector("#search-results li a")).isEmpty());
        assertTrue(browser.driver().getCurrentUrl().contains("search.html?q="));
    }

    private static List<String> search(String query) {
        Browser browser = Browser.shared();
        browser.open("search.html?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8), 1280, false, "screen");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> {
            String status = d.findElement(By.id("search-status")).getText();
            return !status.isBlank() && !status.contains("جارٍ");
        });
        return browser.driver().findElements(By.cssSelector("#search-results li > a")).stream().map(a -> a.getAttribute("href")).toList();
    }
}
