package org.terrortrade.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

import org.terrortrade.problem.Problem;
import org.terrortrade.problem.Problems;

/**
 * What a warm builder (serve mode) loaded last time, by file: a file whose bytes are the same as then is not decoded,
 * checked and parsed again; its {@link SourceFile} and its problems are those of last time. Loading is a function of
 * a file's path and bytes alone, so this gives what loading again would give. Files not seen in the latest build are
 * forgotten with it.
 */
public final class LoadedBefore {
    private record Remembered(byte[] bytes, SourceFile file, List<Problem> problems) {
    }

    private volatile Map<Path, Remembered> previous = Map.of();
    private final Map<Path, Remembered> current = new ConcurrentHashMap<>();

    /** Starts a build: what the last build loaded is what may be reused. */
    void begin() {
        current.clear();
    }

    /** Ends a build: only what it loaded is kept for the next. */
    void end() {
        previous = Map.copyOf(current);
        current.clear();
    }

    /**
     * The file as loaded last time when its bytes are unchanged, else as {@code load} loads it now.
     *
     * @param problems this file's own problems (the load of one file)
     */
    SourceFile load(Path file, Problems problems, long maxBytes, BiFunction<Path, Problems, SourceFile> load) {
        byte[] bytes;
        try {
            bytes = Files.size(file) > maxBytes ? null : Files.readAllBytes(file);
        } catch (IOException e) {
            bytes = null; // loading reports why it cannot read the file
        }
        Remembered before = previous.get(file);
        if (bytes != null && before != null && Arrays.equals(before.bytes(), bytes)) {
            before.problems().forEach(problems::add);
            current.put(file, before);
            return before.file();
        }
        int from = problems.size();
        SourceFile loaded = load.apply(file, problems);
        if (bytes != null) {
            current.put(file, new Remembered(bytes, loaded, problems.since(from)));
        }
        return loaded;
    }
}
