package org.terrortrade.post;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Content-hashed names: the stylesheet's name follows its content, and the stylesheet points at the renamed fonts. */
@Tag("unit")
class AssetFingerprintsTest {
    private static Map<String, String> build(Path site, String css) throws IOException {
        Files.createDirectories(site.resolve("css"));
        Files.createDirectories(site.resolve("fonts"));
        Files.writeString(site.resolve("css/site.css"), css);
        Files.write(site.resolve("fonts/a.woff2"), new byte[] {1, 2, 3});
        return AssetFingerprints.apply(site);
    }

    @Test
    void namesFollowContent(@TempDir Path root) throws IOException {
        Map<String, String> first = build(root.resolve("one"), "@font-face{src:url(../fonts/a.woff2)} body{color:red}");
        Map<String, String> same = build(root.resolve("two"), "@font-face{src:url(../fonts/a.woff2)} body{color:red}");
        Map<String, String> changed = build(root.resolve("three"), "@font-face{src:url(../fonts/a.woff2)} body{color:blue}");
        assertEquals(first, same, "the same content gets the same names");
        assertNotEquals(first.get("css/site.css"), changed.get("css/site.css"), "changed CSS gets a new name");
        assertEquals(first.get("fonts/a.woff2"), changed.get("fonts/a.woff2"), "an unchanged font keeps its name");
        Path one = root.resolve("one");
        assertFalse(Files.exists(one.resolve("css/site.css")));
        String css = Files.readString(one.resolve(first.get("css/site.css")));
        assertTrue(css.contains("../" + first.get("fonts/a.woff2")), css);
    }
}
