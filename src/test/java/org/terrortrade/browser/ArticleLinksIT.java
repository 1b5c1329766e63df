package org.terrortrade.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The article links each actor and term once, at its first mention, so links don't crowd the text (before this rule
 * it linked 106 mentions in 1,053 words, one every 10 words); the table of contents and the ¶ link of every
 * paragraph stay. Which mention is the first is checked on the built page in DerivedPagesTest.
 */
@Tag("browser")
class ArticleLinksIT {
    @ParameterizedTest(name = "{0}×{1} dark={2}")
    @MethodSource("org.terrortrade.browser.Browser#screens")
    void linksEachActorAndTermOnceAtItsFirstMention(int width, int height, boolean dark) {
        Browser browser = Browser.shared();
        browser.open("article.html", width, height, dark, "screen");
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) browser.driver().executeScript("""
                const body = document.querySelector('.article__body');
                const links = [...body.querySelectorAll('a.xref')];
                const hrefs = links.map(a => a.getAttribute('href'));
                const repeated = hrefs.filter((h, i) => hrefs.indexOf(h) !== i);
                const elsewhere = hrefs.filter(h => !/(^|\\/)(actors\\/[a-z0-9-]+\\.html|glossary\\.html#[a-z0-9-]+)$/.test(h));
                const words = body.innerText.split(/\\s+/).filter(w => w.length > 0).length;
                const paragraphs = body.querySelectorAll('p.numbered').length;
                return {links: links.length, repeated: [...new Set(repeated)], elsewhere: elsewhere, words: words,
                        paraLinks: body.querySelectorAll('p.numbered > a.para-link').length, paragraphs: paragraphs,
                        toc: document.querySelectorAll('.toc a').length,
                        visible: links.filter(a => a.getClientRects().length > 0).length};""");
        int links = ((Number) m.get("links")).intValue();
        int words = ((Number) m.get("words")).intValue();
        String figures = width + "×" + height + (dark ? " dark" : " light") + ": " + links + " cross-links in " + words
                + " words (one every " + (links == 0 ? "∞" : String.format("%.1f", words / (double) links)) + ")";
        System.out.println("[article links] " + figures);
        assertEquals(List.of(), m.get("repeated"), "each target linked once: " + figures);
        assertTrue(links > 0, figures);
        assertEquals(List.of(), m.get("elsewhere"), "cross-links lead to an actor or a glossary entry");
        assertEquals(links, ((Number) m.get("visible")).intValue(), "every cross-link is shown");
        assertEquals(m.get("paragraphs"), m.get("paraLinks"), "every numbered paragraph keeps its ¶ link");
        assertTrue(((Number) m.get("toc")).intValue() >= 3, "the table of contents stays");
    }
}
