package org.terrortrade.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A face inside a jar is copied beside the jar (target/ for the project's jar), never to the system's temporary folder. */
@Tag("unit")
class ClasspathFontTest {

    private static Set<Path> temporaryFontFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith("+~JF")).collect(Collectors.toSet());
        }
    }

    @Test
    void aFaceInAJarIsReadFromACopyBesideTheJar(@TempDir Path target) throws Exception {
        Path jar = target.resolve("site.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            out.putNextEntry(new JarEntry("fonts/NotoSerif-Bold.ttf"));
            out.write(Files.readAllBytes(Path.of("src/main/fonts/NotoSerif-Bold.ttf")));
            out.closeEntry();
        }
        Set<Path> before = temporaryFontFiles();

        Font font = ClasspathFont.load(new URL("jar:" + jar.toUri() + "!/fonts/NotoSerif-Bold.ttf"));
        Font again = ClasspathFont.load(new URL("jar:" + jar.toUri() + "!/fonts/NotoSerif-Bold.ttf"));

        assertEquals(font.getFontName(), again.getFontName());
        assertTrue(font.getFamily().contains("Noto Serif"), font.getFamily());
        assertTrue(Files.isRegularFile(target.resolve("fonts/NotoSerif-Bold.ttf")), "copied beside the jar");
        try (Stream<Path> left = Files.list(target.resolve("fonts"))) {
            assertEquals(1, left.count(), "no partial copy left");
        }
        Set<Path> after = temporaryFontFiles();
        after.removeAll(before);
        assertEquals(Set.of(), after);
    }
}
