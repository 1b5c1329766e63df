package org.terrortrade;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** For tests that read the real site as built: one copy of the project, built once for the whole class. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class OnTheBuiltSite {
    protected TestProject project;

    @BeforeAll
    void buildTheSite(@TempDir Path folder) {
        project = TestProject.copyOfSite(folder);
        project.build();
    }

    /** A built page, parsed: {@code page("actors/pakistan.html")}. */
    protected Document page(String path) {
        try {
            return Jsoup.parse(project.output().resolve(path).toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
