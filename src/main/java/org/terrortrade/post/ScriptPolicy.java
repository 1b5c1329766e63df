package org.terrortrade.post;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Names, in each page's Content-Security-Policy, the scripts that page runs, instead of the whole origin: the
 * template writes {@code script-src 'none'}, and for each {@code <script src>} of the page (the site's own,
 * fingerprinted files) this puts the file's SHA-256 in the policy and in the element's {@code integrity}, and its
 * absolute address on the published site (for browsers that do not match an external script by hash). A file an
 * attacker adds to {@code assets/} is then not runnable from any page, even from the site's own origin.
 */
public final class ScriptPolicy implements PageTransform {
    private static final Pattern SCRIPT_SRC = Pattern.compile("script-src 'none'");

    private final Path siteRoot;
    private final String basePath;
    private final String origin;
    private final Map<Path, String> hashes = new ConcurrentHashMap<>();

    /**
     * @param siteRoot the built site (its files are hashed as they will be published)
     * @param basePath the path the site is served under
     * @param origin   scheme and host of the published site
     */
    public ScriptPolicy(Path siteRoot, String basePath, String origin) {
        this.siteRoot = siteRoot.toAbsolutePath().normalize();
        this.basePath = basePath;
        this.origin = origin;
    }

    /**
     * The base path and origin. The files it hashes are the fingerprinted scripts, named by their contents (the names
     * {@link AssetLinks} writes, one of its inputs), so a page naming the same files names the same contents.
     */
    @Override
    public Object inputs(String path) {
        return List.of(basePath, origin);
    }

    @Override
    public void apply(Document page, String path) {
        List<String> sources = new ArrayList<>();
        for (Element script : page.select("script[src]")) {
            String src = script.attr("src");
            if (!src.startsWith(basePath)) {
                continue; // not the site's: the page check refuses it
            }
            Path file = siteRoot.resolve(src.substring(basePath.length())).normalize();
            if (!file.startsWith(siteRoot) || !Files.isRegularFile(file)) {
                continue; // the link check reports it
            }
            String hash = "sha256-" + hashes.computeIfAbsent(file, ScriptPolicy::sha256);
            script.attr("integrity", hash);
            sources.add("'" + hash + "'");
            sources.add(origin + src);
        }
        if (sources.isEmpty()) {
            return;
        }
        Element csp = page.selectFirst("head > meta[http-equiv=Content-Security-Policy]");
        if (csp != null) {
            csp.attr("content", allow(csp.attr("content"), sources));
        }
    }

    /** The policy with {@code sources} in place of {@code script-src 'none'} (unchanged if it has no such directive). */
    public static String allow(String policy, List<String> sources) {
        Matcher matcher = SCRIPT_SRC.matcher(policy);
        return matcher.find() ? matcher.replaceFirst(Matcher.quoteReplacement("script-src " + String.join(" ", sources))) : policy;
    }

    /** The base64 SHA-256 of a file, as CSP and Subresource Integrity write it. */
    public static String sha256(byte[] bytes) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(Path file) {
        try {
            return sha256(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
