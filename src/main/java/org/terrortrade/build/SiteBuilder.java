package org.terrortrade.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;


import org.terrortrade.bake.Baker;
import org.terrortrade.markdown.MarkdownRenderer;
import org.terrortrade.post.CrossLinker;
import org.terrortrade.model.ModelBuilder;
import org.terrortrade.model.SiteModel;
import org.terrortrade.meta.CardRenderer;
import org.terrortrade.page.PageMeta;
import org.terrortrade.meta.SearchIndexer;
import org.terrortrade.meta.SiteFiles;
import org.terrortrade.text.Messages;
import org.terrortrade.site.UiText;
import org.terrortrade.validate.UnsafeHtmlChecker;
import org.terrortrade.site.SitePages;
import org.terrortrade.page.SiteSettings;
import org.terrortrade.site.SiteView;
import org.terrortrade.problem.BuildFailedException;
import org.terrortrade.problem.IoCause;
import org.terrortrade.content.ContentLoader;
import org.terrortrade.content.LoadedBefore;
import org.terrortrade.problem.EditorText;
import org.terrortrade.problem.Problems;
import org.terrortrade.content.SourceFile;
import org.terrortrade.content.SourceTree;
import org.terrortrade.post.AssetFingerprints;
import org.terrortrade.post.AssetLinks;
import org.terrortrade.post.BidiIsolator;
import org.terrortrade.post.PageAllowList;
import org.terrortrade.post.ScriptPolicy;
import org.terrortrade.post.PostProcessor;
import org.terrortrade.post.ProcessedBefore;
import org.terrortrade.provenance.CheckedBefore;
import org.terrortrade.types.ContentTypes;
import org.terrortrade.validate.ContentValidator;
import org.terrortrade.verify.LinkChecker;

/**
 * The one way through: load → validate → model → pages → render → post-process → verify → publish. Each step is
 * its own class; this one only runs them in order, times them, and stops at the first step that reports problems, in
 * which case the previous output stays untouched.
 */
public final class SiteBuilder implements AutoCloseable {

