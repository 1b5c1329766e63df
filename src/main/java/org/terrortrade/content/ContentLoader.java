package org.terrortrade.content;

import org.terrortrade.markdown.MarkdownRenderer;
import org.terrortrade.problem.EditorText;
import org.terrortrade.problem.Problem;
import org.terrortrade.problem.Problems;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.ibm.icu.text.UnicodeSet;
import com.ibm.icu.text.UnicodeSet.SpanCondition;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Step 1 of the pipeline: reads every Markdown file under {@code content/}, checks that it is readable text,
 * and splits it into YAML front matter and Markdown body. Everything wrong is collected, nothing is skipped.
 */
public final class ContentLoader {
    private static final String FENCE = "---";
    private static final Pattern SAFE_FILE_NAME = Pattern.compile("[a-z0-9][a-z0-9-]*\\.md");
    /** The largest content file accepted: the article is about 30 KB; 2 MiB leaves room and bounds build time. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    private final Path projectRoot;
    private final LoadedBefore before;

    public ContentLoader(Path projectRoot) {
        this(projectRoot, null);
    }

    /** @param before what a warm builder loaded last time, reused for unchanged files (null: load everything) */
    public ContentLoader(Path projectRoot, LoadedBefore before) {
        this.projectRoot = projectRoot.toAbsolutePath().normalize();
        this.before = before;
    }

