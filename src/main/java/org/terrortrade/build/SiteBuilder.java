package org.terrortrade.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;


import org.terrortrade.bake.Baker;
import org.terrortrade.markdown.MarkdownRenderer;
import org.terrortrade.link.CrossLinker;
import org.terrortrade.model.ModelBuilder;
import org.terrortrade.model.SiteModel;
import org.terrortrade.meta.CardRenderer;
import org.terrortrade.meta.PageMeta;
import org.terrortrade.meta.SearchIndexer;
import org.terrortrade.meta.SiteFiles;
import org.terrortrade.text.Messages;
import org.terrortrade.text.UiText;
import org.terrortrade.validate.ProvenanceChecker;
import org.terrortrade.validate.UnsafeHtmlChecker;
import org.terrortrade.site.SitePages;
import org.terrortrade.site.SiteSettings;
import org.terrortrade.site.SiteView;
import org.terrortrade.content.BuildFailedException;
import org.terrortrade.content.IoCause;
import org.terrortrade.content.ContentLoader;
import org.terrortrade.content.EditorText;
import org.terrortrade.content.Problems;
import org.terrortrade.content.SourceFile;
import org.terrortrade.content.SourceTree;
import org.terrortrade.post.AssetFingerprints;
import org.terrortrade.post.AssetLinks;
import org.terrortrade.post.BidiIsolator;
import org.terrortrade.post.PostProcessor;
import org.terrortrade.validate.ContentTypes;
import org.terrortrade.validate.ContentValidator;
import org.terrortrade.verify.LinkChecker;

/**
 * The one way through: load → validate → bake → post-process → verify → publish. Each step is its own class;
 * this one only runs them in order, times them, and stops at the first step that reports problems, in which
 * case the previous output stays untouched.
 */
public final class SiteBuilder implements AutoCloseable {

    /**
     * @param projectRoot folder with jbake.properties, content/, templates/ and assets/
     * @param output      where the finished site goes (replaced only by a successful build)
     * @param overrides   base path, repository and branch to use instead of jbake.properties' values (null: none)
     * @param lockWait    how long to wait for another build of the same output to finish (null: {@link BuildLock#DEFAULT_WAIT})
     */
    public record Options(Path projectRoot, Path output, SiteSettings.Overrides overrides, java.time.Duration lockWait) {
        public Options {
            overrides = overrides == null ? SiteSettings.Overrides.NONE : overrides;
            lockWait = lockWait == null ? BuildLock.DEFAULT_WAIT : lockWait;
        }

        public Options(Path projectRoot, Path output, SiteSettings.Overrides overrides) {
            this(projectRoot, output, overrides, null);
        }
    }

    /** How long one step took. */
    public record Step(String name, long millis, String detail) {
        @Override
        public String toString() {
            return String.format("%-12s %6d ms  %s", name, millis, detail);
        }
    }

    private final Consumer<Step> log;
    private final MarkdownRenderer markdown = new MarkdownRenderer();
    private final Baker baker;
    private final ContentTypes types;

    /** A builder for one build: told about each step as it finishes (one line per step). */
    public SiteBuilder(Consumer<Step> log) {
        this(log, false);
    }

    /**
     * @param log  told about each step as it finishes
     * @param warm true in serve mode: parsed templates and JBake's store are kept between builds ({@link #close()})
     */
    public SiteBuilder(Consumer<Step> log, boolean warm) {
        this(log, warm, ContentTypes.standard());
    }

    /**
     * @param types the content types this site knows ({@link ContentTypes#standard()}; a test adds its own)
     */
    public SiteBuilder(Consumer<Step> log, boolean warm, ContentTypes types) {
        this.log = log;
        this.baker = new Baker(warm);
        this.types = types;
    }

    /** Releases what a warm builder keeps between builds. */
    @Override
    public void close() {
        baker.close();
    }

    /** Loads and validates the content without baking: the editor's quick check. */
    public List<Step> check(Options options) {
        List<Step> steps = new ArrayList<>();
        loadAndValidate(options.projectRoot().toAbsolutePath().normalize(), steps);
        return steps;
    }

    /** The loaded files and the model derived from them. */
    private record Validated(List<SourceFile> files, SiteModel model) {
    }

    private Validated loadAndValidate(Path root, List<Step> steps) {
        ContentLoader loader = new ContentLoader(root);
        SourceTree tree = new SourceTree(root);
        List<SourceFile> files = step(steps, "load", problems -> {
            org.terrortrade.bake.JBakeProperties.check(root, problems);
            if (!problems.isEmpty()) {
                return List.<SourceFile>of(); // the one cause: nothing else is read with settings that JBake must not read
            }
            tree.checkLinks(problems);
            List<SourceFile> loaded = loader.loadAll(root.resolve("content"), problems);
            tree.checkOutputs(loaded, types, problems);
            return loaded;
        }, list -> list.size() + " files");
        return step(steps, "validate", problems -> {
            new ContentValidator(types).validate(files, problems);
            new UnsafeHtmlChecker().check(files, problems);
            if (!problems.isEmpty()) {
                return null; // the model is built only from files whose shape is known to be right
            }
            article(files);
            SiteModel model = new ModelBuilder(types).build(files);
            new ProvenanceChecker(model.paragraphs(), problems, types).check(model, files);
            return new Validated(files, model);
        }, v -> "front matter, citations and links of " + v.files().size() + " files");
    }

