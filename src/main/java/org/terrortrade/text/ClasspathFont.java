package org.terrortrade.text;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The site's TrueType faces for Java2D (social cards, label widths of the relations map), loaded so that nothing is
 * written to the system's temporary folder: {@link Font#createFont(int, InputStream)} copies the font to a temporary
 * file there, which a killed build leaves behind. A face on the class path as a file is read in place; one inside a
 * jar is copied once to a {@code fonts} folder beside the jar (target/ for the project's own jar) and read from there.
 */
public final class ClasspathFont {
    private ClasspathFont() {
    }

    /** The face at {@code resource} (e.g. /fonts/NotoNaskhArabic-Bold.ttf) on the class path. */
    public static Font load(String resource) {
        URL url = ClasspathFont.class.getResource(resource);
        if (url == null) {
            throw new IllegalStateException("Font " + resource + " is missing from the classpath (src/main/fonts)");
        }
        return load(url);
    }

    /** The face at {@code url}: a file read in place, or an entry of a jar copied beside the jar first. */
    static Font load(URL url) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, file(url).toFile());
        } catch (IOException | FontFormatException | URISyntaxException e) {
            throw new IllegalStateException("Cannot read the font " + url, e);
        }
    }

    private static Path file(URL url) throws IOException, URISyntaxException {
        if ("file".equals(url.getProtocol())) {
            return Path.of(url.toURI());
        }
        String spec = url.toString();
        int bang = spec.indexOf("!/");
        if (!"jar".equals(url.getProtocol()) || bang < 0 || !spec.startsWith("jar:file:")) {
            throw new IOException("fonts are read from files or from a jar on disk, not from " + url);
        }
        Path jar = Path.of(new URL(spec.substring(4, bang)).toURI());
        String entry = spec.substring(bang + 2);
        Path copy = jar.resolveSibling("fonts").resolve(Path.of(entry).getFileName().toString());
        if (Files.isRegularFile(copy) && Files.getLastModifiedTime(copy).compareTo(Files.getLastModifiedTime(jar)) >= 0) {
            return copy;
        }
        Files.createDirectories(copy.getParent());
        Path partial = Files.createTempFile(copy.getParent(), copy.getFileName().toString(), ".part");
        try (InputStream in = url.openStream()) {
            Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
        return copy;
    }
}
