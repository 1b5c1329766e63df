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
 * the hash of what they show and of the card's design (the drawing's version, canvas, colours, sizes and the fonts'
 * bytes), so an unchanged page is not drawn again and a changed title, kicker, font, colour or size is.
 *
 * <p>What a card costs was measured ({@code CardBenchmark} among the tests, run by scripts/bench/benchmark.sh; see
 * PERFORMANCE.md): the fonts are read once per JVM and derived once per size, the paper and the accent band (the same
 * on every card) are drawn once and copied into each card, and a kicker is measured once per text.
 */
public final class CardRenderer {
    /** Bump when the drawing code changes in a way the design key below does not see, so cached cards are redrawn. */
    private static final String VERSION = "3";
    private static final Color PAPER = new Color(0xFBF8F3);
    private static final Color INK = new Color(0x1F1C18);
    private static final Color SOFT = new Color(0x6B6258);
    private static final Color ACCENT = new Color(0x8F2A1B);
    private static final Color RULE = new Color(0xE2D9CC);
    private static final int MARGIN = 80;
    private static final int BAND = 24;
    private static final float SITE_SIZE = 40f;
    private static final float TITLE_SIZE = 80f;
    /** A title longer than this many characters is set smaller. */
    private static final int LONG_TITLE = 40;
    private static final float LONG_TITLE_SIZE = 64f;
    private static final int TITLE_TOP = 130;
    private static final int TITLE_LINES = 3;
    private static final int LINE_GAP = 6;
    private static final float KICKER_SIZE = 34f;
    /** Latin runs are set this much smaller than the Arabic around them. */
    private static final float LATIN_SCALE = 0.9f;
    private static final float RULE_WIDTH = 2f;
    private static final int RULE_RISE = 60;
    private static final String ARABIC_BOLD = "/fonts/NotoNaskhArabic-Bold.ttf";
    private static final String ARABIC_REGULAR = "/fonts/NotoNaskhArabic-Regular.ttf";
    private static final String LATIN_BOLD = "/fonts/NotoSerif-Bold.ttf";
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

    private final Faces faces;
    private final Path cache;
    private final String design;
    private final java.util.concurrent.atomic.AtomicInteger drawn = new java.util.concurrent.atomic.AtomicInteger();
    /** A kicker as drawn, by its text: measuring is a layout, and many pages share one kicker. */
    private final java.util.Map<String, String> kickers = new java.util.concurrent.ConcurrentHashMap<>();

    /** @param cache folder for cards already drawn (kept between builds) */
    public CardRenderer(Path cache) {
        this(cache, Faces.INSTANCE.design);
    }

    /** @param design the card design's key (see {@link #designKey}); tests stand in a changed design with it */
    CardRenderer(Path cache, String design) {
        this.faces = Faces.INSTANCE;
        this.cache = cache;
        this.design = design;
    }

    /**
     * The fonts, read once per JVM (serve mode builds many times), their sizes derived once, the paper and band drawn
     * once, and the design key computed once from them.
     */
    private static final class Faces {
        static final Faces INSTANCE = new Faces();
        final Font arabic = font(ARABIC_BOLD);
        final Font arabicRegular = font(ARABIC_REGULAR);
        final Font latin = font(LATIN_BOLD);
        final Font site = arabic.deriveFont(SITE_SIZE);
        final Font title = arabic.deriveFont(TITLE_SIZE);
        final Font longTitle = arabic.deriveFont(LONG_TITLE_SIZE);
        final Font kicker = arabicRegular.deriveFont(KICKER_SIZE);
        /**
         * The Latin face at LATIN_SCALE of each size the cards use, derived here, on one thread: a Font fills in its
         * attributes lazily and without synchronisation the first time one is derived from it, and cards are drawn on
         * several threads (a size only a test uses is derived on first use).
         */
        final java.util.Map<Float, Font> latinAt = new java.util.concurrent.ConcurrentHashMap<>(java.util.Map.of(
                SITE_SIZE, latin.deriveFont(SITE_SIZE * LATIN_SCALE), TITLE_SIZE, latin.deriveFont(TITLE_SIZE * LATIN_SCALE),
                LONG_TITLE_SIZE, latin.deriveFont(LONG_TITLE_SIZE * LATIN_SCALE), KICKER_SIZE, latin.deriveFont(KICKER_SIZE * LATIN_SCALE)));
        /** The pixels every card starts from: the paper and the accent band. */
        final byte[] background = background();
        final String design = designKey(parameters(), resource(ARABIC_BOLD), resource(ARABIC_REGULAR), resource(LATIN_BOLD));

