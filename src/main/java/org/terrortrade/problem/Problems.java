package org.terrortrade.problem;

import java.util.ArrayList;
import java.util.List;

/** Collects problems so that a run reports all of them at once, sorted by file and line. */
public final class Problems {
    private final List<Problem> list = new ArrayList<>();

    public void add(String path, int line, String key, String message, String fix) {
        list.add(new Problem(path, line, key, message, fix));
    }

    /** A problem worded by {@code problem.<name>.message} and {@code .fix} of the editors' bundle ({@link EditorText}). */
    public void report(String path, int line, String key, String name, Object... args) {
        list.add(EditorText.problem(path, line, key, name, args));
    }

    public void add(Problem problem) {
        list.add(problem);
    }

    public int size() {
        return list.size();
    }

    /** The problems reported after the first {@code from}, in the order they were reported. */
    public List<Problem> since(int from) {
        return List.copyOf(list.subList(from, list.size()));
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public List<Problem> sorted() {
        List<Problem> copy = new ArrayList<>(list);
        copy.sort(null);
        return List.copyOf(copy);
    }

    /** Stops the pipeline when anything was reported. */
    public void throwIfAny(String step) {
        if (!list.isEmpty()) {
            throw new BuildFailedException(step, sorted());
        }
    }
}
