package org.terrortrade.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.font.TextLayout;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrortrade.content.ContentLoader;
import org.terrortrade.problem.Problems;
import org.terrortrade.content.SourceFile;
import org.terrortrade.text.Messages;
import org.terrortrade.types.ArticleType;

@Tag("unit")
class CardRendererTest {
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    @Test
    void drawsA1200By630Png(@TempDir Path cache) throws Exception {
        byte[] png = new CardRenderer(cache).png("تجارة الإرهاب", "مقال", "تجارة الإرهاب");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(1200, image.getWidth());
        assertEquals(630, image.getHeight());
    }

    @Test
    void joinsArabicLettersAndOrdersThemRightToLeft(@TempDir Path cache) throws Exception {
        CardRenderer renderer = new CardRenderer(cache);
        Font naskh = org.terrortrade.text.ClasspathFont.load("/fonts/NotoNaskhArabic-Bold.ttf").deriveFont(80f);
        String word = "تجارة";
        char[] chars = word.toCharArray();
        GlyphVector shaped = naskh.layoutGlyphVector(FRC, chars, 0, chars.length, Font.LAYOUT_RIGHT_TO_LEFT);
        GlyphVector isolated = naskh.createGlyphVector(FRC, "ت");
        int initialTeh = glyphFor(shaped, 0);
        assertNotEquals(isolated.getGlyphCode(0), shaped.getGlyphCode(initialTeh), "ت takes its initial (joined) form");
        assertTrue(shaped.getGlyphPosition(initialTeh).getX() > shaped.getGlyphPosition(glyphFor(shaped, 4)).getX(),
                "the first letter is drawn rightmost");

        TextLayout line = renderer.layout("داعش خراسان (ISIS-K)", naskh, FRC);
        assertTrue(!line.isLeftToRight(), "an Arabic title is a right-to-left line");
        double arabicStart = line.getLogicalHighlightShape(0, 1).getBounds2D().getX();
        double latinStart = line.getLogicalHighlightShape(13, 14).getBounds2D().getX();
        assertTrue(latinStart < arabicStart, "the Latin run at the end of the title sits to the left of its start");
        double latinEnd = line.getLogicalHighlightShape(18, 19).getBounds2D().getX();
        assertTrue(latinStart < latinEnd, "and reads left to right inside");
    }

    @Test
    void reusesACardAlreadyDrawn(@TempDir Path cache, @TempDir Path site) {
        CardRenderer first = new CardRenderer(cache);
        first.write("الخط الزمني", "أحداث", "تجارة الإرهاب", site.resolve("cards/timeline.png"));
        assertEquals(1, first.drawn());
        CardRenderer second = new CardRenderer(cache);
        second.write("الخط الزمني", "أحداث", "تجارة الإرهاب", site.resolve("cards/again.png"));
        assertEquals(0, second.drawn(), "unchanged card taken from the cache");
        assertTrue(Files.isRegularFile(site.resolve("cards/again.png")));
    }

    @Test
    void aChangedTitleKickerOrDesignIsRedrawnAndAnUnchangedCardIsNot(@TempDir Path cache, @TempDir Path site) {
        CardRenderer first = new CardRenderer(cache);
        first.write("الخط الزمني", "أحداث", "تجارة الإرهاب", site.resolve("cards/a.png"));
        assertEquals(1, first.drawn());

        CardRenderer again = new CardRenderer(cache);
        again.write("الخط الزمني", "أحداث", "تجارة الإرهاب", site.resolve("cards/a.png"));
        assertEquals(0, again.drawn(), "same title, kicker and design: taken from the cache");
        again.write("الخط الزمني للأحداث", "أحداث", "تجارة الإرهاب", site.resolve("cards/a.png"));
        assertEquals(1, again.drawn(), "a changed title is drawn");
        again.write("الخط الزمني", "أحداث يذكرها المقال", "تجارة الإرهاب", site.resolve("cards/a.png"));
        assertEquals(2, again.drawn(), "a changed kicker is drawn");

        CardRenderer redesigned = new CardRenderer(cache, "another design");
        redesigned.write("الخط الزمني", "أحداث", "تجارة الإرهاب", site.resolve("cards/a.png"));
        assertEquals(1, redesigned.drawn(), "the same text in a changed design is drawn");
        redesigned.write("الخط الزمني", "أحداث", "تجارة الإرهاب", site.resolve("cards/a.png"));
        assertEquals(1, redesigned.drawn(), "and then reused");
    }

