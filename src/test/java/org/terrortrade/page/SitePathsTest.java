package org.terrortrade.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Relative links between two pages of the site, whatever base path it is served under. */
@Tag("unit")
class SitePathsTest {
    @ParameterizedTest
    @CsvSource({
        "actors/index.html, actors/ttp.html,     ttp.html",
        "actors/index.html, glossary.html,       ../glossary.html",
        "index.html,        actors/ttp.html,     actors/ttp.html",
        "index.html,        article.html,        article.html",
        "a/b/c.html,        a/d/e.html,          ../d/e.html",
        "a/b/c.html,        a/b/c.html,          c.html",
    })
    void linksFromOnePageToAnother(String from, String to, String link) {
        assertEquals(link, SitePaths.relative(from, to));
    }
}
