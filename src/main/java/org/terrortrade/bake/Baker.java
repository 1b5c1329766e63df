package org.terrortrade.bake;

import java.io.File;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jbake.app.Asset;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.terrortrade.page.Page;
import org.terrortrade.page.PageKind;
import org.terrortrade.page.SiteSettings;
import org.terrortrade.problem.IoCause;
import org.terrortrade.problem.Problems;
import org.terrortrade.site.SitePages;
import org.terrortrade.site.SiteView;
import org.terrortrade.site.UiText;
import org.terrortrade.text.Messages;

/**
 * The render step, and the one place that uses JBake. JBake reads {@code jbake.properties} (folders and the
 * {@code site.*} settings), renders each {@link Page} through its type's template with this project's template engine
 * ({@link SiteTemplates}, a JBake {@code DelegatingTemplateEngine}), and copies {@code assets/} with its {@link Asset}.
 *
 * <p>What it no longer does, because it cost more than it gave (JBake 2.7.0): {@code Oven.bake()} opens an OrientDB
 * database for every bake, changes JVM-wide state (the default locale, a static listener set that grows by one per
 * bake, OrientDB's settings) and finds its rendering tools through the context class loader; its crawler parses
 * files again and its stock renderer writes every page to disk, only for the next step to read it back. The pages
 * come made ({@link SitePages}); this step renders them, in parallel, into memory, and post-processing writes each
 * once. Nothing here touches JVM-wide state, so builds in one JVM need no scoping of JBake's globals.
 */
public final class Baker {
    private final boolean warm;
    private freemarker.template.Configuration templates;
    private File templateFolder;

    /**
     * @param warm true for a baker that serves every build of a session (serve mode): it keeps the parsed templates
     *             between builds (Freemarker rereads a template whose file changed)
     */
    public Baker(boolean warm) {
        this.warm = warm;
    }

    /** Releases what a warm baker keeps between builds. */
    public synchronized void close() {
        templates = null;
        templateFolder = null;
    }

    private synchronized freemarker.template.Configuration templates(File folder) {
        if (!warm) {
            return SiteTemplates.configuration(folder);
        }
        if (templates == null || !folder.equals(templateFolder)) {
            templates = SiteTemplates.configuration(folder);
            templateFolder = folder;
        }
        return templates;
    }

    /** What one build needs of JBake: its configuration (kept inside this package) and the site settings it yields. */
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

    /** Reads jbake.properties of {@code projectRoot} for a build whose assets go to {@code destination}. */
    public Plan plan(Path projectRoot, Path destination, SiteSettings.Overrides overrides) {
        DefaultJBakeConfiguration config = configuration(projectRoot, destination);
        return new Plan(config, SiteSettings.from(config::get, overrides));
    }

    /** JBake's configuration of {@code projectRoot}'s jbake.properties, with assets copied to {@code destination}. */
    static DefaultJBakeConfiguration configuration(Path projectRoot, Path destination) {
        return new JBakeConfigurationFactory().createDefaultJbakeConfiguration(projectRoot.toFile(), destination.toFile(), true);
    }

    /**
     * Renders every page through its type's template, on every core.
     *
     * @param site what every template sees as {@code site}
     * @param text what every template sees as {@code t}: the interface text
     * @return each page's HTML by its path in the site (empty when a template is missing or fails: see problems); the
     *         map is the caller's, which post-processing empties page by page
     */
    public Map<String, String> render(Plan plan, SitePages pages, SiteView site, UiText text, Problems problems) {
        DefaultJBakeConfiguration config = plan.config;
        if (!templatesPresent(config, pages, text.messages(), problems)) {
            return Map.of();
        }
        SiteTemplates engine = new SiteTemplates(config, templates(config.getTemplateFolder()), site, text);
        Map<String, String> html = new ConcurrentHashMap<>();
        pages.list().parallelStream().forEach(page -> engine.render(page).ifPresent(out -> html.put(page.uri(), out)));
        engine.problems().forEach(problems::add);
        return problems.isEmpty() ? html : new ConcurrentHashMap<>();
    }

    /** Copies assets/ (and any file beside the content that is not content) into the destination, with JBake's {@link Asset}. */
    public void copyAssets(Plan plan, Problems problems) {
        Asset asset = new Asset(plan.config);
        asset.copy();
        asset.copyAssetsFromContent(plan.config.getContentFolder());
        for (Throwable error : asset.getErrors()) {
            // A failed copy names the asset and the cause (disk full, read-only, permissions), not the settings.
            Throwable io = IoCause.root(error);
            String file = io instanceof java.nio.file.FileSystemException fs && fs.getFile() != null ? fs.getFile() : "assets";
            Path path = Path.of(file).toAbsolutePath().normalize();
            Path root = plan.config.getSourceFolder().toPath().toAbsolutePath().normalize();
            problems.report(path.startsWith(root) ? root.relativize(path).toString().replace('\\', '/') : file, 1, "io-error",
                    "io-error.copy", IoCause.describe(error));
        }
    }

    /** Every type that has pages has its template: otherwise a problem naming the template. */
    private static boolean templatesPresent(DefaultJBakeConfiguration config, SitePages pages, Messages messages,
            Problems problems) {
        boolean present = true;
        java.util.Set<PageKind> used = new java.util.LinkedHashSet<>();
        pages.list().forEach(page -> used.add(page.type()));
        for (PageKind type : used) {
            if (type.template() == null || !new File(config.getTemplateFolder(), type.template()).isFile()) {
                String template = config.getTemplateFolderName() + "/" + type.template();
                problems.add(template, 1, "missing-template", messages.get("problem.missing-template.message", type.name(), template),
                        messages.get("problem.missing-template.fix", type.name(), type.getClass().getSimpleName()));
                present = false;
            }
        }
        return present;
    }
}