    @Test
    void theDesignKeyFollowsTheFontsBytesAndTheDrawingsParameters(@TempDir Path cache) throws Exception {
        byte[] naskh;
        try (var in = getClass().getResourceAsStream("/fonts/NotoNaskhArabic-Bold.ttf")) {
            naskh = in.readAllBytes();
        }
        String parameters = CardRenderer.parameters();
        String key = CardRenderer.designKey(parameters, naskh);
        assertEquals(key, CardRenderer.designKey(parameters, naskh.clone()), "the same design, the same key");

        byte[] changedFont = naskh.clone();
        changedFont[changedFont.length / 2] ^= 1;
        assertNotEquals(key, CardRenderer.designKey(parameters, changedFont), "another font file");
        assertNotEquals(key, CardRenderer.designKey(parameters.replace("title=80.0", "title=72.0"), naskh), "another size");
        assertTrue(parameters.contains("title=80.0"), parameters);
        assertTrue(parameters.contains(Integer.toHexString(new java.awt.Color(0x8F2A1B).getRGB())), "the accent colour is in the key: " + parameters);

        assertEquals(new CardRenderer(cache).design(), new CardRenderer(cache).design(), "stable from one build to the next");
    }

    @Test
    void theArticlesCardNamesTheSiteOnce() throws Exception {
        SourceFile article = new ContentLoader(Path.of("")).load(Path.of("content/article.md"), new Problems());
        java.util.Properties settings = new java.util.Properties();
        try (var reader = Files.newBufferedReader(Path.of("jbake.properties"), java.nio.charset.StandardCharsets.UTF_8)) {
            settings.load(reader);
        }
        String siteName = settings.getProperty("site.title");
        String title = article.frontMatter().text("title").orElseThrow();
        assertEquals(siteName, title, "the article is named like the site");
        String kicker = new ArticleType().cardKicker(article, null, Messages.forLanguage("ar"));

        CardRenderer.Text card = CardRenderer.text(title, kicker, siteName);
        String drawn = String.join("\n", card.lines());
        assertEquals(1, drawn.split(siteName, -1).length - 1, "«" + siteName + "» once on the card:\n" + drawn);
        assertEquals(title, card.title());
        assertTrue(card.kicker().contains(article.frontMatter().text("subtitle").orElseThrow()), "the subtitle follows: " + card);
    }

    @Test
    void anyOtherPageIsSignedWithTheSiteName() {
        CardRenderer.Text card = CardRenderer.text("الخط الزمني", "أحداث يذكرها المقال", "تجارة الإرهاب");
        assertEquals(java.util.List.of("تجارة الإرهاب", "الخط الزمني", "أحداث يذكرها المقال"), card.lines());
    }

    @Test
    void aKickerTooLongForTheCardEndsAtAWordWithAnEllipsisInsteadOfRunningOffTheEdge(@TempDir Path cache) {
        CardRenderer renderer = new CardRenderer(cache);
        SourceFile timeline = new ContentLoader(Path.of("")).load(Path.of("content/timeline.md"), new Problems());
        String description = timeline.frontMatter().text("description").orElseThrow();
        String drawn = renderer.kickerAsDrawn(description);
        assertTrue(drawn.endsWith("…"), drawn);
        String kept = drawn.substring(0, drawn.length() - 1);
        assertTrue(description.startsWith(kept) && description.charAt(kept.length()) == ' ' || description.startsWith(kept + "،"),
                "cut between two words of the description: «" + drawn + "»");
        assertTrue(renderer.kickerWidth(drawn) <= CardRenderer.KICKER_WIDTH, drawn + ": " + renderer.kickerWidth(drawn));
        assertTrue(renderer.kickerWidth(description) > CardRenderer.KICKER_WIDTH, "the description itself is too long");

        String commas = renderer.kickerAsDrawn("باكستان، ".repeat(40).strip());
        assertTrue(commas.endsWith("باكستان…"), "no comma left before the ellipsis: " + commas);

        String article = "مقال · دور باكستان في الحرب على داعش خراسان بين التعاون والمقايضة";
        assertEquals(article, renderer.kickerAsDrawn(article), "a kicker that fits is drawn whole");
    }

    private static int glyphFor(GlyphVector glyphs, int charIndex) {
        for (int i = 0; i < glyphs.getNumGlyphs(); i++) {
            if (glyphs.getGlyphCharIndex(i) == charIndex) {
                return i;
            }
        }
        throw new AssertionError("no glyph for character " + charIndex);
    }
}
