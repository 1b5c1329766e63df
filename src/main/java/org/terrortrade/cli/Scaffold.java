package org.terrortrade.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Pattern;

import org.terrortrade.problem.EditorText;
import org.terrortrade.text.Messages;
import org.terrortrade.types.ContentType;
import org.terrortrade.types.ContentTypes;

/**
 * {@code new}: writes a valid new content file from a template (actor, term or page), so that an editor starts from
 * front matter the build accepts. Refuses to overwrite a file and names the fix for a bad slug.
 */
public final class Scaffold {
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** The types an editor may start a file of: the types with more than one file that have a scaffold. */
    private static final ContentTypes TYPES = ContentTypes.standard();

    private Scaffold() {
    }

    /**
     * A YAML double-quoted scalar: a title such as «الحرب: قراءة» or one starting with «-» or «#» stays one string,
     * and control characters (which the build refuses) cannot be written at all.
     */
    static String yamlQuoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            if (c == '"' || c == '\\') {
                out.append('\\').appendCodePoint(c);
            } else if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
                throw refusal("control-character", "control-character.title", String.format(java.util.Locale.ROOT, "%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.append('"').toString();
    }

    /** «message [key] — fix», worded by {@code problem.<name>.*} of the editors' bundle. */
    private static IllegalArgumentException refusal(String key, String name, Object... args) {
        return new IllegalArgumentException(EditorText.text("problem." + name + ".message", args) + " [" + key + "] — "
                + EditorText.text("problem." + name + ".fix", args));
    }

    /** The site's language ({@code site.language} in jbake.properties), for the default title's words. */
    private static String language(Path projectRoot) throws IOException {
        java.util.Properties settings = new java.util.Properties();
        Path file = projectRoot.resolve("jbake.properties");
        if (Files.isRegularFile(file)) {
            try (java.io.Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                settings.load(reader);
            }
        }
        return settings.getProperty("site.language", "ar");
    }

    /** @return the file written, relative to the project root */
    public static Path create(Path projectRoot, String type, String slug, String title, LocalDate date) throws IOException {
        ContentType known = TYPES.get(type);
        if (known == null || known.singleton() || Scaffold.class.getResource("/scaffold/" + type + ".md") == null) {
            throw refusal("unknown-type", "unknown-type.new", type);
        }
        if (slug == null || !SLUG.matcher(slug).matches()) {
            throw refusal("file-name", "file-name.new", slug);
        }
        Path relative = Path.of((known.folder() == null ? "content/" : known.folder()) + slug + ".md");
        Path file = projectRoot.resolve(relative);
        if (Files.exists(file)) {
            throw refusal("file-exists", "file-exists", relative);
        }
        String template;
        try (InputStream in = Scaffold.class.getResourceAsStream("/scaffold/" + type + ".md")) {
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String text = template.replace("{{title}}", yamlQuoted(title == null || title.isBlank() ? Messages.forLanguage(language(projectRoot)).get("type." + type + ".new_title") : title.strip()))
                .replace("{{date}}", date.toString());
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return relative;
    }
}
