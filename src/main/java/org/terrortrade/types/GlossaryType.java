package org.terrortrade.types;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Element;
import org.terrortrade.content.SourceFile;
import org.terrortrade.page.PageMeta;
import org.terrortrade.page.SearchEntries;
import org.terrortrade.model.SiteModel;
import org.terrortrade.page.Page;
import org.terrortrade.model.Term;
import org.terrortrade.provenance.ProvenanceChecker;
import org.terrortrade.schema.Schema;

/** The glossary page: every term, by letter. */
public final class GlossaryType extends ContentType {
    public GlossaryType() {
        super("glossary");
    }

    @Override
    public Schema schema() {
        return Schemas.page();
    }


    @Override
    protected boolean inMenu() {
        return true;
    }

    @Override
    public void checkProvenance(SourceFile file, SiteModel model, ProvenanceChecker check) {
        check.framing(file, false);
    }

    @Override
    public Map<String, Object> jsonLd(PageMeta meta, Page page, SiteModel model) {
        String uri = page.uri();
        Map<String, Object> set = meta.node("DefinedTermSet", page);
        List<Object> terms = new ArrayList<>();
        for (Term term : model.getTerms()) {
            Map<String, Object> defined = new LinkedHashMap<>();
            defined.put("@type", "DefinedTerm");
            defined.put("@id", meta.canonical(uri) + "#" + term.slug());
            defined.put("name", term.title());
            defined.put("alternateName", term.en());
            defined.put("description", meta.voiced(term.lead()));
            defined.put("inDefinedTermSet", meta.canonical(uri));
            terms.add(defined);
        }
        set.put("hasDefinedTerm", terms);
        return set;
    }

    /** One search document per term. */
    @Override
    public void index(Element main, String title, String path, String section, SearchEntries entries) {
        for (Element entry : main.select(".glossary__entry[id]")) {
            entries.add(path + "#" + entry.id(), entry.selectFirst("dfn").text() + " (" + entry.select(".glossary__en").text() + ")",
                    section, entry.select(".glossary__definition").text() + " " + entry.select(".glossary__meta").first().text());
        }
    }
}
