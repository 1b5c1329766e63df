package org.terrortrade.bake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.List;

import org.terrortrade.problem.Problems;
import org.terrortrade.content.SourceFile;
import org.terrortrade.markdown.MarkdownRenderer;
import org.terrortrade.page.PageMeta;
import org.terrortrade.model.ModelBuilder;
import org.terrortrade.model.SiteModel;
import org.terrortrade.site.SitePages;
import org.terrortrade.page.SiteSettings;
import org.terrortrade.site.SiteView;
import org.terrortrade.text.Messages;
import org.terrortrade.site.UiText;
import org.terrortrade.types.ContentTypes;

/** One render of loaded files, written into {@code out}, wired as the site builder wires it (model, pages, site view, text). */
final class OneBake {
    private OneBake() {
    }

    static Problems run(Baker baker, Path root, List<SourceFile> files, Path out) {
        Baker.Plan plan = baker.plan(root, out, SiteSettings.Overrides.NONE);
        SiteModel model = ContentTypes.standard().model(files);
        Messages messages = Messages.forLanguage(plan.site().language());
        SitePages pages = SitePages.make(files, ContentTypes.standard(), model, messages, new MarkdownRenderer());
        Problems problems = new Problems();
        Map<String, String> html = baker.render(plan, pages, new SiteView(plan.site(), model, pages,
                new PageMeta(plan.site(), model, messages)), new UiText(messages, model), problems);
        baker.copyAssets(plan, problems);
        html.forEach((uri, page) -> {
            try {
                Files.writeString(out.resolve(uri), page, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return problems;
    }
}
