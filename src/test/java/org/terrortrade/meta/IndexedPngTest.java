package org.terrortrade.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class IndexedPngTest {

    @Test
    void imageIoReadsBackExactlyThePixelsDrawn() throws Exception {
        CardRenderer renderer = new CardRenderer(Files.createTempDirectory("cards"));
        BufferedImage drawn = renderer.draw("داعش خراسان (ISIS-K)", "جماعة مسلحة", "تجارة الإرهاب");
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(IndexedPng.encode(drawn)));
        assertEquals(drawn.getWidth(), read.getWidth());
        assertEquals(drawn.getHeight(), read.getHeight());
        for (int y = 0; y < drawn.getHeight(); y += 3) {
            for (int x = 0; x < drawn.getWidth(); x += 3) {
                assertEquals(drawn.getRGB(x, y), read.getRGB(x, y), "pixel " + x + "," + y);
            }
        }
    }
}