    /**
     * @param projectRoot folder with jbake.properties, content/, templates/ and assets/
     * @param output      where the finished site goes (replaced only by a successful build)
     * @param overrides   base path, repository and branch to use instead of jbake.properties' values (null: none)
     * @param lockWait    how long to wait for another build of the same output to finish (null: {@link BuildLock#DEFAULT_WAIT})
     * @param drafts      whether files with {@code status: draft} become pages (serve mode) or are left out entirely
     */
    public record Options(Path projectRoot, Path output, SiteSettings.Overrides overrides, java.time.Duration lockWait,
            boolean drafts) {
        public Options {
            overrides = overrides == null ? SiteSettings.Overrides.NONE : overrides;
            lockWait = lockWait == null ? BuildLock.DEFAULT_WAIT : lockWait;
        }

        public Options(Path projectRoot, Path output, SiteSettings.Overrides overrides, java.time.Duration lockWait) {
            this(projectRoot, output, overrides, lockWait, false);
        }

        public Options(Path projectRoot, Path output, SiteSettings.Overrides overrides) {
            this(projectRoot, output, overrides, null);
        }

        /** These options with drafts shown (serve mode: an editor previews a draft) or left out (a published build). */
        public Options withDrafts(boolean shown) {
            return new Options(projectRoot, output, overrides, lockWait, shown);
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
    /** A warm builder's content files as loaded last time (null when cold: every build loads everything). */
    private final LoadedBefore loadedBefore;
    /** A warm builder's provenance verdicts of last time (null when cold). */
    private final CheckedBefore checkedBefore;
    /** A warm builder's finished pages of last time (null when cold). */
    private final ProcessedBefore processedBefore;

    /**
     * @param log   told about each step as it finishes (one line per step)
     * @param warm  true in serve mode: parsed templates are kept between builds ({@link #close()}), and content files
     *              whose bytes are unchanged are not loaded again ({@link LoadedBefore}), nor checked again
     *              ({@link CheckedBefore}), and a page rendered as last time is not post-processed again while what
     *              the transforms read for it is unchanged ({@link ProcessedBefore})
     * @param types the content types this site knows ({@link ContentTypes#standard()}; a test adds its own)
     */
    public SiteBuilder(Consumer<Step> log, boolean warm, ContentTypes types) {
        this.log = log;
        this.baker = new Baker(warm);
        this.types = types;
        this.loadedBefore = warm ? new LoadedBefore() : null;
        this.checkedBefore = warm ? new CheckedBefore() : null;
        this.processedBefore = warm ? new ProcessedBefore() : null;
    }

    /** Releases what a warm builder keeps between builds. */
    @Override
    public void close() {
        baker.close();
    }

    /** Loads and validates the content without rendering: the editor's quick check. */
    public List<Step> check(Options options) {
        List<Step> steps = new ArrayList<>();
        Path root = options.projectRoot().toAbsolutePath().normalize();
        validate(load(root, steps, null), steps, true, null);
        return steps;
    }

    /** Every claim of the content as the provenance checks saw it, and the model it was checked against. */
    public record Review(SiteModel model, List<org.terrortrade.provenance.ClaimReview> claims) {
    }

    /**
     * Loads and validates the content like {@link #check}, but keeps what the provenance checks computed for each
     * claim, problems included, instead of stopping at them (the reviewer's page shows them). Problems of loading or
     * of the front matter's shape still stop it: without them there is no model to check against.
     */
    public Review review(Options options) {
        List<org.terrortrade.provenance.ClaimReview> claims = new ArrayList<>();
        Path root = options.projectRoot().toAbsolutePath().normalize();
        Validated validated = validate(load(root, new ArrayList<>(), null), new ArrayList<>(), true, claims::add);
        return new Review(validated.model(), List.copyOf(claims));
    }

    /** Every source the build reads, each read once: jbake.properties (when rendering follows) and the content files. */
    private record Loaded(List<SourceFile> files, Baker.Plan plan) {
    }

    /** The validated files that make the site, the model derived from them, and the pages of the drafts left out. */
    private record Validated(List<SourceFile> files, SiteModel model, List<String> draftPages) {
    }

    /** The load step; {@code destination} is where rendering will write (null: no rendering follows). */
    private Loaded load(Path root, List<Step> steps, Path destination, SiteSettings.Overrides overrides) {
        ContentLoader loader = new ContentLoader(root, loadedBefore);
        SourceTree tree = new SourceTree(root);
        return step(steps, "load", problems -> {
            org.terrortrade.bake.JBakeProperties.check(root, problems);
            if (!problems.isEmpty()) {
                return new Loaded(List.of(), null); // the one cause: nothing else is read with settings JBake must not read
            }
            // Beside the content files, on a thread of its own: JBake's configuration, which needs none of them, and
            // ICU's Arabic collation data, which the model step sorts with (each about a tenth of a second when cold).
            java.util.concurrent.FutureTask<Baker.Plan> beside = new java.util.concurrent.FutureTask<>(() -> {
                ModelBuilder.loadCollation();
                return destination == null ? null : baker.plan(root, destination, overrides);
            });
            Thread reading = new Thread(beside, "beside-load");
            reading.setDaemon(true);
            reading.start();
            tree.checkLinks(problems);
            List<SourceFile> loaded = loader.loadAll(root.resolve("content"), problems);
            tree.checkOutputs(loaded, types, problems);
            return new Loaded(loaded, finished(beside));
        }, loaded -> loaded.files().size() + " files, each parsed once");
    }

    /** What {@code task} computed; what it threw is thrown here, as it was, for the step's nets to catch. */
    private static <T> T finished(java.util.concurrent.FutureTask<T> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading beside the content files", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private Loaded load(Path root, List<Step> steps, Path destination) {
        return load(root, steps, destination, SiteSettings.Overrides.NONE);
    }

    /**
     * The validate and model steps.
     *
     * @param drafts  whether drafts make the site (serve, check, review) or are left out (a published build)
     * @param reviews told each claim's review; when given, provenance problems are the reviews' and stop nothing
     */
    private Validated validate(Loaded loaded, List<Step> steps, boolean drafts,
            Consumer<org.terrortrade.provenance.ClaimReview> reviews) {
        List<SourceFile> files = loaded.files();
        step(steps, "validate", problems -> {
            new ContentValidator(types).validate(files, problems);
            new UnsafeHtmlChecker().check(files, problems);
            if (problems.isEmpty()) {
                article(files); // the site is built around its article
            }
            return files;
        }, list -> "front matter and Markdown of " + list.size() + " files");
        // A draft is published nowhere: it makes no page and no record of the model (no counts, map, links or cards).
        List<SourceFile> site = drafts ? files : files.stream().filter(file -> !file.isDraft()).toList();
        List<String> draftPages = drafts ? List.of() : files.stream().filter(SourceFile::isDraft).map(types::output)
                .filter(java.util.Objects::nonNull).toList();
        // The model is built only from files whose shape is known to be right.
        return step(steps, "model", problems -> {
            SiteModel model = types.model(site);
            if (reviews == null) {
                types.checkProvenance(model, site, problems, null, checkedBefore);
            } else {
                types.checkProvenance(model, site, new Problems(), reviews); // the review page shows the problems
            }
            return new Validated(site, model, draftPages);
        }, v -> v.model().getActors().size() + " actors, " + v.model().getTerms().size() + " terms; citations, quotations and voices checked"
                + (files.size() > site.size() ? "; " + (files.size() - site.size()) + " drafts left out" : ""));
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

    /**
     * The steps in the order they run (ARCHITECTURE.md): load → validate → model → pages → render → post-process →
     * verify → publish. Each is timed in the step log and runs inside the same nets ({@link #step}).
     */
    private List<Step> buildLocked(Options options) {
        Path root = options.projectRoot().toAbsolutePath().normalize();
        List<Step> steps = new ArrayList<>();
        Publisher publisher = new Publisher(options.output());
        Path staging = publisher.stagingFolder();
        boolean published = false;
        CardsAlongside drawing = null;
        try {
            Loaded loaded = load(root, steps, staging, options.overrides());
            Validated validated = validate(loaded, steps, options.drafts(), null);
            SiteModel model = validated.model();
            SiteSettings site = loaded.plan().site();
            Messages messages = Messages.forLanguage(site.language());
            SitePages pages = step(steps, "pages", problems -> SitePages.make(validated.files(), types, model, messages, markdown),
                    made -> made.list().size() + " pages made, their Markdown rendered");
            CardRenderer cards = new CardRenderer(root.resolve("target/card-cache"));
            drawing = new CardsAlongside(cards, staging, pages, site.title());
            SiteView view = new SiteView(site, model, pages, new PageMeta(site, model, messages));
            Map<String, String> rendered = step(steps, "render", problems -> {
                Map<String, String> html = baker.render(loaded.plan(), pages, view, new UiText(messages, model), problems);
                baker.copyAssets(loaded.plan(), problems);
                return html;
            }, html -> html.size() + " pages through their templates (JBake), assets copied");
            Map<String, LinkChecker.Outline> built = step(steps, "post-process", problems -> {
                Map<String, String> assets = AssetFingerprints.apply(staging);
                // The page check runs last, on each page exactly as it will be published.
                Map<String, LinkChecker.Outline> outlines = new PostProcessor(List.of(new CrossLinker(model, site.basePath(), messages),
                        new BidiIsolator(), new AssetLinks(site.basePath(), assets), new ScriptPolicy(staging, site.basePath(), site.origin()),
                        new PageAllowList(PageAllowList.reportingTo(problems, pages.sources()),
                                AssetFingerprints.scripts(site.basePath(), assets)))).process(rendered, staging, LinkChecker.Outline::of,
                                processedBefore);
                if (processedBefore != null) {
                    processedBefore.end(problems.isEmpty());
                }
                if (!problems.isEmpty()) {
                    return outlines; // nothing more is written for a site that will not be published
                }
                SearchIndexer.write(staging, pages.list());
                new SiteFiles(site, messages).write(staging, pages.list());
                return outlines;
            }, outlines -> outlines.size() + " pages, search index, sitemap, feed");
            step(steps, "verify", problems -> {
                new LinkChecker(site.basePath(), pages.list(), validated.draftPages(), types::source).check(built, staging, problems);
                return built.size();
            }, n -> "links and anchors of " + n + " pages");
            CardsAlongside allDrawn = drawing;
            step(steps, "cards", problems -> {
                allDrawn.await();
                return cards.drawn();
            }, drawn -> pages.list().size() + " social cards, " + drawn + " of them new, drawn alongside render, post-process"
                    + " and verify (the time is what was left to wait for)");
            step(steps, "publish", problems -> {
                publisher.publish(staging);
                return publisher.output();
            }, out -> String.valueOf(root.relativize(out)));
            published = true;
        } finally {
            if (drawing != null) {
                drawing.close();
            }
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
