package org.terrortrade.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.terrortrade.TestProject;

/**
 * The site built with a second interface language, a stub {@code xx} made here from the Arabic bundles' keys with Latin
 * placeholder text, holds no Arabic but the content's own: every run of Arabic in the pages' text and attributes is
 * found in content/ (the article, the claims, the titles) or in the site's title and tagline from jbake.properties.
 * An Arabic word left in a template, or wired into the Java behind one, is reported with its page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StubLanguageTest {
    private static final String STUB = "xx";
    private static final Pattern ARABIC_RUN = Pattern.compile("\\p{IsArabic}+(?:\\s+\\p{IsArabic}+)*");
    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d+}");
    /** Direction marks and isolates the post-processing adds around runs; they are not text. */
    private static final Pattern BIDI_CONTROLS = Pattern.compile("[\\u200e\\u200f\\u2066-\\u2069]");

    private final List<Path> stubBundles = new ArrayList<>();
    private TestProject project;
    private String contentText;

    @BeforeAll
    void buildWithTheStubLanguage(@TempDir Path folder) throws IOException {
        writeStubBundles();
        project = TestProject.copyOfSite(folder);
        project.write("jbake.properties", project.read("jbake.properties").replace("site.language=ar", "site.language=" + STUB));
        project.build();
        contentText = contentText(project.root());
    }

    @AfterAll
    void removeStubBundles() throws IOException {
        for (Path bundle : stubBundles) {
            Files.deleteIfExists(bundle);
        }
    }

    @Test
    void noArabicInterfaceTextIsLeftInAnyPage() throws IOException {
        List<String> leftovers = arabicNotFromContent(project.output());
        assertTrue(leftovers.isEmpty(), "Arabic interface text in the " + STUB + " site:\n" + String.join("\n", leftovers));
    }

    @Test
    void languageDirectionAndLocaleComeFromTheConfiguration() throws IOException {
        Document home = Jsoup.parse(project.output().resolve("index.html").toFile(), "UTF-8");
        assertEquals(STUB, home.selectFirst("html").attr("lang"));
        assertEquals("ltr", home.selectFirst("html").attr("dir"));
        assertEquals("xx_XX", home.selectFirst("meta[property=og:locale]").attr("content"));
        assertTrue(home.select(".site-nav a").eachText().contains("[type.article.section]"),
                "the menu names a section as the types bundle does: " + home.select(".site-nav a").eachText());
    }

    /** The search page's script writes its status line from words the page carries, taken from the bundle. */
    @Test
    void theSearchStatusWordsComeFromTheBundle() throws IOException {
        Document search = Jsoup.parse(project.output().resolve("search.html").toFile(), "UTF-8");
        Element status = search.getElementById("search-status");
        assertEquals("[search.status.none] {0}", status.attr("data-none"));
        assertEquals("[search.status.found] {0} {1}", status.attr("data-found"));
        assertEquals("[count.result.one]", status.attr("data-count-one"));
        assertEquals("[count.result.other] {0}", status.attr("data-count-other"));
        assertFalse(status.hasAttr("data-count-few"), "a form the language lacks is left out; the script falls back to other");
        // The site's own script (the built one also carries lunr's Arabic stemmer and stop words, which are not interface text).
        String source = Files.readString(project.root().resolve("assets/js/search.js"), StandardCharsets.UTF_8);
        assertTrue(arabicRuns(source).isEmpty(), "Arabic in assets/js/search.js: " + arabicRuns(source));
    }

    /** The check itself finds a template's Arabic literal: the same build with one label written back into a template. */
    @Test
    void anArabicLiteralInATemplateIsFound(@TempDir Path folder) throws IOException {
        TestProject changed = TestProject.copyOfSite(folder);
        changed.write("jbake.properties", changed.read("jbake.properties").replace("site.language=ar", "site.language=" + STUB));
        String actor = changed.read("templates/actor.ftlh");
        String label = "${t.get(\"actor.name_en\")}";
        assertTrue(actor.contains(label), "the template this test edits still has the label");
        changed.write("templates/actor.ftlh", actor.replace(label, "الاسم بالإنجليزية"));
        changed.build();
        List<String> leftovers = arabicNotFromContent(changed.output());
        assertTrue(leftovers.stream().anyMatch(l -> l.endsWith("«الاسم بالإنجليزية»")), String.join("\n", leftovers));
    }

    /** Every page's text and attribute values, each run of Arabic not found in the content: «page: «run»». */
    private List<String> arabicNotFromContent(Path site) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                Document page = Jsoup.parse(file.toFile(), "UTF-8");
                // JSON-LD is written by page meta, whose descriptions are not yet in the interface language.
                page.select("script[type=application/ld+json]").remove();
                TreeSet<String> runs = new TreeSet<>();
                for (Element element : page.getAllElements()) {
                    for (TextNode text : element.textNodes()) {
                        runs.addAll(arabicRuns(text.getWholeText()));
                    }
                    for (Attribute attribute : element.attributes()) {
                        runs.addAll(arabicRuns(attribute.getValue()));
                    }
                }
                String name = site.relativize(file).toString();
                runs.stream().filter(run -> !contentText.contains(run)).forEach(run -> found.add(name + ": «" + run + "»"));
            }
        }
        return found;
    }

    private static List<String> arabicRuns(String text) {
        List<String> runs = new ArrayList<>();
        Matcher m = ARABIC_RUN.matcher(BIDI_CONTROLS.matcher(text).replaceAll("").replaceAll("\\s+", " "));
        while (m.find()) {
            runs.add(m.group());
        }
        return runs;
    }

    /** The text of content/ and the site's name and tagline, with whitespace collapsed. */
    private static String contentText(Path root) throws IOException {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> files = Files.walk(root.resolve("content"))) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                text.append(Files.readString(file, StandardCharsets.UTF_8)).append('\n');
            }
        }
        Properties site = new Properties();
        try (var reader = Files.newBufferedReader(root.resolve("jbake.properties"), StandardCharsets.UTF_8)) {
            site.load(reader);
        }
        text.append(site.getProperty("site.title")).append('\n').append(site.getProperty("site.tagline"));
        return BIDI_CONTROLS.matcher(text).replaceAll("").replaceAll("\\s+", " ");
    }

    /**
     * {@code i18n/*_xx.properties} beside the test classes, from the Arabic bundles: each text becomes its key in
     * brackets, followed by the arguments it takes, so a page shows which key each label came from.
     */
    private void writeStubBundles() throws IOException {
        Path classes;
        try {
            classes = Path.of(StubLanguageTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        for (String bundle : Messages.BUNDLES) {
            Properties arabic = new Properties();
            try (var in = Messages.class.getClassLoader().getResourceAsStream("i18n/" + bundle + "_ar.properties")) {
                arabic.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
            Properties stub = new Properties();
            for (Map.Entry<Object, Object> entry : arabic.entrySet()) {
                String key = (String) entry.getKey();
                if (key.matches("count\\..+\\.(two|few|many)")) {
                    continue; // like most languages, the stub has only "one" and "other": the others fall back to "other"
                }
                StringBuilder text = new StringBuilder("[" + key + "]");
                Matcher argument = ARGUMENT.matcher((String) entry.getValue());
                while (argument.find()) {
                    text.append(' ').append(argument.group());
                }
                stub.setProperty(key, text.toString());
            }
            if (arabic.containsKey("language.dir")) {
                stub.setProperty("language.dir", "ltr");
                stub.setProperty("language.og_locale", "xx_XX");
            }
            if (arabic.containsKey("list.separator")) {
                stub.setProperty("list.separator", ", ");
            }
            Path file = classes.resolve("i18n/" + bundle + "_" + STUB + ".properties");
            Files.createDirectories(file.getParent());
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                stub.store(out, "stub interface language written by StubLanguageTest; deleted after it");
            }
            stubBundles.add(file);
        }
    }
}
