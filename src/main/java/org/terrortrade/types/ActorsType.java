package org.terrortrade.types;

import java.util.List;
import org.terrortrade.markdown.MarkdownRenderer;
import org.terrortrade.page.SearchEntry;
import org.terrortrade.content.SourceFile;
import org.terrortrade.model.SiteModel;
import org.terrortrade.page.Crumb;
import org.terrortrade.page.InFeed;
import org.terrortrade.page.SitePaths;
import org.terrortrade.svg.RelationsMap;
import org.terrortrade.text.Messages;
import org.terrortrade.provenance.ProvenanceChecker;
import org.terrortrade.schema.Schema;
import org.terrortrade.words.ModelWords;

/** The actors index (content/actors/index.md): the profiles grouped by kind, and the relations map. */
public final class ActorsType extends ContentType implements InMenu, InFeed, InSearch, HasFigure {
    private static final String PAGE = "actors/index.html";

    public ActorsType() {
        super("actors");
    }

    /** The actors index is the index of the profiles' folder, wherever its file lies: each profile's trail leads there. */
    @Override
    public String url(SourceFile file) {
        return PAGE;
    }

    /** Its page is made by whichever file has the type; the file a missing page asks for is where the site keeps it. */
    @Override
    public java.util.Optional<String> source(String url) {
        return url.equals(PAGE) ? java.util.Optional.of("content/actors/index.md") : java.util.Optional.empty();
    }

    /** The profiles' section page in a breadcrumb trail: its section name and its link. */
    public Crumb crumb() {
        return new Crumb(sectionKey(), SitePaths.href(PAGE));
    }

    @Override
    public Schema schema() {
        return Schemas.page();
    }

    /** The map of the actors and their relations; each actor links to its profile, relative to this page. */
    @Override
    public String figure(String uri, SiteModel model, Messages messages) {
        return new RelationsMap(messages).draw(model.getActors(), model.getRelations(), actor -> SitePaths.relative(uri, actor.url()));
    }

    /** Its text frames the article: what it quotes must be in it. */
    @Override
    public void checkProvenance(SourceFile file, SiteModel model, ProvenanceChecker check) {
        check.framing(file, false);
    }

    /** Nothing: its framing reads the file and the article (shared by every check). */
    @Override
    public Object provenanceRecords(SourceFile file, SiteModel model) {
        return List.of();
    }

    /** The index as one document: its text, then each actor's name and summary. */
    @Override
    public List<SearchEntry> search(SourceFile file, String url, String title, String section,
            MarkdownRenderer.Rendered body, SiteModel model, Messages messages) {
        StringBuilder text = new StringBuilder(body.text());
        model.getActors().forEach(actor -> text.append(' ').append(actor.title()).append(' ').append(ModelWords.voiced(messages, model, actor.summary())));
        return List.of(new SearchEntry(url, title, section, text.toString()));
    }
}
