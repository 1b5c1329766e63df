package org.terrortrade.problem;

/**
 * One thing wrong with the site's sources, told the way an editor can act on it:
 * {@code path:line: المشكلة [english-key] — طريقة الإصلاح}. Editors read Arabic; the stable English key
 * beside it is what tests, search engines and maintainers match on.
 *
 * @param path    the file, relative to the project root, with forward slashes
 * @param line    1-based line in that file (1 when the problem is about the whole file)
 * @param key     stable English identifier of the kind of problem, e.g. {@code unknown-field}
 * @param message what is wrong (Arabic)
 * @param fix     how to fix it (Arabic)
 */
public record Problem(String path, int line, String key, String message, String fix) implements Comparable<Problem> {

    @Override
    public String toString() {
        return path + ":" + line + ": " + message + " [" + key + "] — " + fix;
    }

    @Override
    public int compareTo(Problem other) {
        int byPath = path.compareTo(other.path);
        return byPath != 0 ? byPath : Integer.compare(line, other.line);
    }
}
