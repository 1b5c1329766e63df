package org.terrortrade.meta;

import org.terrortrade.page.PageMeta;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.terrortrade.site.SitePages;


/**
 * Draws a page's social card (1200×630 PNG) with Java2D and the site's own faces (Noto Naskh Arabic for Arabic,
 * Noto Serif for Latin runs), the title shaped and laid out right to left by {@link TextLayout}. Cards are cached by
 * the hash of what they show, so an unchanged page is not drawn again.
 */
public final class CardRenderer {
    /** Bump when the drawing changes, so cached cards are redrawn. */
    private static final String VERSION = "3";
    private static final Color PAPER = new Color(0xFBF8F3);
    private static final Color INK = new Color(0x1F1C18);
    private static final Color SOFT = new Color(0x6B6258);
    private static final Color ACCENT = new Color(0x8F2A1B);
    private static final Color RULE = new Color(0xE2D9CC);
    private static final int MARGIN = 80;
    /** The kicker's line: from the start margin to the end margin, as long as the rule above it. */
    static final float KICKER_WIDTH = PageMeta.CARD_WIDTH - 2 * MARGIN;
    /** Anti-aliased, fractional metrics: how the card's graphics measure, so a measured line is the drawn one. */
    private static final FontRenderContext KICKER_FRC = new FontRenderContext(null, true, true);
    /** Commas, colons, full stops and middle dots (Arabic ones too) not left before the ellipsis of a cut kicker. */
    private static final java.util.regex.Pattern TRAILING_PUNCTUATION = java.util.regex.Pattern.compile("[\\s\\p{Po}]+$");
    /**
     * The card's only colours and the anti-aliasing steps between the paper and each of them: an 8-bit palette image
     * looks the same as a true-colour one here, and encodes to PNG in half the time and half the bytes. Each card gets
     * its own {@code IndexColorModel} made from these entries ({@link #palette()}): Java2D attaches its inverse colour
     * map and dither tables to the colour model object the first time it draws into an image of it, without
     * synchronisation, so cards drawn in parallel into images sharing one model could get tables built twice and one
     * of them freed while in use: a card came out dithered in about one build in 27.
     */
    private static final byte[][] PALETTE = paletteEntries(PAPER, INK, ACCENT, SOFT, RULE);

    private final Font arabic;
    private final Font arabicRegular;
    private final Font latin;
    /**
     * Every face and size a card uses, derived once here: cards are drawn on several threads, and a Font fills in its
     * attributes lazily, without synchronisation, the first time one is derived from it.
     */
    private final Font siteFont;
    private final Font longTitleFont;
    private final Font titleFont;
    private final Font kickerFont;
    private final java.util.Map<Font, Font> latinFor = new java.util.IdentityHashMap<>();
    private final Path cache;
    private final java.util.concurrent.atomic.AtomicInteger drawn = new java.util.concurrent.atomic.AtomicInteger();

    /** @param cache folder for cards already drawn (kept between builds) */
    public CardRenderer(Path cache) {
        this.arabic = font("/fonts/NotoNaskhArabic-Bold.ttf");
        this.arabicRegular = font("/fonts/NotoNaskhArabic-Regular.ttf");
        this.latin = font("/fonts/NotoSerif-Bold.ttf");
        this.siteFont = arabic.deriveFont(40f);
        this.longTitleFont = arabic.deriveFont(64f);
        this.titleFont = arabic.deriveFont(80f);
        this.kickerFont = arabicRegular.deriveFont(34f);
        for (Font face : List.of(siteFont, longTitleFont, titleFont, kickerFont)) {
            latinFor.put(face, latin.deriveFont(face.getSize2D() * 0.9f));
        }
        this.cache = cache;
    }

    /**
     * What a card says, in the order it is drawn: the site's name (empty on a page named like the site), the page's
     * title, and the line under the rule.
     */
    public record Text(String site, String title, String kicker) {
        /** The lines drawn, top to bottom, empty ones left out. */
        public List<String> lines() {
            return java.util.stream.Stream.of(site, title, kicker).filter(line -> line != null && !line.isBlank()).toList();
        }
    }

