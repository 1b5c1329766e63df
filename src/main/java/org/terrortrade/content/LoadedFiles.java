package org.terrortrade.content;

import java.util.List;

/**
 * Loaded files compared as the very objects loaded, not by their values: a warm loader ({@link LoadedBefore}) hands
 * back the same {@link SourceFile} for a file whose bytes are unchanged, so two of these are equal exactly when no file
 * among them was edited, added, removed or moved. A warm builder's key for what is derived from these files alone.
 */
public final class LoadedFiles {
    private final List<SourceFile> files;

    public LoadedFiles(List<SourceFile> files) {
        this.files = List.copyOf(files);
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof LoadedFiles that) || that.files.size() != files.size()) {
            return false;
        }
        for (int i = 0; i < files.size(); i++) {
            if (files.get(i) != that.files.get(i)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int hash = 1;
        for (SourceFile file : files) {
            hash = 31 * hash + System.identityHashCode(file);
        }
        return hash;
    }
}
