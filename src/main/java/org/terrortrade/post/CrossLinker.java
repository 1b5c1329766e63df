package org.terrortrade.post;

import org.terrortrade.text.AliasMatcher;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.terrortrade.model.Actor;
import org.terrortrade.model.SiteModel;
import org.terrortrade.model.Term;
import org.terrortrade.text.Messages;
import org.terrortrade.words.ModelWords;

/**
 * Links the article's mentions of actors and terms to their profile or glossary entry: the first mention of each in
 * the whole article, and no other (dense links hurt reading; Wikipedia links a target once, where it first comes up).
 * Headings are not linked. The link wraps the words exactly as written, so the article's text is
 * unchanged; its {@code data-preview} (the actor's role or the term's definition) is shown by CSS on hover and
 * keyboard focus, without JavaScript.
 */
public final class CrossLinker implements PageTransform {
    private static final int PREVIEW_CHARS = 160;
    private final SiteModel model;
    private final String basePath;
    private final Messages messages;
    private final AliasMatcher<String> matcher;

    /** @param messages the interface text, for the voice of each preview («يذكر المقال: …») */
    public CrossLinker(SiteModel model, String basePath, Messages messages) {
        this.model = model;
        this.basePath = basePath;
        this.messages = messages;
        this.matcher = model.mentionMatcher();
    }

    /**
     * For the article's page, what its links and previews are made of: the article's record, every actor's and term's
     * record (addresses, titles, aliases, summaries and leads, with the actors the previews' voices name), the base
     * path and the language of the voices; for any other page, nothing (it is not linked).
     */
    @Override
    public Object inputs(String path) {
        if (model.getArticle() == null || !path.equals(model.getArticle().url())) {
            return List.of();
        }
        return List.of(basePath, messages.language(), model.getArticle(), model.getActors(), model.getTerms());
    }

    @Override
    public void apply(Document page, String path) {
        if (model.getArticle() == null || !path.equals(model.getArticle().url())) {
            return;
        }
        Element body = page.selectFirst(".article__body");
        if (body == null) {
            return;
        }
        Set<String> linked = new HashSet<>();
        for (Element block : body.children()) {
            if (block.normalName().equals("p")) {
                for (TextNode text : new ArrayList<>(block.textNodes())) {
                    link(text, linked);
                }
            }
        }
    }

    private void link(TextNode textNode, Set<String> linked) {
        List<TextSplice.Wrap> wraps = new ArrayList<>();
        for (AliasMatcher.Match<String> match : matcher.find(textNode.getWholeText())) {
            if (linked.add(match.target())) {
                wraps.add(new TextSplice.Wrap(match.start(), match.end(), anchor(match.target())));
            }
        }
        TextSplice.apply(textNode, wraps);
    }

    private Element anchor(String target) {
        String slug = target.substring(target.indexOf(':') + 1);
        Element link = new Element("a").addClass("xref");
        if (target.startsWith("actor:")) {
            Actor actor = model.actor(slug);
            link.attr("href", basePath + actor.url()).addClass("xref--actor").attr("data-preview", preview(actor.title(), actor.summary()));
        } else {
            Term term = model.term(slug);
            link.attr("href", basePath + term.url()).addClass("xref--term").attr("data-preview", preview(term.title(), term.lead()));
        }
        return link;
    }

    /** «title: voice: words», the claim's own words cut after its voice phrase (whose colon is no boundary). */
    private String preview(String title, org.terrortrade.model.Claim claim) {
        String voice = ModelWords.voice(messages, model, claim) + messages.get("colon") + " ";
        return title + ": " + voice + shorten(claim.text(), PREVIEW_CHARS - voice.length());
    }

    /**
     * The text cut for a preview: whole if it fits, otherwise at its last clause or sentence boundary (a punctuation
     * mark followed by a space: «،» «؛» «.» «:») within {@code max} characters that lies outside every quotation,
     * then «…»; if there is none, at the first such boundary after {@code max}. A preview never ends inside «…» or
     * “…” (the article also opens a quotation with ”), nor in the middle of a clause.
     */
    static String shorten(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int depth = 0;
        int last = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int type = Character.getType(c);
            if (type == Character.INITIAL_QUOTE_PUNCTUATION) {
                depth++;
            } else if (type == Character.FINAL_QUOTE_PUNCTUATION) {
                depth = depth > 0 ? depth - 1 : depth + 1;
            } else if (type == Character.OTHER_PUNCTUATION && depth == 0 && i + 1 < text.length()
                    && Character.isWhitespace(text.charAt(i + 1)) && i > 0) {
                if (i > max && last > 0) {
                    break;
                }
                last = i;
                if (i > max) {
                    break;
                }
            }
        }
        if (last < 0) {
            return text;
        }
        return text.substring(0, last).strip() + "\u2026";
    }
}