    /** Loads all content files; problems go to {@code problems}, readable files are returned. */
    public List<SourceFile> loadAll(Path contentFolder, Problems problems) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(contentFolder)) {
            SourceTree tree = new SourceTree(projectRoot);
            // A link leaving the repository is never read (SourceTree reports it); a file link inside it is.
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> !Files.isSymbolicLink(p) || tree.inside(p))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            problems.report(relative(contentFolder), 1, "unreadable-folder", "unreadable-folder.content", e.getMessage());
            return List.of();
        }
        // Files are read, checked and parsed on every core; each file's problems are kept apart and added in file
        // order, so the report is the same whatever the threads did.
        List<Problems> found = files.stream().map(file -> new Problems()).toList();
        List<SourceFile> read;
        if (before == null) {
            read = loadEach(files, found);
        } else {
            synchronized (before) { // one load at a time remembers: a review asked for during a rebuild waits
                before.begin();
                read = loadEach(files, found);
                before.end();
            }
        }
        found.forEach(each -> each.since(0).forEach(problems::add));
        return read.stream().filter(java.util.Objects::nonNull).toList();
    }

    private List<SourceFile> loadEach(List<Path> files, List<Problems> found) {
        return java.util.stream.IntStream.range(0, files.size()).parallel()
                .mapToObj(i -> loadContentFile(files.get(i), found.get(i)))
                .toList();
    }

    private SourceFile loadContentFile(Path file, Problems problems) {
        if (file.getFileName().toString().startsWith(".")) {
            // A hidden file is never published; said, so that a page saved as ".name.md" is not lost without a word.
            problems.report(relative(file), 1, "hidden-file", "hidden-file");
            return null;
        }
        if (!file.getFileName().toString().endsWith(".md")) {
            problems.report(relative(file), 1, "not-markdown", "not-markdown");
            return null;
        }
        return before == null ? load(file, problems) : before.load(file, problems, MAX_BYTES, this::load);
    }

    /** Loads one file, or returns null after reporting why it cannot be read. */
    public SourceFile load(Path file, Problems problems) {
        String path = relative(file);
        String name = file.getFileName().toString();
        if (!SAFE_FILE_NAME.matcher(name).matches()) {
            problems.report(path, 1, "file-name", "file-name", name);
        }
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                problems.report(path, lineAt(file, MAX_BYTES), "file-too-large", "file-too-large",
                        String.format(java.util.Locale.ROOT, "%,d", size), String.format(java.util.Locale.ROOT, "%,d", MAX_BYTES));
                return null;
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            problems.report(path, 1, "unreadable-file", "unreadable-file", e.getMessage());
            return null;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            problems.report(path, firstBadLine(bytes), "not-utf8", "not-utf8");
            return null;
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // a BOM is harmless: accepted silently
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        if (text.isBlank()) {
            problems.report(path, 1, "empty-file", "empty-file");
            return null;
        }
        reportHiddenControls(path, text, problems);

        String[] lines = text.split("\n", -1);
        if (!lines[0].strip().equals(FENCE)) {
            problems.report(path, 1, "missing-front-matter", "missing-front-matter");
            return null;
        }
        int close = -1;
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].strip().equals(FENCE)) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            problems.report(path, 1, "unclosed-front-matter", "unclosed-front-matter");
            return null;
        }
        String yaml = String.join("\n", List.of(lines).subList(1, close));
        FrontMatter frontMatter = parseYaml(path, yaml, problems);
        if (frontMatter == null) {
            return null;
        }
        reportInvisibleMarksInBody(path, lines, close + 1, problems);
        String body = String.join("\n", List.of(lines).subList(close + 1, lines.length));
        try {
            return SourceFile.of(path, file.toAbsolutePath().normalize(), frontMatter, body, close + 2);
        } catch (StackOverflowError e) {
            problems.report(path, deepestLine(body, close + 2), "too-deep", "too-deep", MarkdownRenderer.MAX_DEPTH);
            return null;
        }
    }

    /** The line with the most leading quote and list markers: where a parser that overflowed most likely gave up. */
    private static int deepestLine(String body, int firstLine) {
        String[] lines = body.split("\n", -1);
        int best = 0;
        int bestDepth = -1;
        for (int i = 0; i < lines.length; i++) {
            int depth = 0;
            for (char c : lines[i].toCharArray()) {
                if (c == '>' || c == '*' || c == '_' || c == '-' || c == ' ' || c == '<') {
                    depth++;
                } else {
                    break;
                }
            }
            if (depth > bestDepth) {
                bestDepth = depth;
                best = i;
            }
        }
        return firstLine + best;
    }

    private FrontMatter parseYaml(String path, String yaml, Problems problems) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(MAX_ALIASES_FOR_COLLECTIONS);
        try {
            if (!aliasesAreSafe(path, yaml, options, problems)) {
                return null;
            }
            Node node = new Yaml(options).compose(new java.io.StringReader(yaml));
            if (node == null) {
                return FrontMatter.empty(2);
            }
            if (!(node instanceof MappingNode mapping)) {
                problems.report(path, 2, "front-matter-not-mapping", "front-matter-not-mapping");
                return null;
            }
            if (!keysAreUnique(path, mapping, problems)) {
                return null;
            }
            reportHiddenCharactersInValues(path, mapping, problems);
            return new FrontMatter(mapping, 2);
        } catch (MarkedYAMLException e) {
            // An unclosed quote or bracket is only noticed at the end of the text; point at where it was opened.
            boolean atEnd = e.getProblem() != null && e.getProblem().contains("end of stream");
            Mark mark = atEnd && e.getContextMark() != null || e.getProblemMark() == null ? e.getContextMark() : e.getProblemMark();
            int line = mark == null ? 1 : mark.getLine() + 2;
            String what = (e.getContext() == null ? "" : e.getContext() + ": ") + (e.getProblem() == null ? e.getMessage() : e.getProblem());
            problems.report(path, line, "yaml-syntax", "yaml-syntax.line", what);
            return null;
        } catch (YAMLException e) {
            problems.report(path, 2, "yaml-syntax", "yaml-syntax", e.getMessage());
            return null;
        }
    }

    /**
     * Aliases of collections a front matter may use. SnakeYAML's own limit (the same number) counts them too, but says
     * so in English without a line; with ten, the most one collection can be multiplied is about 3^3.
     */
    private static final int MAX_ALIASES_FOR_COLLECTIONS = 10;

    /**
     * Reads the YAML's events (no tree is built, so nothing can loop or multiply) and refuses, at the alias's line, an
     * alias inside the collection it names ({@code menu: &a [*a]}: a cycle every walk over the tree would follow
     * forever) and one alias of a collection too many ({@code [*a, *a]} nested: a "billion laughs").
     */
    private static boolean aliasesAreSafe(String path, String yaml, LoaderOptions options, Problems problems) {
        java.util.Deque<String> open = new java.util.ArrayDeque<>(); // anchor (or "") of each collection being read
        java.util.Set<String> collections = new java.util.HashSet<>();
        int collectionAliases = 0;
        for (org.yaml.snakeyaml.events.Event event : new Yaml(options).parse(new java.io.StringReader(yaml))) {
            if (event instanceof org.yaml.snakeyaml.events.CollectionStartEvent start) {
                String anchor = start.getAnchor() == null ? "" : start.getAnchor();
                open.push(anchor);
                if (!anchor.isEmpty()) {
                    collections.add(anchor);
                }
            } else if (event instanceof org.yaml.snakeyaml.events.CollectionEndEvent) {
                open.pop();
            } else if (event instanceof org.yaml.snakeyaml.events.ScalarEvent scalar && scalar.getAnchor() != null) {
                collections.remove(scalar.getAnchor()); // an anchor may be given again to a scalar
            } else if (event instanceof org.yaml.snakeyaml.events.AliasEvent alias) {
                int line = alias.getStartMark() == null ? 2 : alias.getStartMark().getLine() + 2;
                if (open.contains(alias.getAnchor())) {
                    problems.report(path, line, "yaml-cycle", "yaml-cycle", alias.getAnchor());
                    return false;
                }
                if (collections.contains(alias.getAnchor()) && ++collectionAliases > MAX_ALIASES_FOR_COLLECTIONS) {
                    problems.report(path, line, "yaml-aliases", "yaml-aliases", MAX_ALIASES_FOR_COLLECTIONS);
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * A key written twice in one mapping, at the line of its second appearance (SnakeYAML's own duplicate check runs
     * only when it builds Java objects, which the front matter never asks it to). Walks without recursion; the tree
     * has no cycles ({@link #aliasesAreSafe}) and each node is visited once.
     */
    private static boolean keysAreUnique(String path, MappingNode root, Problems problems) {
        java.util.Set<Node> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        java.util.ArrayDeque<Node> todo = new java.util.ArrayDeque<>();
        todo.push(root);
        boolean unique = true;
        while (!todo.isEmpty()) {
            Node next = todo.pop();
            if (!seen.add(next)) {
                continue;
            }
            if (next instanceof MappingNode mapping) {
                java.util.Set<String> keys = new java.util.HashSet<>();
                for (org.yaml.snakeyaml.nodes.NodeTuple tuple : mapping.getValue()) {
                    if (tuple.getKeyNode() instanceof org.yaml.snakeyaml.nodes.ScalarNode key && !keys.add(key.getValue())) {
                        int line = key.getStartMark() == null ? 2 : key.getStartMark().getLine() + 2;
                        problems.report(path, line, "duplicate-key", "duplicate-key", key.getValue());
                        unique = false;
                    }
                    todo.push(tuple.getValueNode());
                }
            } else if (next instanceof org.yaml.snakeyaml.nodes.SequenceNode sequence) {
                sequence.getValue().forEach(todo::push);
            }
        }
        return unique;
    }

    /** The first character's code point as four upper-case hexadecimal digits, for «U+…». */
    private static String codePoint(String character) {
        return String.format(java.util.Locale.ROOT, "%04X", character.codePointAt(0));
    }

    /**
     * Invisible bidi controls, then control characters: each at the first line that has one, once per line, in one
     * scan of the text (every file of every build passes here).
     */
    private static void reportHiddenControls(String path, String text, Problems problems) {
        List<Problem> bidi = new ArrayList<>();
        List<Problem> control = new ArrayList<>();
        int line = 1;
        boolean bidiOnLine = false;
        boolean controlOnLine = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                bidiOnLine = false;
                controlOnLine = false;
            } else if (!bidiOnLine && bidiControl(c)) {
                bidiOnLine = true;
                bidi.add(EditorText.problem(path, line, "bidi-control", "bidi-control", codePoint(String.valueOf(c))));
            } else if (!controlOnLine && controlCharacter(c)) {
                controlOnLine = true;
                control.add(EditorText.problem(path, line, "control-character", "control-character", codePoint(String.valueOf(c))));
            }
        }
        bidi.forEach(problems::add);
        control.forEach(problems::add);
    }

    private static boolean bidiControl(char c) {
        return c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
    }

    /** C0 and C1 control characters other than tab and line breaks (the pattern {@link #CONTROL} says the same). */
    private static boolean controlCharacter(char c) {
        return c <= 0x08 || c == 0x0B || c == 0x0C || c >= 0x0E && c <= 0x1F || c >= 0x7F && c <= 0x9F;
    }

    /** C0 and C1 control characters (other than tab and line breaks): they break the feed and the sitemap. */
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F]");
    /**
     * Invisible marks that make two equal-looking texts differ (a title from another, a word from the one search, the
     * article's links and the quotation check look for): every default-ignorable code point of Unicode (zero-width
     * space, word joiner, BOM, soft hyphen, LRM/RLM/ALM, U+034F, variation selectors, tag characters, Hangul fillers…),
     * except ZWNJ/ZWJ between two Arabic letters, where they shape the joining (Persian «می‌خواهم»). Bidi embedding and
     * isolate controls are default-ignorable too but have their own check ({@code bidi-control}). The one definition
     * for the fields of the front matter and for the body.
     *
     * @return the index of the first such mark in {@code text}, or -1
     */
    static int firstInvisible(String text) {
        // The set's span skips to the next candidate quickly; the loop runs once per default-ignorable code point.
        for (int i = DEFAULT_IGNORABLE.span(text, 0, SpanCondition.NOT_CONTAINED); i < text.length();
                i = DEFAULT_IGNORABLE.span(text, i, SpanCondition.NOT_CONTAINED)) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (!(cp <= 0xFFFF && bidiControl((char) cp))
                    && !((cp == 0x200C || cp == 0x200D) && i > 0 && next < text.length()
                            && arabicLetter(text.codePointBefore(i)) && arabicLetter(text.codePointAt(next)))) {
                return i;
            }
            i = next;
        }
        return -1;
    }

    /** Unicode's default-ignorable code points, as ICU defines them. */
    private static final UnicodeSet DEFAULT_IGNORABLE = new UnicodeSet("[:Default_Ignorable_Code_Point:]").freeze();

    /** A letter (or a mark on one) of the Arabic blocks, tatweel included: what ZWNJ and ZWJ may stand between. */
    private static boolean arabicLetter(int cp) {
        boolean arabicBlock = cp >= 0x0600 && cp <= 0x06FF || cp >= 0x0750 && cp <= 0x077F || cp >= 0x08A0 && cp <= 0x08FF
                || cp >= 0xFB50 && cp <= 0xFDFF || cp >= 0xFE70 && cp <= 0xFEFF;
        int type = Character.getType(cp);
        return arabicBlock && (Character.isLetter(cp) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK);
    }

    /** Invisible marks in the Markdown body ({@code lines} from index {@code first}), at their file line. */
    private static void reportInvisibleMarksInBody(String path, String[] lines, int first, Problems problems) {
        for (int i = first; i < lines.length; i++) {
            int at = firstInvisible(lines[i]);
            if (at >= 0) {
                problems.report(path, i + 1, "invisible-mark", "invisible-mark.body", codePoint(lines[i].substring(at)));
            }
        }
    }

    /** Control characters written as YAML escapes ("\\x07") and invisible marks in any field of the front matter. */
    private static void reportHiddenCharactersInValues(String path, Node node, Problems problems) {
        java.util.ArrayDeque<Node> todo = new java.util.ArrayDeque<>();
        todo.push(node);
        while (!todo.isEmpty()) {
            Node next = todo.pop();
            if (next instanceof org.yaml.snakeyaml.nodes.ScalarNode scalar) {
                int line = scalar.getStartMark() == null ? 2 : scalar.getStartMark().getLine() + 2;
                Matcher control = CONTROL.matcher(scalar.getValue());
                int invisible = firstInvisible(scalar.getValue());
                if (control.find()) {
                    problems.report(path, line, "control-character", "control-character.value", codePoint(control.group()));
                } else if (invisible >= 0) {
                    problems.report(path, line, "invisible-mark", "invisible-mark", codePoint(scalar.getValue().substring(invisible)));
                }
            } else if (next instanceof MappingNode mapping) {
                for (org.yaml.snakeyaml.nodes.NodeTuple tuple : mapping.getValue()) {
                    todo.push(tuple.getValueNode());
                    todo.push(tuple.getKeyNode());
                }
            } else if (next instanceof org.yaml.snakeyaml.nodes.SequenceNode sequence) {
                sequence.getValue().forEach(todo::push);
            }
        }
    }

    /** The line on which byte {@code offset} of a file lies (read only up to there). */
    private static int lineAt(Path file, int offset) throws IOException {
        int line = 1;
        try (java.io.InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file))) {
            for (int i = 0; i < offset; i++) {
                int b = in.read();
                if (b < 0) {
                    break;
                }
                if (b == '\n') {
                    line++;
                }
            }
        }
        return line;
    }

    /** The line of the first byte sequence that is not valid UTF-8. */
    private static int firstBadLine(byte[] bytes) {
        int line = 1;
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            int length = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 0;
            if (length == 0 || i + length > bytes.length) {
                return line;
            }
            for (int k = 1; k < length; k++) {
                if ((bytes[i + k] & 0xC0) != 0x80) {
                    return line;
                }
            }
            if (b == '\n') {
                line++;
            }
            i += length;
        }
        return line;
    }

    /** A path relative to the project root, with forward slashes, for messages. */
    public String relative(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path rel = absolute.startsWith(projectRoot) ? projectRoot.relativize(absolute) : absolute;
        return rel.toString().replace('\\', '/');
    }
}
