package org.terrortrade.provenance;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.terrortrade.content.LoadedFiles;
import org.terrortrade.content.SourceFile;
import org.terrortrade.problem.Problem;

/**
 * What a warm builder's (serve mode) provenance checks found last time. A file's verdicts are a function of the file
 * and the model; the checks across files, of the model alone; and the model, of the files it is made of. A warm loader
 * hands back the very same {@link SourceFile} for a file whose bytes are unchanged, so while the model's files are the
 * same objects as last time, a file that is the same object has the same verdicts, and only edited files are checked
 * again. When any file of the model changes, everything is checked again.
 */
public final class CheckedBefore {
    /** The model's files when the verdicts below were found (null: nothing found yet). */
    private LoadedFiles modelSources;
    private Map<SourceFile, List<Problem>> byFile = new IdentityHashMap<>();
    private List<Problem> acrossFiles;

    /** Starts a check of a model made of {@code sources}: forgets every verdict when they are not last time's. */
    void begin(LoadedFiles sources) {
        if (!sources.equals(modelSources)) {
            modelSources = sources;
            byFile = new IdentityHashMap<>();
            acrossFiles = null;
        }
    }

    /** The file's verdicts of last time, or null when it was not checked against this model. */
    List<Problem> of(SourceFile file) {
        return byFile.get(file);
    }

    void remember(SourceFile file, List<Problem> verdicts) {
        byFile.put(file, verdicts);
    }

    /** The verdicts of the checks across files for this model, or null when they have not run against it. */
    List<Problem> acrossFiles() {
        return acrossFiles;
    }

    void rememberAcrossFiles(List<Problem> verdicts) {
        acrossFiles = verdicts;
    }

    /** Ends a check: only the files of this build are kept (an edited file's older objects are let go). */
    void end(List<SourceFile> files) {
        Map<SourceFile, List<Problem>> kept = new IdentityHashMap<>();
        for (SourceFile file : files) {
            List<Problem> verdicts = byFile.get(file);
            if (verdicts != null) {
                kept.put(file, verdicts);
            }
        }
        byFile = kept;
    }
}
