package org.terrortrade.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import com.deque.html.axecore.providers.StringAxeScriptProvider;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * The axe-core script the accessibility checks run: npm's {@code axe-core}, copied into the test resources by
 * {@code scripts/a11y/vendor-axe.sh} (the Selenium wrapper's own copy is older and misses rules such as
 * {@code landmark-unique}). The file is taken only if its version and SHA-256 are the ones pinned here.
 */
final class AxeScript {
    static final String VERSION = "4.14.1";
    static final String SHA256 = "29348999450cdf2849a8e70b7912fc2da85a849da39c0d0d5394f51d4a9ed95c";
    private static final String RESOURCE = "/axe/axe.min.js";

    private static String script;

    private AxeScript() {
    }

    /** The pinned script's text; fails with how to restore it if the file is missing or differs. */
    static synchronized String text() {
        if (script == null) {
            byte[] bytes;
            try (InputStream in = AxeScript.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("src/test/resources" + RESOURCE + " is missing: run bash scripts/a11y/vendor-axe.sh");
                }
                bytes = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String actual = sha256(bytes);
            if (!actual.equals(SHA256)) {
                throw new IllegalStateException("src/test/resources" + RESOURCE + " has SHA-256 " + actual + ", expected " + SHA256
                        + " (axe-core " + VERSION + "): run bash scripts/a11y/vendor-axe.sh, or update AxeScript to the version it prints");
            }
            script = new String(bytes, StandardCharsets.UTF_8);
        }
        return script;
    }

    /** An axe builder that injects the pinned script instead of the wrapper's bundled one. */
    static AxeBuilder builder() {
        return new AxeBuilder().setAxeScriptProvider(new StringAxeScriptProvider(text()));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
