package org.terrortrade.post;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Gives the stylesheet, the fonts and the search script names that carry a hash of their content
 * ({@code css/site.3f2a9c1d.css}), so that a host may let browsers keep them forever: a changed file gets a new name.
 * Fonts are renamed first and the stylesheet's {@code url()}s updated, so that the stylesheet's hash covers them.
 * The search page's libraries are joined with its script into one file, one request.
 */
public final class AssetFingerprints {
    private static final String STYLESHEET = "css/site.css";
    private static final String SEARCH = "js/search.js";
    /** Joined before the search page's own script, in this order (each needs the ones before it). */
    private static final List<String> SEARCH_LIBRARIES = List.of("js/vendor/lunr.min.js", "js/vendor/lunr.stemmer.support.min.js",
            "js/vendor/lunr.ar.min.js", "js/vendor/lunr.multi.min.js");

    private AssetFingerprints() {
    }

    /** The script files pages may load, as a page's {@code src} writes them: the fingerprinted scripts only. */
    public static java.util.Set<String> scripts(String basePath, Map<String, String> renamed) {
        return renamed.values().stream().filter(path -> path.endsWith(".js")).map(path -> basePath + path)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** Renames the assets in the built site; returns old path → new path, both relative to the site root. */
    public static Map<String, String> apply(Path siteRoot) {
        Map<String, String> renamed = new LinkedHashMap<>();
        try {
            bundleSearch(siteRoot);
            Path fonts = siteRoot.resolve("fonts");
            if (Files.isDirectory(fonts)) {
                try (Stream<Path> list = Files.list(fonts)) {
                    for (Path font : list.filter(p -> p.toString().endsWith(".woff2")).sorted().toList()) {
                        renamed.put("fonts/" + font.getFileName(), rename(siteRoot, "fonts/" + font.getFileName()));
                    }
                }
            }
            Path css = siteRoot.resolve(STYLESHEET);
            if (Files.isRegularFile(css)) {
                String text = withoutComments(Files.readString(css, StandardCharsets.UTF_8));
                for (Map.Entry<String, String> font : renamed.entrySet()) {
                    text = text.replace("../" + font.getKey(), "../" + font.getValue());
                }
                Files.writeString(css, text, StandardCharsets.UTF_8);
                renamed.put(STYLESHEET, rename(siteRoot, STYLESHEET));
            }
            if (Files.isRegularFile(siteRoot.resolve(SEARCH))) {
                renamed.put(SEARCH, rename(siteRoot, SEARCH));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return renamed;
    }

    /**
     * The stylesheet without its comments: they document it for maintainers and would be a fifth of every reader's
     * download. Quoted strings are copied as they are, so a string that contains slash-star stays whole.
     */
    static String withoutComments(String css) {
        StringBuilder out = new StringBuilder(css.length());
        int i = 0;
        while (i < css.length()) {
            char c = css.charAt(i);
            if (c == '"' || c == '\'') {
                int end = i + 1;
                while (end < css.length() && css.charAt(end) != c) {
                    end += css.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(end + 1, css.length());
                out.append(css, i, end);
                i = end;
            } else if (c == '/' && i + 1 < css.length() && css.charAt(i + 1) == '*') {
                int end = css.indexOf("*/", i + 2);
                i = end < 0 ? css.length() : end + 2;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static void bundleSearch(Path siteRoot) throws IOException {
        Path search = siteRoot.resolve(SEARCH);
        if (!Files.isRegularFile(search)) {
            return;
        }
        StringBuilder bundle = new StringBuilder();
        for (String library : SEARCH_LIBRARIES) {
            Path file = siteRoot.resolve(library);
            bundle.append(Files.readString(file, StandardCharsets.UTF_8)).append(";\n");
            Files.delete(file); // its licence stays beside where it was: js/vendor/LICENSE-*.txt
        }
        bundle.append(Files.readString(search, StandardCharsets.UTF_8));
        Files.writeString(search, bundle, StandardCharsets.UTF_8);
    }

    private static String rename(Path siteRoot, String path) throws IOException {
        Path file = siteRoot.resolve(path);
        String hash = hash(Files.readAllBytes(file));
        int dot = path.lastIndexOf('.');
        String hashed = path.substring(0, dot) + "." + hash + path.substring(dot);
        Files.move(file, siteRoot.resolve(hashed));
        return hashed;
    }

    private static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
