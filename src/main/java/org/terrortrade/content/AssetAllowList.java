package org.terrortrade.content;

import org.terrortrade.problem.EditorText;
import org.terrortrade.problem.Problems;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Which files of {@code assets/} may be published: the kinds a site like this one needs, each checked as far as its
 * kind allows. Anything else is refused with its path, so an {@code .html} or {@code .svg} page with a script, a
 * {@code .js} file for a later {@code <script src>}, or an unknown file a host might serve as a page never reaches the
 * site. A stylesheet, a font, a picture (not SVG: it can hold script), a text (licences, notes); and scripts only at
 * the paths the search page loads, the vendored libraries with exactly the bytes {@code scripts/search/vendor-lunr.sh}
 * copied (their SHA-256 here). Pictures and fonts must start as their kind does, so a page cannot be named
 * {@code photo.png}.
 */
public final class AssetAllowList {
    /** Extensions and what a file of each must start with (empty: no signature is checked). */
    private static final Map<String, List<byte[]>> KINDS = Map.ofEntries(
            Map.entry("css", List.of()),
            Map.entry("txt", List.of()),
            Map.entry("md", List.of()),
            Map.entry("woff2", List.of(ascii("wOF2"))),
            Map.entry("ttf", List.of(new byte[] {0, 1, 0, 0}, ascii("true"), ascii("OTTO"))),
            Map.entry("png", List.of(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})),
            Map.entry("jpg", List.of(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})),
            Map.entry("jpeg", List.of(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})),
            Map.entry("webp", List.of(ascii("RIFF"))),
            Map.entry("avif", List.of()), // "ftypavif" at byte 4, checked below
            Map.entry("ico", List.of(new byte[] {0, 0, 1, 0})));
    /** The search page's own script: the site's code, bundled and named by hash by post.AssetFingerprints. */
    private static final String SEARCH_SCRIPT = "js/search.js";
    /** The vendored search libraries and their SHA-256 (scripts/search/vendor-lunr.sh prints them when it copies them). */
    private static final Map<String, String> VENDORED = Map.of(
            "js/vendor/lunr.min.js", "0c50d9002b85780a842afffb567bb54ede402dae7c6dc5997a018614d8044fc8",
            "js/vendor/lunr.stemmer.support.min.js", "2e7213605846a18014ec750910cb18a8a4c60bb23200103b3fad9ef27b10c705",
            "js/vendor/lunr.ar.min.js", "89a1dcb094a8491d968c151ab254a03195c87ff2adaa2408c769928284847125",
            "js/vendor/lunr.multi.min.js", "9761f475ae79f36420ff714df9950efb264effcf9230efd55b511a0de899e979");
    /** The names post.AssetFingerprints gives (a hash of ten hexadecimal digits): an asset must not take one. */
    private static final Pattern FINGERPRINTED = Pattern.compile("(?:css|fonts|js)/.+\\.[0-9a-f]{10}\\.(?:css|woff2|js)");
    /** The folder the social cards are written to (meta.PageMeta.cardPath): the build owns all of it. */
    private static final String CARDS = "cards/";

    private AssetAllowList() {
    }

    /** The kinds accepted, for messages: {@code css، woff2، …}. */
    public static List<String> kinds() {
        return KINDS.keySet().stream().sorted().toList();
    }

    /**
     * Checks one asset.
     *
     * @param file   the file in the source folder
     * @param path   its path as reported ({@code assets/…})
     * @param output its path in the site ({@code css/site.css})
     */
    public static void check(Path file, String path, String output, Problems problems) {
        if (output.startsWith(CARDS) || FINGERPRINTED.matcher(output).matches()) {
            problems.report(path, 1, "output-collision", "output-collision.generated", output, null);
            return;
        }
        if (output.equals(SEARCH_SCRIPT)) {
            return;
        }
        if (VENDORED.containsKey(output)) {
            if (!VENDORED.get(output).equals(sha256(file))) {
                problems.report(path, 1, "asset-type", "asset-type.vendored", output);
            }
            return;
        }
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (extension.equals("js") || extension.equals("mjs")) {
            problems.report(path, 1, "asset-type", "asset-type.script", output);
            return;
        }
        List<byte[]> signatures = KINDS.get(extension);
        if (signatures == null) {
            problems.report(path, 1, "asset-type", "asset-type", extension.isEmpty() ? name : "." + extension,
                    String.join(EditorText.text("problem.list.and"), kinds()));
            return;
        }
        byte[] head = head(file, 12);
        boolean matches = extension.equals("avif")
                ? head.length >= 12 && Arrays.equals(Arrays.copyOfRange(head, 4, 12), ascii("ftypavif"))
                : signatures.isEmpty() || signatures.stream().anyMatch(s -> startsWith(head, s));
        if (!matches || extension.equals("webp") && (head.length < 12 || !Arrays.equals(Arrays.copyOfRange(head, 8, 12), ascii("WEBP")))) {
            problems.report(path, 1, "asset-type", "asset-type.content", "." + extension);
        }
    }

    private static boolean startsWith(byte[] head, byte[] signature) {
        return head.length >= signature.length && Arrays.equals(Arrays.copyOf(head, signature.length), signature);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    private static byte[] head(Path file, int length) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(length);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
