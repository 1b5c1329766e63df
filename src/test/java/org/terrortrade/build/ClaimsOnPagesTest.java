package org.terrortrade.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.terrortrade.OnTheBuiltSite;
import org.terrortrade.model.RelationKinds;
import org.terrortrade.text.ArabicText;
import org.terrortrade.words.ModelWords;

/** Builds the real site once and reads it as a reader would: whose words each statement is, in Arabic that agrees. */
class ClaimsOnPagesTest extends OnTheBuiltSite {
    private static final List<String> DERIVED = List.of("actors/index.html", "actors/pakistan.html", "glossary.html", "exchange.html",
            "timeline.html", "sources.html");

    @Test
    void everyClaimSaysWhoseWordsItIs() {
        int claims = 0;
        for (String path : DERIVED) {
            Document page = page(path);
            assertTrue(page.selectFirst(".derived-note") != null, path + " says it summarises an opinion article");
            for (Element item : page.select("ul.claims > li, .ledger__detail, .timeline__text")) {
                Element voice = item.selectFirst(".voice");
                assertTrue(voice != null, path + ": no voice on «" + item.text() + "»");
                assertTrue(voice.text().matches("(يذكر المقال|يرى الكاتب|بحسب .+):"), path + ": " + voice.text());
                assertFalse(item.select(".cite a").isEmpty(), path + ": no cite on «" + item.text() + "»");
                claims++;
            }
        }
        assertTrue(claims > 150, "claims read: " + claims);
        assertTrue(page("sources.html").text().contains("بحسب معهد السلام الأمريكي:"), "an attributed claim names its source");
    }

    /**
     * The timeline's order is true: by year; within a year the events the article dates by month first, in order,
     * then those it dates by the year only, each labelled so (their place within the year is unknown).
     */
    @Test
    void theTimelineGroupsYearOnlyEventsUnderTheirYearAndSaysSo() {
        List<Element> events = page("timeline.html").select(".timeline__event");
        assertTrue(events.size() > 10);
        String suffix = org.terrortrade.text.ArabicText.messages().get("timeline.year_only", "").strip();
        int year = 0;
        boolean yearOnlySeen = false;
        for (Element event : events) {
            String date = event.selectFirst(".timeline__date time").attr("datetime");
            int y = Integer.parseInt(date.substring(0, 4));
            assertTrue(y >= year, "years in order: " + date);
            if (y > year) {
                yearOnlySeen = false;
            }
            boolean yearOnly = date.length() == 4;
            boolean span = event.select(".timeline__date time").size() == 2;
            assertTrue(yearOnly || !yearOnlySeen, "a dated event after an undated one of " + y);
            assertEquals(yearOnly && !span, event.selectFirst(".timeline__date").text().endsWith(suffix), event.selectFirst(".timeline__date").text());
            yearOnlySeen |= yearOnly;
            year = y;
        }
        assertFalse(page("index.html").text().contains("بترتيب وقوعها"), "the home page does not claim an order the timeline cannot give");
    }

    /** The about page names every kind of editors' words the pages show, by the labels the pages show them under. */
    @Test
    void theAboutPageListsEveryKindOfEditorsWords() {
        String about = page("about.html").selectFirst("#editors-words").parent().text();
        org.terrortrade.text.Messages ar = org.terrortrade.text.ArabicText.messages();
        List<String> labels = new java.util.ArrayList<>(List.of(ar.get("glossary.gloss").replace(":", "").strip(), ar.get("voice.editors")));
        org.terrortrade.model.ExchangeStatuses.ALL.forEach(s -> labels.add(ar.get("status." + s)));
        for (String label : labels) {
            assertTrue(about.contains(label), "the about page does not name «" + label + "»");
        }
        for (String kind : List.of("أفعال العلاقات", "الأسماء اللاتينية", "العناوين")) {
            assertTrue(about.contains(kind), kind);
        }
    }

