package org.terrortrade.provenance;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.terrortrade.content.SourceFile;
import org.terrortrade.problem.Problem;

/**
 * What a warm builder's (serve mode) provenance checks found last time. A file's verdicts are a function of the file,
 * of what every check reads of the model ({@link SharedInputs}) and of what its type's rules read of the model for it
 * (its records: a profile's actor, the ledger…); the checks across files, of the actors' and terms' records. A warm
 * loader hands back the very same {@link SourceFile} for a file whose bytes are unchanged, so a file that is the same
 * object, with the same records, under the same shared inputs, has last time's verdicts and is not checked again. An
 * edit to one profile's claims has that profile checked again; an edit to a name has every file checked again.
 */
public final class CheckedBefore {
    private record Verdicts(Object records, List<Problem> problems) {
    }

    /** The shared inputs the verdicts below were found under (null: nothing found yet). */
    private SharedInputs shared;
    private Map<SourceFile, Verdicts> byFile = new IdentityHashMap<>();
    private Object acrossInputs;
    private List<Problem> acrossFiles;

    /** Starts a check under {@code shared}: forgets every file's verdicts when it is not last time's. */
    void begin(SharedInputs shared) {
        if (!shared.equals(this.shared)) {
            this.shared = shared;
            byFile = new IdentityHashMap<>();
        }
    }

    /** The file's verdicts of last time, or null when it, or its records, have changed since. */
    List<Problem> of(SourceFile file, Object records) {
        Verdicts verdicts = byFile.get(file);
        return verdicts != null && verdicts.records().equals(records) ? verdicts.problems() : null;
    }

    void remember(SourceFile file, Object records, List<Problem> problems) {
        byFile.put(file, new Verdicts(records, problems));
    }

    /** The verdicts of the checks across files for these inputs, or null when they have not run on them. */
    List<Problem> acrossFiles(Object inputs) {
        return inputs.equals(acrossInputs) ? acrossFiles : null;
    }

    void rememberAcrossFiles(Object inputs, List<Problem> problems) {
        acrossInputs = inputs;
        acrossFiles = problems;
    }

    /** Ends a check: only the files of this build are kept (an edited file's older objects are let go). */
    void end(List<SourceFile> files) {
        Map<SourceFile, Verdicts> kept = new IdentityHashMap<>();
        for (SourceFile file : files) {
            Verdicts verdicts = byFile.get(file);
            if (verdicts != null) {
                kept.put(file, verdicts);
            }
        }
        byFile = kept;
    }
}
