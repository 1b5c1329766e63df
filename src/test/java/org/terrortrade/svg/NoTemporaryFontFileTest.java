package org.terrortrade.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Java2D copies a font read from a stream to a temporary file ({@code +~JF….tmp}) in the system's temporary folder,
 * which a killed build leaves there. The relations map's label widths and the social cards read their faces without
 * one.
 */
@Tag("unit")
class NoTemporaryFontFileTest {

    /** Java2D's temporary font copies now in the system's temporary folder. */
    static Set<Path> temporaryFontFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith("+~JF")).collect(Collectors.toSet());
        }
    }

    @Test
    void labelWidthsAndCardsLeaveNoFontInTheTemporaryFolder() throws IOException {
        Set<Path> before = temporaryFontFiles();

        RelationsMap.LabelWidth widths = new RelationsMap.LabelWidth();
        org.terrortrade.meta.CardRenderer cards = new org.terrortrade.meta.CardRenderer(Path.of("target/card-cache"));

        assertTrue(widths.of("باكستان") > 0);
        assertEquals(0, cards.drawn());
        Set<Path> after = temporaryFontFiles();
        after.removeAll(before);
        assertEquals(Set.of(), after, "temporary font files written outside target/");
    }
}
