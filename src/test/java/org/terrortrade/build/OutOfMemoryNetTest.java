package org.terrortrade.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrortrade.TestProject;
import org.terrortrade.problem.BuildFailedException;
import org.terrortrade.content.SourceFile;
import org.terrortrade.model.SiteModel;
import org.terrortrade.types.ContentType;
import org.terrortrade.types.Schemas;
import org.terrortrade.types.ContentTypes;
import org.terrortrade.provenance.ProvenanceChecker;
import org.terrortrade.schema.Schema;

/**
 * The checks refuse the inputs known to exhaust memory (YAML cycles and "billion laughs") at their line; should a
 * step still run out of memory, the editor gets a problem naming the step, not an {@code OutOfMemoryError} stack trace.
 */
class OutOfMemoryNetTest {

    /** A type whose folder cannot be asked for without running out of memory (as a step that does would). */
    private static final class Exhausting extends ContentType {
        Exhausting() {
            super("exhausting");
        }

        @Override
        public Schema schema() {
            return Schemas.page();
        }

        @Override
        public void checkProvenance(SourceFile file, SiteModel model, ProvenanceChecker check) {
        }

        @Override
        public String folder() {
            throw new OutOfMemoryError("Java heap space");
        }
    }

    @Test
    void aStepThatRunsOutOfMemoryIsAProblemNamingTheStep(@TempDir Path folder) {
        TestProject project = TestProject.copyOfSite(folder);
        ContentTypes types = ContentTypes.standard().with(new Exhausting());

        BuildFailedException failure = assertThrows(BuildFailedException.class,
                () -> new SiteBuilder(step -> { }, false, types).check(project.options()));

        assertEquals(1, failure.problems().size(), failure::getMessage);
        assertEquals("out-of-memory", failure.problems().get(0).key(), failure::getMessage);
        assertEquals("load", failure.step());
    }
}
