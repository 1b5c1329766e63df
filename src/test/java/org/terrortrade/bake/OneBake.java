package org.terrortrade.bake;

import java.nio.file.Path;
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

/** One bake of loaded files into {@code out}, wired as the site builder wires it (model, pages, site view, text). */
final class OneBake {
    private OneBake() {
    }

    static Problems run(Baker baker, Path root, List<SourceFile> files, Path out) {
        Baker.Plan plan = baker.plan(root, out, SiteSettings.Overrides.NONE);
        SiteModel model = ContentTypes.standard().model(files);
        Messages messages = Messages.forLanguage(plan.site().language());
        SitePages pages = SitePages.make(files, ContentTypes.standard(), model, messages, new MarkdownRenderer());
        Problems problems = new Problems();
        baker.bake(plan, pages, new SiteView(plan.site(), model, pages, new PageMeta(plan.site(), model, messages)),
                new UiText(messages, model), problems);
        return problems;
    }
}
