package org.terrortrade.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The site's interface text for one language: labels, section names, kinds and statuses, captions, the words of
 * dates, card kickers, and the editors' error messages. Each comes from a bundle on the class path,
 * {@code i18n/<bundle>_<language>.properties} (UTF-8), looked up by key; {@code {0}}, {@code {1}}… in a text are
 * replaced by the arguments. A missing key is a developer's mistake and fails loudly with its name, never a silent
 * fallback to another language. The language's own settings ({@code language.dir}, {@code language.og_locale}) live in
 * the same bundles, so nothing about Arabic is written into the code.
 */
public final class Messages {
    /** The bundles every language provides, by concern: page text, editors' problems, content types. */
    public static final List<String> BUNDLES = List.of("ui", "problems", "types");

    private final String language;
    private final Map<String, String> texts;

    private Messages(String language, Map<String, String> texts) {
        this.language = language;
        this.texts = Collections.unmodifiableMap(texts);
    }

    /** The messages of {@code language} (a BCP 47 code such as {@code ar}), from every bundle. */
    public static Messages forLanguage(String language) {
        Map<String, String> texts = new TreeMap<>();
        for (String bundle : BUNDLES) {
            String resource = "i18n/" + bundle + "_" + language + ".properties";
            try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalArgumentException("no interface text for the language «" + language + "»: " + resource
                            + " is missing; copy the bundles of i18n/*_ar.properties and translate them");
                }
                Properties properties = new Properties();
                try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                    properties.load(reader);
                }
                for (String key : properties.stringPropertyNames()) {
                    if (texts.put(key, properties.getProperty(key)) != null) {
                        throw new IllegalStateException("the key «" + key + "» is defined in two bundles of «" + language + "»");
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource, e);
            }
        }
        return new Messages(language, texts);
    }

    public String language() {
        return language;
    }

    /** The text of {@code key}, with {@code {0}}, {@code {1}}… replaced by {@code args}. */
    public String get(String key, Object... args) {
        String text = texts.get(key);
        if (text == null) {
            throw new IllegalArgumentException("no text for the key «" + key + "» in the «" + language + "» bundles (i18n/*_"
                    + language + ".properties)");
        }
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    public boolean has(String key) {
        return texts.containsKey(key);
    }

    /** Every key and its text, in key order (for templates and for the completeness test of a new language). */
    public Map<String, String> all() {
        return texts;
    }
}