        Font latin(float size) {
            return latinAt.computeIfAbsent(size, s -> latin.deriveFont(s * LATIN_SCALE));
        }
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

    /**
     * Writes the card of every page into {@code siteRoot}/cards/, in parallel: its title, and its type's kicker. No
     * card is begun once {@code stopped} says so (a build that failed meanwhile).
     */
    public void writeAll(Path siteRoot, SitePages pages, String siteName, java.util.function.BooleanSupplier stopped) {
        pages.list().parallelStream().filter(page -> !stopped.getAsBoolean()).forEach(page -> write(page.title(),
                page.cardKicker(), siteName, siteRoot.resolve(PageMeta.cardPath(page.uri()))));
    }

    /** Writes the card for a page to {@code target}, from the cache when the same card was drawn before. */
    public void write(String title, String kicker, String siteName, Path target) {
        try {
            Path cached = cache.resolve(key(design, title, kicker, siteName) + ".png");
            Files.createDirectories(target.getParent());
            if (Files.isRegularFile(cached)) {
                linkOrCopy(cached, target);
                return;
            }
            // A new card: its bytes go to the page, and the cache gets the same file under a second name.
            byte[] png = png(title, kicker, siteName);
            Files.write(target, png);
            Files.createDirectories(cache);
            Path temporary = cache.resolve(cached.getFileName() + "." + Thread.currentThread().getId() + ".tmp");
            Files.deleteIfExists(temporary);
            linkOrCopy(target, temporary);
            Files.move(temporary, cached, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            drawn.incrementAndGet();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the social card " + target, e);
        }
    }

    /**
     * Gives {@code from}'s file the name {@code to} as well: a hard link, where the file system has them, else a copy.
     * Creating a file was most of a cold build's system time (each new inode), and a card is never changed where it
     * lies: the build writes a new card under a new name, and a cached card is only ever linked or copied out. Two
     * cards of the site share a file only when two pages have the same card; the pinned Pages upload stores hard links
     * as files ({@code tar --hard-dereference}).
     */
    private static void linkOrCopy(Path from, Path to) throws IOException {
        try {
            Files.createLink(to, from);
        } catch (UnsupportedOperationException | IOException noLink) {
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
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
        BufferedImage image = blank();
        // The paper and the band, drawn once (anti-aliased fills of the whole card were half of a card's time).
        byte[] pixels = ((java.awt.image.DataBufferByte) image.getRaster().getDataBuffer()).getData();
        System.arraycopy(faces.background, 0, pixels, 0, pixels.length);
        Graphics2D g = graphics(image);
        try {
            FontRenderContext frc = g.getFontRenderContext();
            int right = PageMeta.CARD_WIDTH - MARGIN;

            if (!card.site().isBlank()) {
                TextLayout site = layout(card.site(), faces.site, frc);
                g.setColor(ACCENT);
                site.draw(g, right - site.getAdvance(), MARGIN + site.getAscent());
            }

            float y = MARGIN + TITLE_TOP;
            Font titleFont = title.length() > LONG_TITLE ? faces.longTitle : faces.title;
            for (TextLayout line : wrap(title, titleFont, frc, PageMeta.CARD_WIDTH - 2 * MARGIN - BAND, TITLE_LINES)) {
                y += line.getAscent();
                g.setColor(INK);
                line.draw(g, right - line.getAdvance(), y);
                y += line.getDescent() + line.getLeading() + LINE_GAP;
            }

            g.setColor(RULE);
            g.setStroke(new BasicStroke(RULE_WIDTH));
            g.drawLine(MARGIN, PageMeta.CARD_HEIGHT - MARGIN - RULE_RISE, right, PageMeta.CARD_HEIGHT - MARGIN - RULE_RISE);
            if (!card.kicker().isBlank()) {
                TextLayout k = layout(kickers.computeIfAbsent(card.kicker(), this::kickerAsDrawn), faces.kicker, KICKER_FRC);
                g.setColor(SOFT);
                k.draw(g, right - k.getAdvance(), PageMeta.CARD_HEIGHT - MARGIN);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private static BufferedImage blank() {
        return new BufferedImage(PageMeta.CARD_WIDTH, PageMeta.CARD_HEIGHT, BufferedImage.TYPE_BYTE_INDEXED, palette());
    }

    private static Graphics2D graphics(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        return g;
    }

    /** The paper and, along the start (right) edge, a band of the accent colour, as the site's cards and boxes have. */
    private static byte[] background() {
        BufferedImage image = blank();
        Graphics2D g = graphics(image);
        try {
            g.setColor(PAPER);
            g.fillRect(0, 0, PageMeta.CARD_WIDTH, PageMeta.CARD_HEIGHT);
            g.setColor(ACCENT);
            g.fillRect(PageMeta.CARD_WIDTH - BAND, 0, BAND, PageMeta.CARD_HEIGHT);
        } finally {
            g.dispose();
        }
        return ((java.awt.image.DataBufferByte) image.getRaster().getDataBuffer()).getData().clone();
    }

    /** How wide {@code text} is on the kicker's line. */
    float kickerWidth(String text) {
        return layout(text, faces.kicker, KICKER_FRC).getAdvance();
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
        Font latinFont = faces.latin(font.getSize2D());
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

    /** A cached card's name: the design's key and the card's text. */
    private static String key(String design, String title, String kicker, String siteName) {
        MessageDigest digest = sha256();
        digest.update((design + "\n" + title + "\n" + kicker + "\n" + siteName).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest()).substring(0, 32);
    }

    /** Every number and colour the drawing uses, written out: changing one changes the design key. */
    static String parameters() {
        return String.join(" ", "version=" + VERSION, "canvas=" + PageMeta.CARD_WIDTH + "x" + PageMeta.CARD_HEIGHT,
                "margin=" + MARGIN, "band=" + BAND, "site=" + SITE_SIZE, "title=" + TITLE_SIZE, "long-title=" + LONG_TITLE
                        + ":" + LONG_TITLE_SIZE, "title-top=" + TITLE_TOP, "lines=" + TITLE_LINES, "gap=" + LINE_GAP,
                "kicker=" + KICKER_SIZE, "latin=" + LATIN_SCALE, "rule=" + RULE_WIDTH + "@" + RULE_RISE,
                "colours=" + java.util.stream.Stream.of(PAPER, INK, SOFT, ACCENT, RULE)
                        .map(c -> Integer.toHexString(c.getRGB())).collect(java.util.stream.Collectors.joining(",")));
    }

    /** The card design's key: the drawing's parameters and the bytes of the fonts it draws with. */
    static String designKey(String parameters, byte[]... fonts) {
        MessageDigest digest = sha256();
        digest.update(parameters.getBytes(StandardCharsets.UTF_8));
        for (byte[] font : fonts) {
            digest.update(sha256().digest(font));
        }
        return HexFormat.of().formatHex(digest.digest()).substring(0, 32);
    }

    /** This renderer's design key. */
    String design() {
        return design;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = CardRenderer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Font " + name + " is missing from the classpath (src/main/fonts)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the font " + name, e);
        }
    }

    private static Font font(String resource) {
        return org.terrortrade.text.ClasspathFont.load(resource); // never a temporary copy outside target/
    }

}
