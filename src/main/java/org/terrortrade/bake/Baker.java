package org.terrortrade.bake;

import java.nio.file.Path;
import java.util.List;

import org.jbake.app.Asset;
import org.jbake.app.ContentStore;
import org.jbake.app.Oven;
import org.jbake.app.Renderer;
import org.jbake.app.Utensils;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.terrortrade.problem.Problem;
import org.terrortrade.problem.Problems;
import org.terrortrade.page.Page;
import org.terrortrade.site.SitePages;
import org.terrortrade.page.SiteSettings;
import org.terrortrade.site.SiteView;
import org.terrortrade.text.Messages;
import org.terrortrade.site.UiText;
import org.terrortrade.page.PageKind;

/**
 * Step 3 of the pipeline: JBake's {@link Oven} renders the site's pages into a destination folder with this project's
 * template engine ({@link SiteTemplates}), and copies the assets. The pages come made ({@link SitePages}); JBake
 * schedules and writes them. {@code Oven.bake()} does not throw on template errors, so its error list is turned into
 * problems here.
 */
public final class Baker {
    private static final java.util.concurrent.atomic.AtomicInteger STORES = new java.util.concurrent.atomic.AtomicInteger();
    private final boolean warm;
    private freemarker.template.Configuration templates;
    private java.io.File templateFolder;
    private WarmContentStore warmStore;

    /**
     * @param warm true for a baker that serves every build of a session (serve mode): it keeps the parsed templates
     *             and JBake's content store between bakes; {@link #close()} releases them
     */
    public Baker(boolean warm) {
        QuietLogging.install();
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
        return new Plan(config, SiteSettings.from(config::get, overrides));
    }

    /**
     * @param plan  from {@link #plan}
     * @param pages the site's pages: each is rendered by its type's template
     * @param site  what every template sees as {@code site}
     * @param text  what every template sees as {@code t}: the interface text
     */
    public void bake(Plan plan, SitePages pages, SiteView site, UiText text, Problems problems) {
        DefaultJBakeConfiguration config = plan.config;
        if (!templatesPresent(config, pages, Messages.forLanguage(plan.site.language()), problems)) {
            return;
        }
        for (Page page : pages.list()) {
            config.setTemplateFileNameForDocType(page.type().name(), page.type().template());
        }
        ContentStore store = store(config);
        SiteTemplates templates = new SiteTemplates(store, config, templates(config.getTemplateFolder()), pages, site, text);

        Utensils utensils = new Utensils();
        utensils.setConfiguration(config);
        utensils.setContentStore(store);
        utensils.setCrawler(new SourceCrawler(store, config, pages));
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
            if (org.terrortrade.problem.IoCause.isIo(error)) {
                // A failed asset copy names the asset and the cause (disk full, read-only, permissions), not the settings.
                Throwable io = org.terrortrade.problem.IoCause.root(error);
                String file = io instanceof java.nio.file.FileSystemException fs && fs.getFile() != null ? fs.getFile() : "assets";
                Path path = Path.of(file).toAbsolutePath().normalize();
                Path root = config.getSourceFolder().toPath().toAbsolutePath().normalize();
                problems.report(path.startsWith(root) ? root.relativize(path).toString().replace('\\', '/') : file, 1, "io-error",
                        "io-error.copy", org.terrortrade.problem.IoCause.describe(error));
            } else {
                problems.report("jbake.properties", 1, "bake-error", "bake-error", error.getMessage());
            }
        }
    }

    /** Every type that has pages has its template: otherwise a problem naming the template. */
    private static boolean templatesPresent(DefaultJBakeConfiguration config, SitePages pages, Messages messages,
            Problems problems) {
        boolean present = true;
        java.util.Set<PageKind> used = new java.util.LinkedHashSet<>();
        pages.list().forEach(page -> used.add(page.type()));
        for (PageKind type : used) {
            if (type.template() == null || !new java.io.File(config.getTemplateFolder(), type.template()).isFile()) {
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
