package org.terrortrade.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrortrade.TestProject;

/** Two clean builds of the same sources write byte-identical sites: dates come from content, order is stable. */
class ReproducibleBuildTest {

    @Test
    void twoCleanBuildsAreByteIdentical(@TempDir Path first, @TempDir Path second) {
        TestProject one = TestProject.copyOfSite(first);
        TestProject two = TestProject.copyOfSite(second);
        one.build();
        two.build();
        assertEquals(TestProject.contentFingerprint(one.output()), TestProject.contentFingerprint(two.output()));
        one.build();
        assertEquals(TestProject.contentFingerprint(two.output()), TestProject.contentFingerprint(one.output()), "and again");
    }
}
