package org.terrortrade.bake;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.template.DelegatingTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;
import org.terrortrade.problem.EditorText;
import org.terrortrade.problem.Problem;
import org.terrortrade.page.Page;
import org.terrortrade.site.SiteView;
import org.terrortrade.site.UiText;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.ext.beans.BeansWrapper;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

/**
 * Renders JBake documents with Freemarker configured the way this site needs, where JBake's stock engine
 * cannot: HTML auto-escaping for every {@code .ftlh} template, errors rethrown instead of printed into the
 * page, and Western digits. A template sees exactly three objects: {@code page} (the {@link Page} being rendered), {@code site} ({@link SiteView}) and {@code t} (the interface text); never JBake's own document map.
 * Template errors are kept as {@link Problem}s naming the template file and line.
 */
public final class SiteTemplates extends DelegatingTemplateEngine {
    /** Where JBake's template model holds the page being rendered. */
    private static final String PAGE = "page";
    private final Configuration freemarker;
    private final String templateFolderName;
    private final SiteView site;
    private final UiText text;
    private final List<Problem> problems = java.util.Collections.synchronizedList(new ArrayList<>());

    /**
     * @param freemarker the configuration from {@link #configuration}, kept across builds so that serve mode does not
     *                   parse unchanged templates again (Freemarker rereads a template whose file changed)
     */
    public SiteTemplates(JBakeConfiguration config, Configuration freemarker, SiteView site, UiText text) {
        super(null, config); // no content store: every page comes made, the template reads it as `page`
        this.templateFolderName = config.getTemplateFolderName();
        this.freemarker = freemarker;
        this.site = site;
        this.text = text;
    }

    /** The page rendered through its type's template, or empty when the template failed (see {@link #problems()}). */
    public Optional<String> render(Page page) {
        TemplateModel model = new TemplateModel();
        model.put(PAGE, page);
        StringWriter out = new StringWriter(page.body().length() + 16_384);
        try {
            renderDocument(model, page.type().template(), out);
            return Optional.of(out.toString());
        } catch (RenderingException e) {
            return Optional.empty(); // recorded as a problem naming the template and line
        }
    }

    /** Freemarker set up for this site: HTML auto-escaping for .ftlh, errors rethrown, Western digits. */
    public static Configuration configuration(java.io.File templateFolder) {
        Configuration freemarker = new Configuration(Configuration.VERSION_2_3_34);
        try {
            freemarker.setDirectoryForTemplateLoading(templateFolder);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read templates from " + templateFolder, e);
        }
        freemarker.setRecognizeStandardFileExtensions(true);
        freemarker.setOutputFormat(HTMLOutputFormat.INSTANCE);
        freemarker.setDefaultEncoding("UTF-8");
        freemarker.setOutputEncoding("UTF-8");
        freemarker.setLocale(Locale.forLanguageTag("ar"));
        freemarker.setNumberFormat("computer");
        freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        freemarker.setLogTemplateExceptions(false);
        freemarker.setWrapUncheckedExceptions(true);
        freemarker.setFallbackOnNullLoopVariable(false);
        freemarker.setTemplateUpdateDelayMilliseconds(0); // an edited template is seen at the next bake
        sandbox(freemarker);
        return freemarker;
    }

    /**
     * Templates arrive in pull requests like content, so they run sandboxed: no class can be named from a template
     * ({@code ?new} resolves nothing, so neither {@code Execute} nor {@code ObjectConstructor}; {@code ?api} is off;
     * no static or enum models are shared), and Java objects show only the public members of the site's own classes
     * that Freemarker's default policy allows ({@link SiteMemberAccess}): never {@code getClass()}, a class loader or
     * a constructor.
     */
    private static void sandbox(Configuration freemarker) {
        freemarker.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        freemarker.setAPIBuiltinEnabled(false);
        freemarker.clearSharedVariables();
        freemarker.setAutoImports(Map.of());
        freemarker.setAutoIncludes(List.of());
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(
                Configuration.VERSION_2_3_34);
        wrapper.setMemberAccessPolicy(new SiteMemberAccess(Configuration.VERSION_2_3_34));
        wrapper.setExposureLevel(BeansWrapper.EXPOSE_SAFE);
        freemarker.setObjectWrapper(wrapper.build());
    }

    /** Template errors of this bake, in the order they happened. */
    public List<Problem> problems() {
        synchronized (problems) {
            return List.copyOf(problems);
        }
    }

    @Override
    public void renderDocument(TemplateModel model, String templateName, Writer writer) throws RenderingException {
        Page made = (Page) model.get(PAGE);
        Map<String, Object> root = Map.of("page", made, "site", site, "t", text);
        String page = made.sourcePath(); // named in every template error: the page that was being rendered
        try {
            Template template = freemarker.getTemplate(templateName);
            template.process(root, writer);
        } catch (ParseException e) {
            record(e.getTemplateName(), e.getLineNumber(), "template-syntax", page, e, e.getEditorMessage());
        } catch (TemplateException e) {
            if (SiteMemberAccess.isSandboxRefusal(e)) {
                record(e.getTemplateSourceName(), e.getLineNumber() == null ? 1 : e.getLineNumber(), "template-unsafe", page, e,
                        page, e.getMessageWithoutStackTop().lines().findFirst().orElse(""));
            }
            ParseException syntax = syntaxErrorBehind(e);
            if (syntax != null) {
                record(syntax.getTemplateName(), syntax.getLineNumber(), "template-syntax", page, e, syntax.getEditorMessage());
            }
            record(e.getTemplateSourceName(), e.getLineNumber() == null ? 1 : e.getLineNumber(), "template-error", page, e,
                    page, e.getMessageWithoutStackTop().lines().findFirst().orElse(""));
        } catch (IOException e) {
            record(templateName, 1, "template-missing", page, e, e.getMessage());
        }
    }

    /** A syntax error in an included template reaches us wrapped in the including template's error. */
    private static ParseException syntaxErrorBehind(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof ParseException parse) {
                return parse;
            }
        }
        return null;
    }

    /** A template's problem {@code key}, worded by {@code problem.<key>.*} of the editors' bundle with {@code args}. */
    private void record(String template, int line, String key, String page, Exception cause, Object... args)
            throws RenderingException {
        String path = templateFolderName + File.separator + (template == null ? "?" : template);
        Problem problem = EditorText.problem(path.replace('\\', '/'), line, key, key, args);
        synchronized (problems) {
            boolean sameSyntaxErrorOnAnotherPage = key.equals("template-syntax")
                    && problems.stream().anyMatch(p -> p.path().equals(problem.path()) && p.line() == line && p.key().equals(key));
            if (!sameSyntaxErrorOnAnotherPage) {
                problems.add(problem);
            }
        }
        throw new RenderingException(problem.toString(), cause);
    }
}
