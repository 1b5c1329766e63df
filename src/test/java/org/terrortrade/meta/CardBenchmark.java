package org.terrortrade.meta;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What one social card costs on one thread of a warm JVM, in that thread's CPU time (so that other work on a shared
 * machine counts less): drawing (layout and rasterising) and PNG encoding, as medians over cards titled like the
 * synthetic corpus's pages. Not a test: figures are printed, never asserted.
 * Usage: CardBenchmark [cards] (on the test classpath, as scripts/bench/benchmark.sh builds it)
 */
public final class CardBenchmark {
    private static final java.lang.management.ThreadMXBean THREAD = java.lang.management.ManagementFactory.getThreadMXBean();

    private CardBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int cards = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        CardRenderer renderer = new CardRenderer(Files.createTempDirectory("cards"));
        String site = "تجارة الإرهاب";
        String kicker = "صفحة من مدونة اختبار الأداء.";
        for (int i = 0; i < 100; i++) { // warm-up
            IndexedPng.encode(renderer.draw("صفحة تجريبية رقم " + i, kicker, site));
        }
        List<Long> draw = new ArrayList<>();
        List<Long> encode = new ArrayList<>();
        long bytes = 0;
        for (int i = 0; i < cards; i++) {
            long t0 = THREAD.getCurrentThreadCpuTime();
            BufferedImage image = renderer.draw("صفحة تجريبية رقم " + (1000 + i), kicker, site);
            long t1 = THREAD.getCurrentThreadCpuTime();
            bytes += IndexedPng.encode(image).length;
            long t2 = THREAD.getCurrentThreadCpuTime();
            draw.add(t1 - t0);
            encode.add(t2 - t1);
        }
        System.out.printf("cards %d: draw median %.2f ms, encode median %.2f ms, %d bytes a card on average%n", cards,
                median(draw) / 1e6, median(encode) / 1e6, bytes / cards);
    }

    private static double median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
