package org.terrortrade.problem;

import java.util.Arrays;

/**
 * Line numbers of a text from one pass over it: the offsets where lines start, searched in O(log n) per lookup.
 * (Asking flexmark for a node's line rescans the text from the top each time, which made checks of a large page
 * quadratic.)
 */
public final class LineIndex {
    private final int[] starts;
    private final int firstLine;

    /**
     * @param text      the text the offsets refer to
     * @param firstLine the line number of the text's first line in its file
     */
    public LineIndex(CharSequence text, int firstLine) {
        int[] found = new int[16];
        int count = 0;
        found[count++] = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = i + 1;
            }
        }
        this.starts = Arrays.copyOf(found, count);
        this.firstLine = firstLine;
    }

    /** The file line of the character at {@code offset}. */
    public int line(int offset) {
        int at = Arrays.binarySearch(starts, Math.max(0, offset));
        int index = at >= 0 ? at : -at - 2;
        return firstLine + index;
    }
}
