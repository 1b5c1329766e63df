package org.terrortrade.types;

import java.util.List;
import org.terrortrade.content.SourceFile;
import org.terrortrade.model.SiteModel;
import org.terrortrade.page.InFeed;
import org.terrortrade.text.Messages;
import org.terrortrade.provenance.ProvenanceChecker;
import org.terrortrade.schema.Schema;

import static org.terrortrade.schema.FieldType.bool;

/** A free page (about, …): any number of them, anywhere in content/. */
public final class PageType extends ContentType implements InMenu, InFeed, InSearch {
    public PageType() {
        super("page");
    }

    @Override
    public Schema schema() {
        return Schemas.page().optional("show_disclaimer", bool()).optional("menu", bool());
    }

    /** A free page ends with the article's disclaimer when its front matter says {@code show_disclaimer: true}. */
    @Override
    public boolean showDisclaimer(SourceFile file) {
        return Boolean.TRUE.equals(file.frontMatter().toMap().get("show_disclaimer"));
    }

    /** A free page is in the menu, under its title, when its front matter says {@code menu: true}. */
    @Override
    public String menuLabel(SourceFile file, Messages messages) {
        return Boolean.TRUE.equals(file.frontMatter().toMap().get("menu")) ? title(file, null) : null;
    }

    @Override
    public boolean singleton() {
        return false;
    }

    /** Nothing: a free page states nothing derived from the article (the about page quotes the site's own labels). */
    @Override
    public void checkProvenance(SourceFile file, SiteModel model, ProvenanceChecker check) {
    }

    /** Nothing: it checks nothing. */
    @Override
    public Object provenanceRecords(SourceFile file, SiteModel model) {
        return List.of();
    }
}
