package org.terrortrade.post;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The published stylesheet leaves the maintainers' comments out and keeps every rule and string as written. */
@Tag("unit")
class StylesheetCommentsTest {

    @Test
    void removesCommentsButNotStringsThatLookLikeThem() {
        String css = "/* header */\na { color: red; } /* note */\n.x::after { content: \"/* not a comment */\" / \"\"; }\n"
                + "b { content: '*/'; }/* unclosed";
        assertEquals("\na { color: red; } \n.x::after { content: \"/* not a comment */\" / \"\"; }\nb { content: '*/'; }",
                AssetFingerprints.withoutComments(css));
    }

    @Test
    void theSitesStylesheetLosesOnlyItsComments() throws Exception {
        String css = Files.readString(Path.of("assets/css/site.css"));
        String published = AssetFingerprints.withoutComments(css);
        assertTrue(css.contains("/*"), "the source is documented");
        assertFalse(published.contains("/*"), "no comment is published");
        assertEquals(css.chars().filter(ch -> ch == '{').count(), published.chars().filter(ch -> ch == '{').count(), "every rule kept");
        assertTrue(published.length() < css.length() - 1000, "comments left out: " + published.length() + " of " + css.length());
    }
}