    /**
     * The card's text. A page whose title is the site's name (the home page, the article) is not named twice, as in its
     * HTML {@code <title>}: the title names the site, the kicker (the article's subtitle, the home page's line) follows.
     */
    public static Text text(String title, String kicker, String siteName) {
        boolean namedLikeTheSite = title.strip().equals(siteName.strip());
        return new Text(namedLikeTheSite ? "" : siteName, title, kicker == null ? "" : kicker);
    }

    /** How many cards this renderer drew (not taken from the cache). */
    public int drawn() {
        return drawn.get();
    }

    /** Writes the card of every page into {@code siteRoot}/cards/, in parallel: its title, and its type's kicker. */
    public void writeAll(Path siteRoot, SitePages pages, String siteName) {
        pages.list().parallelStream().forEach(page -> write(page.title(), page.cardKicker(), siteName,
                siteRoot.resolve(PageMeta.cardPath(page.uri()))));
    }

    /** Writes the card for a page to {@code target}, from the cache when the same card was drawn before. */
    public void write(String title, String kicker, String siteName, Path target) {
        try {
            Path cached = cache.resolve(key(title, kicker, siteName) + ".png");
            if (!Files.isRegularFile(cached)) {
                Files.createDirectories(cache);
                Path temporary = Files.createTempFile(cache, "card", ".tmp");
                Files.write(temporary, png(title, kicker, siteName));
                Files.move(temporary, cached, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                drawn.incrementAndGet();
            }
            Files.createDirectories(target.getParent());
            Files.copy(cached, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the social card " + target, e);
        }
    }

    /** The card as PNG bytes. */
    public byte[] png(String title, String kicker, String siteName) throws IOException {
        return IndexedPng.encode(draw(title, kicker, siteName));
    }

    BufferedImage draw(String title, String kicker, String siteName) {
        return draw(text(title, kicker, siteName));
    }

    private BufferedImage draw(Text card) {
        String title = card.title();
        BufferedImage image = new BufferedImage(PageMeta.CARD_WIDTH, PageMeta.CARD_HEIGHT, BufferedImage.TYPE_BYTE_INDEXED, palette());
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(PAPER);
            g.fillRect(0, 0, PageMeta.CARD_WIDTH, PageMeta.CARD_HEIGHT);
            // A band of the accent colour along the start (right) edge, as the site's cards and boxes have.
            g.setColor(ACCENT);
            g.fillRect(PageMeta.CARD_WIDTH - 24, 0, 24, PageMeta.CARD_HEIGHT);
            FontRenderContext frc = g.getFontRenderContext();
            int right = PageMeta.CARD_WIDTH - MARGIN;

            if (!card.site().isBlank()) {
                TextLayout site = layout(card.site(), siteFont, frc);
                g.setColor(ACCENT);
                site.draw(g, right - site.getAdvance(), MARGIN + site.getAscent());
            }

            float y = MARGIN + 130;
            for (TextLayout line : wrap(title, title.length() > 40 ? longTitleFont : titleFont, frc, PageMeta.CARD_WIDTH - 2 * MARGIN - 24, 3)) {
                y += line.getAscent();
                g.setColor(INK);
                line.draw(g, right - line.getAdvance(), y);
                y += line.getDescent() + line.getLeading() + 6;
            }

            g.setColor(RULE);
            g.setStroke(new BasicStroke(2f));
            g.drawLine(MARGIN, PageMeta.CARD_HEIGHT - MARGIN - 60, right, PageMeta.CARD_HEIGHT - MARGIN - 60);
            if (!card.kicker().isBlank()) {
                TextLayout k = layout(kickerAsDrawn(card.kicker()), kickerFont(), KICKER_FRC);
                g.setColor(SOFT);
                k.draw(g, right - k.getAdvance(), PageMeta.CARD_HEIGHT - MARGIN);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private Font kickerFont() {
        return kickerFont;
    }

    /** How wide {@code text} is on the kicker's line. */
    float kickerWidth(String text) {
        return layout(text, kickerFont(), KICKER_FRC).getAdvance();
    }

    /**
     * The kicker as the card draws it: whole when it fits its line; otherwise (a page's long description) as many whole
     * words as fit with «…», never running off the card's edge.
     */
    String kickerAsDrawn(String kicker) {
        if (kickerWidth(kicker) <= KICKER_WIDTH) {
            return kicker;
        }
        String kept = kicker;
        while (true) {
            int space = kept.lastIndexOf(' ');
            if (space <= 0) {
                return "…";
            }
            kept = kept.substring(0, space);
            String cut = TRAILING_PUNCTUATION.matcher(kept).replaceAll("") + "…";
            if (kickerWidth(cut) <= KICKER_WIDTH) {
                return cut;
            }
        }
    }

    /** A colour model of the card's palette for one image, shared with no other image (see {@link #PALETTE}). */
    static java.awt.image.IndexColorModel palette() {
        return new java.awt.image.IndexColorModel(8, PALETTE[0].length, PALETTE[0], PALETTE[1], PALETTE[2]);
    }

    /** Red, green and blue of each palette entry, each array as long as the palette. */
    private static byte[][] paletteEntries(Color paper, Color... inks) {
        byte[] r = new byte[256];
        byte[] g = new byte[256];
        byte[] b = new byte[256];
        int steps = 256 / inks.length;
        int i = 0;
        for (Color ink : inks) {
            for (int k = 0; k < steps; k++, i++) {
                float t = k / (float) (steps - 1);
                r[i] = (byte) Math.round(paper.getRed() + (ink.getRed() - paper.getRed()) * t);
                g[i] = (byte) Math.round(paper.getGreen() + (ink.getGreen() - paper.getGreen()) * t);
                b[i] = (byte) Math.round(paper.getBlue() + (ink.getBlue() - paper.getBlue()) * t);
            }
        }
        return new byte[][] {java.util.Arrays.copyOf(r, i), java.util.Arrays.copyOf(g, i), java.util.Arrays.copyOf(b, i)};
    }

    /** One line of mixed Arabic and Latin text, base direction right to left. */
    TextLayout layout(String text, Font font, FontRenderContext frc) {
        return new TextLayout(styled(text, font).getIterator(), frc);
    }

    /** The title broken into at most {@code maxLines} lines that fit {@code width}. */
    List<TextLayout> wrap(String text, Font font, FontRenderContext frc, float width, int maxLines) {
        AttributedString styled = styled(text, font);
        LineBreakMeasurer measurer = new LineBreakMeasurer(styled.getIterator(), frc);
        List<TextLayout> lines = new ArrayList<>();
        while (measurer.getPosition() < text.length() && lines.size() < maxLines) {
            lines.add(measurer.nextLayout(width));
        }
        return lines;
    }

    /** Arabic letters in the Arabic face, everything else in the Latin face; right-to-left paragraph. */
    private AttributedString styled(String text, Font font) {
        AttributedString styled = new AttributedString(text);
        styled.addAttribute(TextAttribute.RUN_DIRECTION, TextAttribute.RUN_DIRECTION_RTL);
        Font derived = latinFor.get(font);
        Font latinFont = derived != null ? derived : latin.deriveFont(font.getSize2D() * 0.9f); // a test's own face
        int start = 0;
        while (start < text.length()) {
            boolean arabicRun = font.canDisplay(text.charAt(start));
            int end = start + 1;
            while (end < text.length() && font.canDisplay(text.charAt(end)) == arabicRun) {
                end++;
            }
            styled.addAttribute(TextAttribute.FONT, arabicRun ? font : latinFont, start, end);
            start = end;
        }
        return styled;
    }

    private static String key(String title, String kicker, String siteName) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((VERSION + "\n" + title + "\n" + kicker + "\n" + siteName).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest()).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Font font(String resource) {
        return org.terrortrade.text.ClasspathFont.load(resource); // never a temporary copy outside target/
    }

}
