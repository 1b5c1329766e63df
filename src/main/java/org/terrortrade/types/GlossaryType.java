package org.terrortrade.types;

import org.terrortrade.markdown.MarkdownRenderer;
import org.terrortrade.page.SearchEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.terrortrade.content.SourceFile;
import org.terrortrade.page.PageMeta;
import org.terrortrade.model.SiteModel;
import org.terrortrade.page.InFeed;
import org.terrortrade.page.Page;
import org.terrortrade.model.Term;
import org.terrortrade.provenance.ProvenanceChecker;
import org.terrortrade.schema.Schema;
import org.terrortrade.text.Messages;

/** The glossary page: every term, by letter. */
public final class GlossaryType extends ContentType implements InMenu, InFeed, InSearch {
    private static final String PAGE = "glossary.html";

    public GlossaryType() {
        super("glossary");
    }

    @Override
    public Schema schema() {
        return Schemas.page();
    }

    /**
     * The glossary is one page at the top of the site, wherever its file lies: every term's address is an entry on it,
     * so it must be known before the glossary's file is read.
     */
    @Override
    public String url(SourceFile file) {
        return PAGE;
    }

    /** Its page is made by whichever file has the type; the file a missing page asks for is where the site keeps it. */
    @Override
    public java.util.Optional<String> source(String url) {
        return url.equals(PAGE) ? java.util.Optional.of("content/glossary.md") : java.util.Optional.empty();
    }

    /** Where the term {@code slug} is shown: its entry (the anchor the glossary's template gives it) on this page. */
    public String entryUrl(String slug) {
        return PAGE + "#" + slug;
    }

    @Override
    public void checkProvenance(SourceFile file, SiteModel model, ProvenanceChecker check) {
        check.framing(file, false);
    }

    /** Nothing: its framing reads the file and the article (shared by every check). */
    @Override
    public Object provenanceRecords(SourceFile file, SiteModel model) {
        return List.of();
    }

    @Override
    public Map<String, Object> jsonLd(PageMeta meta, Page page, SiteModel model) {
        String uri = page.uri();
        Map<String, Object> set = meta.node("DefinedTermSet", page);
        List<Object> terms = new ArrayList<>();
        for (Term term : model.getTerms()) {
            Map<String, Object> defined = new LinkedHashMap<>();
            defined.put("@type", "DefinedTerm");
            defined.put("@id", meta.canonical(term.url()));
            defined.put("name", term.title());
            defined.put("alternateName", term.en());
            defined.put("description", meta.voiced(term.lead()));
            defined.put("inDefinedTermSet", meta.canonical(uri));
            terms.add(defined);
        }
        set.put("hasDefinedTerm", terms);
        return set;
    }

    /** One document per term: its title with its Latin name, the editors' gloss, what the article says, its aliases. */
    @Override
    public List<SearchEntry> search(SourceFile file, String url, String title, String section,
            MarkdownRenderer.Rendered body, SiteModel model, Messages messages) {
        return model.getTerms().stream().map(term -> new SearchEntry(term.url(),
                term.en() == null || term.en().isBlank() ? term.title() : term.title() + " (" + term.en() + ")", section,
                (term.gloss() == null ? "" : term.gloss()) + " " + InSearch.voiced(model, messages, term.says()) + " " + String.join(" ", term.aliases())))
                .toList();
    }
}
