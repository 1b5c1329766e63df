package org.terrortrade.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;

/**
 * axe-core (the pinned npm release, see {@link AxeScript}) on every page: no violation of WCAG 2.0/2.1/2.2 A and AA or
 * best practice, on a phone in light mode and a desktop in dark mode. Nothing is set aside.
 */
@Tag("browser")
class AccessibilityIT {
    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice");

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.terrortrade.browser.Browser#pages")
    void noViolationsOnAPhoneInLightMode(String page) {
        check(page, 390, false);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.terrortrade.browser.Browser#pages")
    void noViolationsOnADesktopInDarkMode(String page) {
        check(page, 1280, true);
    }

    private static void check(String page, int width, boolean dark) {
        Browser browser = Browser.shared();
        browser.open(page, width, dark, "screen");
        Results results = AxeScript.builder().withTags(TAGS).analyze(browser.driver());
        assertEquals(AxeScript.VERSION, results.getTestEngine().getVersion(), "axe-core that ran");
        assertTrue(results.getViolations().isEmpty(),
                page + " at " + width + " px, " + (dark ? "dark" : "light") + ":\n" + describe(results.getViolations()));
    }

    @Test
    void runsThePinnedAxeReleaseNotTheWrappersOwn() {
        Browser browser = Browser.shared();
        browser.open("search.html", 390, false, "screen");
        Results results = AxeScript.builder().withOnlyRules(List.of("landmark-unique")).analyze(browser.driver());
        assertEquals(AxeScript.VERSION, results.getTestEngine().getVersion());
        assertEquals(AxeScript.SHA256, AxeScript.sha256(AxeScript.text().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertTrue(results.getViolations().isEmpty(), "search page, landmark-unique:\n" + describe(results.getViolations()));
    }

    /** Rule, what it asks, and each offending element with axe's summary of how to fix it. */
    static String describe(List<Rule> violations) {
        return violations.stream().map(rule -> "  " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n"
                + rule.getNodes().stream().limit(5)
                        .map(node -> "    " + node.getTarget() + " — " + String.valueOf(node.getFailureSummary()).replace('\n', ' '))
                        .collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n"));
    }
}