    /** The site is built around its article: the one file whose type numbers its paragraphs. */
    private SourceFile article(List<SourceFile> files) {
        return files.stream().filter(f -> types.of(f).numbersParagraphs()).findFirst()
                .orElseThrow(() -> new BuildFailedException("validate", List.of(EditorText.problem(
                        "content/article.md", 1, "missing-article", "missing-article"))));
    }

    /** Builds the site; throws {@link BuildFailedException} listing every problem of the first failing step. */
    public List<Step> build(Options options) {
        // A wrong --out= would be replaced as a whole: refused before anything is created or deleted.
        OutputFolder.check(options.projectRoot(), options.output());
        // One build per checkout at a time; the next one tidies up after a build that was killed.
        try (BuildLock lock = BuildLock.acquire(options.output(), options.lockWait(), message -> log.accept(new Step("lock", 0, message)))) {
            new Publisher(options.output()).recover().forEach(message -> log.accept(new Step("recover", 0, message)));
            deleteStaleTemporaryCards(options.projectRoot().toAbsolutePath().normalize().resolve("target/card-cache"));
            return buildLocked(options);
        }
    }

    private List<Step> buildLocked(Options options) {
        Path root = options.projectRoot().toAbsolutePath().normalize();
        List<Step> steps = new ArrayList<>();
        Validated validated = loadAndValidate(root, steps);
        List<SourceFile> files = validated.files();
        SiteModel model = validated.model();

        Publisher publisher = new Publisher(options.output());
        Path staging = publisher.stagingFolder();
        boolean published = false;
        try {
            Baker.Plan plan = baker.plan(root, staging, options.overrides());
            SiteSettings site = plan.site();
            Messages messages = Messages.forLanguage(site.language());
            SitePages pages = SitePages.make(files, types, model, messages, markdown);
            SiteView view = new SiteView(site, model, pages, new PageMeta(site, model, messages));
            step(steps, "bake", problems -> {
                baker.bake(plan, pages, view, new UiText(messages, model), problems);
                return staging;
            }, folder -> "JBake into a staging folder");
            SearchIndexer search = SearchIndexer.of(pages, messages);
            CardRenderer cards = new CardRenderer(root.resolve("target/card-cache"));
            int written = step(steps, "post-process", problems -> {
                Map<String, String> assets = AssetFingerprints.apply(staging);
                int count = new PostProcessor(List.of(new CrossLinker(model, site.basePath(), messages), new BidiIsolator(),
                        new AssetLinks(site.basePath(), assets), search)).process(staging);
                search.write(staging);
                new SiteFiles(site).write(staging, pages.list());
                cards.writeAll(staging, pages, model, site.title(), messages);
                return count;
            }, n -> n + " pages, search index, sitemap, feed, " + cards.drawn() + " new social cards");
            step(steps, "verify", problems -> {
                new LinkChecker(site.basePath(), pages.sources()).check(staging, problems);
                return written;
            }, n -> "links and anchors of " + n + " pages");
            step(steps, "publish", problems -> {
                publisher.publish(staging);
                return publisher.output();
            }, out -> String.valueOf(root.relativize(out)));
            published = true;
        } finally {
            if (!published) {
                publisher.discard(staging);
            }
        }
        return steps;
    }

    /** Half-written social cards of a build that was killed (a finished card is renamed into place, never left as .tmp). */
    private void deleteStaleTemporaryCards(Path cache) {
        if (!java.nio.file.Files.isDirectory(cache)) {
            return;
        }
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(cache)) {
            for (Path stale : files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList()) {
                java.nio.file.Files.deleteIfExists(stale);
                log.accept(new Step("recover", 0, "deleted the half-written card " + stale.getFileName() + " of a killed build"));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The file an I/O failure names, relative to the working folder when it can be. */
    private static String ioPath(Throwable error) {
        Throwable io = IoCause.root(error);
        String file = io instanceof java.nio.file.FileSystemException fs && fs.getFile() != null ? fs.getFile() : "target";
        Path here = Path.of("").toAbsolutePath();
        Path path = Path.of(file).toAbsolutePath().normalize();
        return (path.startsWith(here) ? here.relativize(path) : path).toString().replace('\\', '/');
    }

    private interface StepBody<T> {
        T run(Problems problems);
    }

    private <T> T step(List<Step> steps, String name, StepBody<T> body, java.util.function.Function<T, String> describe) {
        long start = System.nanoTime();
        Problems problems = new Problems();
        T result = null;
        try {
            result = body.run(problems);
        } catch (StackOverflowError e) {
            // The checks refuse deep nesting at its line first; this is the net under every other step.
            problems.report("content", 1, "too-deep", "too-deep.step", name);
        } catch (java.io.UncheckedIOException e) {
            problems.report(ioPath(e), 1, "io-error", "io-error.step", name, IoCause.describe(e));
        } catch (OutOfMemoryError e) {
            // The checks refuse what is known to exhaust memory (YAML cycles, "billion laughs") at its line; this is the
            // net under every step: what was held is garbage by now, so a message can still be made.
            problems.report("content", 1, "out-of-memory", "out-of-memory", name);
        }
        problems.throwIfAny(name);
        Step step = new Step(name, (System.nanoTime() - start) / 1_000_000, describe.apply(result));
        steps.add(step);
        log.accept(step);
        return result;
    }

}
