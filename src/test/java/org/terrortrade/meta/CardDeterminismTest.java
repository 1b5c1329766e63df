package org.terrortrade.meta;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Social cards are drawn in parallel; a card must not depend on what the other threads draw. A shared colour model
 * (Java2D keeps its inverse colour map and dither tables on it, built without locking) made one card in about 27
 * builds come out dithered.
 */
@Tag("unit")
class CardDeterminismTest {
    private static final String SITE = "تجارة الإرهاب";
    private static final String[][] CARDS = {
        {"تجارة الإرهاب", "باكستان وداعش خراسان: ما تقدّمه وما تطلبه"},
        {"حركة طالبان باكستان (TTP)", "فاعل"},
        {"الجدول الزمني 2001–2025", "الأحداث كما يذكرها المقال"},
        {"ولاية خراسان ISIS-K", "فاعل"},
    };

    @Test
    void noTwoCardsShareAColourModel(@TempDir Path cache) {
        CardRenderer cards = new CardRenderer(cache);
        assertNotSame(cards.draw(CARDS[0][0], CARDS[0][1], SITE).getColorModel(), cards.draw(CARDS[1][0], CARDS[1][1], SITE).getColorModel());
    }

    @Test
    void theSameCardsDrawnInParallelManyTimesAreTheSameBytes(@TempDir Path cache) throws Exception {
        CardRenderer cards = new CardRenderer(cache);
        List<byte[]> expected = new ArrayList<>();
        for (String[] card : CARDS) {
            expected.add(new CardRenderer(cache).png(card[0], card[1], SITE)); // each drawn alone, by a renderer of its own
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 12; round++) {
                List<Future<byte[]>> drawn = new ArrayList<>();
                for (int copy = 0; copy < 4; copy++) {
                    for (String[] card : CARDS) {
                        drawn.add(pool.submit(() -> cards.png(card[0], card[1], SITE)));
                    }
                }
                for (int i = 0; i < drawn.size(); i++) {
                    assertArrayEquals(expected.get(i % CARDS.length), drawn.get(i).get(), "round " + round + ", card " + i % CARDS.length);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
