package org.terrortrade.bake;

import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jbake.app.ContentStore;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.template.DelegatingTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;
import org.terrortrade.content.Problem;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

/**
 * Renders JBake documents with Freemarker configured the way this site needs, where JBake's stock engine
 * cannot: HTML auto-escaping for every {@code .ftlh} template, errors rethrown instead of printed into the
 * page, Western digits, and the site-wide objects ({@code site}, plus what {@link #share} adds) available to
 * every template. Template errors are kept as {@link Problem}s naming the template file and line.
 */
public final class SiteTemplates extends DelegatingTemplateEngine {
    private final Configuration freemarker;
    private final String templateFolderName;
    private final List<Problem> problems = new ArrayList<>();

    public SiteTemplates(ContentStore db, JBakeConfiguration config, SiteSettings site) {
        super(db, config);
        this.templateFolderName = config.getTemplateFolderName();
        freemarker = new Configuration(Configuration.VERSION_2_3_34);
        try {
            freemarker.setDirectoryForTemplateLoading(config.getTemplateFolder());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read templates from " + config.getTemplateFolder(), e);
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
        share("site", site);
    }

    /** Makes an object available to every template under {@code name}. */
    public void share(String name, Object value) {
        try {
            freemarker.setSharedVariable(name, value);
        } catch (freemarker.template.TemplateModelException e) {
            throw new IllegalStateException("Cannot share " + name + " with the templates", e);
        }
    }

    /** Template errors of this bake, in the order they happened. */
    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    @Override
    public void renderDocument(TemplateModel model, String templateName, Writer writer) throws RenderingException {
        Map<String, Object> root = new HashMap<>();
        root.put("content", model.getContent());
        String page = String.valueOf(model.getContent() == null ? "?" : model.getContent().get("source_path"));
        try {
            Template template = freemarker.getTemplate(templateName);
            template.process(root, writer);
        } catch (ParseException e) {
            record(e.getTemplateName(), e.getLineNumber(), "template-syntax",
                    "خطأ في صياغة القالب: " + e.getEditorMessage(), "أصلح صياغة Freemarker في هذا السطر", page, e);
        } catch (TemplateException e) {
            ParseException syntax = syntaxErrorBehind(e);
            if (syntax != null) {
                record(syntax.getTemplateName(), syntax.getLineNumber(), "template-syntax",
                        "خطأ في صياغة القالب: " + syntax.getEditorMessage(), "أصلح صياغة Freemarker في هذا السطر", page, e);
            }
            record(e.getTemplateSourceName(), e.getLineNumber() == null ? 1 : e.getLineNumber(), "template-error",
                    "خطأ أثناء تنفيذ القالب لصفحة " + page + ": " + e.getMessageWithoutStackTop().lines().findFirst().orElse(""),
                    "تحقّق من أسماء الحقول في القالب ومن وجودها في ترويسة الصفحة", page, e);
        } catch (IOException e) {
            record(templateName, 1, "template-missing", "تعذّرت قراءة القالب: " + e.getMessage(),
                    "تأكّد أن القالب موجود في templates/ وأن jbake.properties يشير إليه", page, e);
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

    private void record(String template, int line, String key, String message, String fix, String page, Exception cause)
            throws RenderingException {
        String path = templateFolderName + File.separator + (template == null ? "?" : template);
        Problem problem = new Problem(path.replace('\\', '/'), line, key, message, fix);
        boolean sameSyntaxErrorOnAnotherPage = key.equals("template-syntax")
                && problems.stream().anyMatch(p -> p.path().equals(problem.path()) && p.line() == line && p.key().equals(key));
        if (!sameSyntaxErrorOnAnotherPage) {
            problems.add(problem);
        }
        throw new RenderingException(problem.toString(), cause);
    }
}
