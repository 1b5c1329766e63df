package org.terrortrade;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * For tests that add one bad file to a copy of the real site: the site is built once first, so each test can prove
 * that a failed build left that previous output exactly as it was; the added file is removed after each test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class FixtureOnAGoodSite {
    protected TestProject project;
    /** Fingerprint of the good site's output (paths, bytes, times). */
    protected String before;
    /** The fixture a test added, removed after it. */
    protected Path added;

    @BeforeAll
    void buildAGoodSiteFirst(@TempDir Path folder) {
        project = TestProject.copyOfSite(folder);
        project.build();
        before = TestProject.fingerprint(project.output());
    }

    @AfterEach
    void removeFixture() throws IOException {
        if (added != null) {
            Files.deleteIfExists(added);
            added = null;
        }
    }
}
