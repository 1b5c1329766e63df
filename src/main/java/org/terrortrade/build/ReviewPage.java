package org.terrortrade.build;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.terrortrade.bake.SiteTemplates;
import org.terrortrade.model.Actor;
import org.terrortrade.model.SiteModel;
import org.terrortrade.text.Messages;
import org.terrortrade.provenance.ClaimReview;
import org.terrortrade.words.ModelWords;

import freemarker.template.TemplateException;

/**
 * The reviewer's page (never published: not in target/site, not in the sitemap): each claim of the changed files, or
 * of every file, beside the paragraphs it cites, from what the provenance checks computed ({@link SiteBuilder#review}).
 * Drawn by {@code templates/review.ftlh} with the site's Freemarker set-up (auto-escaping), in the content's language.
 */
public final class ReviewPage {
    /** The template, in templates/. */
    public static final String TEMPLATE = "review.ftlh";
    /** Where serve mode shows it, beside the site. */
    public static final String SERVED_AT = "/_review/";

    private ReviewPage() {
    }

    /**
     * Which claims the page shows: all of them, or those of the files changed since a base ({@code changes}); when git
     * could not tell ({@code unavailable}, its reason), all of them with that reason.
     */
    public record Scope(boolean all, GitChanges changes, String unavailable) {
        public static Scope everything() {
            return new Scope(true, null, null);
        }

        public static Scope changedSince(GitChanges changes) {
            return new Scope(false, changes, null);
        }

        public static Scope gitUnavailable(String why) {
            return new Scope(true, null, why);
        }

        boolean shows(ClaimReview claim) {
            return all || changes.contains(claim.path());
        }
    }

    /** One claim as the page shows it: the review, its voice in words, and the name of the actor {@code by} names. */
    public record Row(ClaimReview review, String voice, String by) {
    }

    /** The page, as HTML. {@code served}: in serve mode, where links between the changed and the full page work. */
    public static String render(Path projectRoot, SiteBuilder.Review review, Scope scope, boolean served) {
        Messages text = Messages.forLanguage("ar");
        SiteModel model = review.model();
        List<Row> rows = review.claims().stream().filter(scope::shows)
                .sorted(Comparator.comparing((ClaimReview c) -> c.path()).thenComparingInt(c -> c.claim().line()))
                .map(c -> new Row(c, ModelWords.voice(text, model, c.claim()), byName(model, c.claim().by()))).toList();
        Map<String, Object> data = new HashMap<>();
        data.put("t", text);
        data.put("rows", rows);
        data.put("failing", rows.stream().filter(r -> !r.review().passes()).count());
        data.put("scope", scope);
        data.put("served", served);
        data.put("servedAt", SERVED_AT);
        try {
            StringWriter out = new StringWriter();
            SiteTemplates.configuration(projectRoot.resolve("templates").toFile()).getTemplate(TEMPLATE).process(data, out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TemplateException e) {
            throw new IllegalStateException("templates/" + TEMPLATE + ": " + e.getMessage(), e);
        }
    }

    /** Writes the page to {@code folder}/index.html and returns that file. */
    public static Path write(Path folder, String html) {
        try {
            Files.createDirectories(folder);
            return Files.writeString(folder.resolve("index.html"), html, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String byName(SiteModel model, String slug) {
        if (slug == null) {
            return null;
        }
        Actor actor = model.actor(slug);
        return actor == null ? null : actor.title();
    }
}
