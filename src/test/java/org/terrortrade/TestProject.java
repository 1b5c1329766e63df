package org.terrortrade;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.terrortrade.types.ContentTypes;
import org.terrortrade.build.SiteBuilder;

/** A copy of this project's sources in a temporary folder, which a test may change and build. */
public final class TestProject {
    private static final List<String> SOURCES = List.of("content", "templates", "assets", "jbake.properties");
    private final Path root;

    private TestProject(Path root) {
        this.root = root;
    }

    /** Copies content/, templates/, assets/ and jbake.properties of the real project into {@code folder}. */
    public static TestProject copyOfSite(Path folder) {
        Path projectRoot = Path.of("").toAbsolutePath();
        for (String source : SOURCES) {
            copy(projectRoot.resolve(source), folder.resolve(source));
        }
        return new TestProject(folder);
    }

    public Path root() {
        return root;
    }

    public Path output() {
        return root.resolve("target/site");
    }

    public Path write(String relativePath, String text) {
        Path file = root.resolve(relativePath);
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String read(String relativePath) {
        try {
            return Files.readString(root.resolve(relativePath), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public SiteBuilder.Options options() {
        return new SiteBuilder.Options(root, output(), null);
    }

    /** Builds as a deployment under a sub-path does. */
    public List<SiteBuilder.Step> buildUnder(String basePath) {
        return new SiteBuilder(step -> { }, false, ContentTypes.standard()).build(new SiteBuilder.Options(root, output(),
                new org.terrortrade.page.SiteSettings.Overrides(basePath, null, null)));
    }

    /** Builds the site quietly into target/site. */
    public List<SiteBuilder.Step> build() {
        return new SiteBuilder(step -> { }, false, ContentTypes.standard()).build(options());
    }

    /** A fingerprint of every file (path, bytes and modification time) under a folder, to prove it was left untouched. */
    /** The HTML pages of a built site, in path order. */
    public static List<Path> htmlPages(Path site) {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String fingerprint(Path folder) {
        return fingerprint(folder, true);
    }

    /** A fingerprint of the files' paths and bytes only: equal for two builds that wrote the same site. */
    public static String contentFingerprint(Path folder) {
        return fingerprint(folder, false);
    }

    private static String fingerprint(Path folder, boolean withTimes) {
        try (Stream<Path> walk = Files.walk(folder)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                digest.update(folder.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(file));
                if (withTimes) {
                    digest.update(String.valueOf(Files.getLastModifiedTime(file).toMillis()).getBytes(StandardCharsets.UTF_8));
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void copy(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(source, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