    /** Every preview in the article ends at a clause or sentence boundary of its claim, with its quotations closed. */
    @Test
    void everyPreviewEndsAtABoundaryOutsideQuotations() throws IOException {
        String site = allText();
        int cut = 0;
        for (Element xref : page("article.html").select("a.xref")) {
            String preview = xref.attr("data-preview");
            String words = preview.substring(preview.indexOf(": ") + 2);
            assertEquals(count(words, '«'), count(words, '»'), "a quotation left open: " + preview);
            assertEquals(0, (count(words, '“') + count(words, '”')) % 2, "a quotation left open: " + preview);
            if (words.endsWith("…")) {
                String kept = words.substring(0, words.length() - 1);
                kept = kept.substring(kept.indexOf(": ") + 2); // after the voice phrase
                assertTrue(java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(kept) + "[،؛.:]").matcher(site).find(),
                        "cut inside a clause: " + preview);
                cut++;
            }
        }
        assertTrue(cut > 0, "some previews are long enough to be cut");
    }

    private static long count(String text, char c) {
        return text.chars().filter(ch -> ch == c).count();
    }

    @Test
    void anEditorsNoteStandsApartFromTheClaimItFollows() {
        int notes = 0;
        for (String path : DERIVED) {
            for (Element note : page(path).select(".editors-note")) {
                assertTrue(note.text().startsWith("ملاحظة المحرّرين:"), path + ": " + note.text());
                Element claim = note.parent();
                String before = claim.text().substring(0, claim.text().indexOf(note.text())).strip();
                assertTrue(before.endsWith(")") && claim.selectFirst(".cite") != null, path + ": the claim ends with its citation before the note: " + before);
                assertFalse(before.contains("لا يذكر المقال"), path + ": an editors' remark inside the claim: " + before);
                notes++;
            }
        }
        assertTrue(notes > 0, "the pakistan profile and the others carry the editors' notes apart");
    }

    @Test
    void theEditorsGlossIsLabelledAndNeverPreviewedInsideTheArticle() {
        Document glossary = page("glossary.html");
        List<Element> glosses = glossary.select(".glossary__gloss");
        assertTrue(glosses.size() >= 20, "glosses: " + glosses.size());
        Document article = page("article.html");
        for (Element gloss : glosses) {
            assertTrue(gloss.text().startsWith("تعريف عام من المحرّرين:"), gloss.text());
            String words = gloss.text().substring("تعريف عام من المحرّرين:".length()).strip();
            for (Element xref : article.select("a.xref")) {
                String preview = xref.attr("data-preview");
                assertFalse(preview.contains(words.substring(0, Math.min(30, words.length()))), "gloss previewed: " + preview);
            }
        }
        for (Element xref : article.select("a.xref")) {
            assertTrue(xref.attr("data-preview").matches("[^:]+: (يذكر المقال|يرى الكاتب|بحسب [^:]+): .+"), xref.attr("data-preview"));
        }
    }

    @Test
    void generatedArabicAgreesWithItsSubject() throws IOException {
        String site = allText();
        assertFalse(site.contains("لـ ال"), "«لـ» is joined to «ال» as Arabic is written («للغرب»)");
        for (String kind : RelationKinds.KINDS) {
            String masculine = ModelWords.relation(ArabicText.messages(), kind, "masculine", "present");
            if (!masculine.equals(ModelWords.relation(ArabicText.messages(), kind, "feminine", "present"))) {
                for (String feminineSubject : List.of("باكستان", "الهند", "الصين", "روسيا", "الولايات المتحدة")) {
                    assertFalse(site.contains(feminineSubject + " " + masculine + " "), feminineSubject + " " + masculine);
                }
            }
        }
        Document pakistan = page("actors/pakistan.html");
        assertTrue(pakistan.select(".relation__head").eachText().stream().anyMatch(h -> h.startsWith("باكستان ت")),
                pakistan.select(".relation__head").eachText().toString());
    }

    @Test
    void theExchangeStatusesNeedNoAgreement() {
        Document exchange = page("exchange.html");
        List<String> labels = exchange.select(".ledger__item .status").eachText();
        assertFalse(labels.isEmpty());
        assertTrue(List.of("تقديم", "طلب", "عرض", "قيد النظر", "تخفيض", "استئناف جزئي").containsAll(labels), labels.toString());
        assertEquals(0, exchange.select(".ledger__item .status").stream().filter(s -> s.text().equals("قُدِّم")).count());
    }


    private String allText() throws IOException {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> files = Files.walk(project.output())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                text.append(Jsoup.parse(file.toFile(), "UTF-8").text()).append('\n');
            }
        }
        return text.toString();
    }
}
