package org.terrortrade.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.terrortrade.TestProject;
import org.terrortrade.build.ReviewPageTest;

import com.deque.html.axecore.results.Results;

/**
 * The reviewer's page (of a branch that adds a supported claim, a misquotation and a dropped hedge) passes the checks
 * the site passes: the Nu Html Checker finds no error, and axe-core no violation on a phone in light mode and a
 * desktop in dark mode; it is readable on a 320 px phone without sideways scrolling.
 */
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewPageIT {
    private Path page;

    @BeforeAll
    void reviewABranch(@TempDir Path folder) throws Exception {
        TestProject project = ReviewPageTest.branchWithFixture(folder);
        ReviewPageTest.review(project, "--base=main");
        page = project.root().resolve("target/review/index.html");
    }

    @Test
    void theNuHtmlCheckerFindsNoError() throws Exception {
        assertEquals(List.of(), HtmlValidityIT.errors(page, "review/index.html"));
    }

    @ParameterizedTest(name = "{0} px, dark: {1}")
    @CsvSource({"390, false", "1280, true"})
    void axeFindsNoViolation(int width, boolean dark) {
        Browser browser = Browser.shared();
        browser.openFile(page, width, dark);
        Results results = AxeScript.builder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"))
                .analyze(browser.driver());
        assertEquals(AxeScript.VERSION, results.getTestEngine().getVersion());
        assertTrue(results.getViolations().isEmpty(), "review page at " + width + " px:\n" + AccessibilityIT.describe(results.getViolations()));
        if (width < 600) {
            browser.screenshot("review-page-phone");
        }
    }

    @Test
    void fitsASmallPhone() {
        Browser browser = Browser.shared();
        browser.openFile(page, 320, false);
        Number scroll = (Number) browser.driver().executeScript("return document.documentElement.scrollWidth;");
        assertTrue(scroll.intValue() <= 320, "no sideways scrolling at 320 px: " + scroll);
    }
}
