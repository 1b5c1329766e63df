package org.terrortrade.bake;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.jbake.app.Asset;
import org.jbake.app.ContentStore;
import org.jbake.app.Oven;
import org.jbake.app.Renderer;
import org.jbake.app.Utensils;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.terrortrade.content.Problem;
import org.terrortrade.content.Problems;
import org.terrortrade.content.SourceFile;
import org.terrortrade.text.Messages;
import org.terrortrade.types.ContentType;
import org.terrortrade.validate.ContentTypes;

/**
 * Step 3 of the pipeline: JBake's {@link Oven} bakes the validated content into a destination folder, with
 * this project's markup engine ({@link ContentEngine}) and template engine ({@link SiteTemplates}).
 * {@code Oven.bake()} does not throw on template errors, so its error list is turned into problems here.
 */
public final class Baker {
    private static final java.util.concurrent.atomic.AtomicInteger STORES = new java.util.concurrent.atomic.AtomicInteger();
    private final MarkdownRenderer markdown;
    private final boolean warm;
    private freemarker.template.Configuration templates;
    private java.io.File templateFolder;
    private WarmContentStore warmStore;

    /**
     * @param warm true for a baker that serves every build of a session (serve mode): it keeps the parsed templates
     *             and JBake's content store between bakes; {@link #close()} releases them
     */
    public Baker(MarkdownRenderer markdown, boolean warm) {
        QuietLogging.install();
        this.markdown = markdown;
        this.warm = warm;
    }

    /** Releases what a warm baker keeps between bakes. */
    public synchronized void close() {
        if (warmStore != null) {
            warmStore.closeForGood();
            warmStore = null;
        }
    }

    private synchronized ContentStore store(DefaultJBakeConfiguration config) {
        if (!warm) {
            return new ContentStore(config.getDatabaseStore(), config.getDatabasePath() + "-" + STORES.incrementAndGet());
        }
        if (warmStore == null) {
            warmStore = new WarmContentStore(config.getDatabasePath() + "-" + STORES.incrementAndGet());
        }
        return warmStore;
    }

    private synchronized freemarker.template.Configuration templates(java.io.File folder) {
        if (!warm) {
            return SiteTemplates.configuration(folder);
        }
        if (templates == null || !folder.equals(templateFolder)) {
            templates = SiteTemplates.configuration(folder);
            templateFolder = folder;
        }
        return templates;
    }

    /** What one bake needs: JBake's configuration (kept inside this package) and the site settings it yields. */
    public static final class Plan {
        private final DefaultJBakeConfiguration config;
        private final SiteSettings site;

        private Plan(DefaultJBakeConfiguration config, SiteSettings site) {
            this.config = config;
            this.site = site;
        }

        /** The site settings from jbake.properties, with the build's overrides. */
        public SiteSettings site() {
            return site;
        }
    }

    /** Reads jbake.properties of {@code projectRoot} for a bake into the empty folder {@code destination}. */
    public Plan plan(Path projectRoot, Path destination, SiteSettings.Overrides overrides) {
        DefaultJBakeConfiguration config = configuration(projectRoot, destination);
        return new Plan(config, SiteSettings.from(config, overrides));
    }

    /**
     * @param plan   from {@link #plan}
     * @param files  content files that passed validation
     * @param types  the content types: each page type's template renders its files
     * @param shared more objects for the templates (derived data), by name
     */
    public void bake(Plan plan, List<SourceFile> files, ContentTypes types, Map<String, Object> shared, Problems problems) {
        DefaultJBakeConfiguration config = plan.config;
        if (!templatesPresent(config, files, types, Messages.forLanguage(plan.site.language()), problems)) {
            return;
        }
        for (ContentType type : types.all()) {
            if (type.isPage() && type.template() != null) {
                config.setTemplateFileNameForDocType(type.name(), type.template());
            }
        }
        ContentStore store = store(config);
        SiteTemplates templates = new SiteTemplates(store, config, templates(config.getTemplateFolder()), plan.site);
        shared.forEach(templates::share);

        Utensils utensils = new Utensils();
        utensils.setConfiguration(config);
        utensils.setContentStore(store);
        utensils.setCrawler(new SourceCrawler(store, config, files, types, new ContentEngine(markdown, Messages.forLanguage(plan.site.language()))));
        utensils.setRenderer(new Renderer(store, config, templates));
        utensils.setAsset(new Asset(config));

        Oven oven = new Oven(utensils);
        JBakeGlobals.scoped(() -> RenderingTools.during(oven::bake));

        List<Problem> templateProblems = templates.problems();
        templateProblems.forEach(problems::add);
        for (Throwable error : oven.getErrors()) {
            boolean alreadyReported = templateProblems.stream().anyMatch(p -> String.valueOf(error.getMessage()).contains(p.toString()));
            if (alreadyReported) {
                continue;
            }
            if (org.terrortrade.content.IoCause.isIo(error)) {
                // A failed asset copy names the asset and the cause (disk full, read-only, permissions), not the settings.
                Throwable io = org.terrortrade.content.IoCause.root(error);
                String file = io instanceof java.nio.file.FileSystemException fs && fs.getFile() != null ? fs.getFile() : "assets";
                Path path = Path.of(file).toAbsolutePath().normalize();
                Path root = config.getSourceFolder().toPath().toAbsolutePath().normalize();
                problems.report(path.startsWith(root) ? root.relativize(path).toString().replace('\\', '/') : file, 1, "io-error",
                        "io-error.copy", org.terrortrade.content.IoCause.describe(error));
            } else {
                problems.report("jbake.properties", 1, "bake-error", "bake-error", error.getMessage());
            }
        }
    }

    /** Every type that has pages among {@code files} has its template: otherwise a problem naming the template. */
    private static boolean templatesPresent(DefaultJBakeConfiguration config, List<SourceFile> files, ContentTypes types,
            Messages messages, Problems problems) {
        boolean present = true;
        java.util.Set<ContentType> used = new java.util.LinkedHashSet<>();
        files.forEach(file -> used.add(types.of(file)));
        for (ContentType type : used) {
            if (type.isPage() && (type.template() == null || !new java.io.File(config.getTemplateFolder(), type.template()).isFile())) {
                String template = config.getTemplateFolderName() + "/" + type.template();
                problems.add(template, 1, "missing-template", messages.get("problem.missing-template.message", type.name(), template),
                        messages.get("problem.missing-template.fix", type.name(), type.getClass().getSimpleName()));
                present = false;
            }
        }
        return present;
    }

    /** JBake's configuration for this project, baking into {@code destination} with a fresh in-memory store. */
    static DefaultJBakeConfiguration configuration(Path projectRoot, Path destination) {
        DefaultJBakeConfiguration config = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(projectRoot.toFile(), destination.toFile(), true);
        config.setDatabaseStore("memory");
        return config;
    }
}
