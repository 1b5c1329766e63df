package org.terrortrade.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.terrortrade.serve.StaticSite;

import com.sun.net.httpserver.HttpServer;

/**
 * One headless Chromium (or Chrome) and one local server of the built site, shared by every browser check of a test
 * run and closed when the JVM ends.
 *
 * <p>Where the browser comes from ({@link #locate}): {@code CHROME_PATH} and {@code CHROMEDRIVER_PATH} when set;
 * otherwise Debian's {@code chromium} and {@code chromedriver} on the PATH (as CI always has them); otherwise Selenium
 * Manager finds a browser and driver, or fetches them, the way it does for Selenium's users (not when
 * {@code SE_OFFLINE=true}). When no browser can be had, the browser checks are skipped (a JUnit assumption, summed up
 * at the end of the build by {@link SkippedBrowserChecks}) — unless {@code REQUIRE_BROWSER=true} (set by .ci/run),
 * which makes that a failure.
 */
public final class Browser {
    /** The built site the checks look at: {@code ./mvnw package} writes it. */
    public static final Path SITE = Path.of(System.getProperty("site.dir", "target/site")).toAbsolutePath();
    /** How to get the browser checks to run, for the skip message. */
    static final String HOW_TO_RUN = "to run them, install Chromium and its driver (Debian/Ubuntu: sudo apt-get install chromium "
            + "chromium-driver fonts-noto-core), or Google Chrome with network access for Selenium Manager, or set CHROME_PATH "
            + "and CHROMEDRIVER_PATH; then ./mvnw verify";

    private static Browser shared;
    /** Why no browser could be started in this run (null: not tried yet, or it started). */
    private static String unavailable;
    /** Held so the setting is not lost with the logger: only raw CDP commands are used, so Selenium's notice that it
     *  has no typed CDP bindings for this Chromium version is noise. */
    private static final java.util.logging.Logger SELENIUM_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium");

    static {
        SELENIUM_LOG.setLevel(java.util.logging.Level.SEVERE);
    }

    private final ChromeDriver driver;
    private final HttpServer server;
    private final String origin;

    /**
     * The browser and driver to use; a null part is left to Selenium Manager. {@code unavailable} says why none can be
     * used (then the others are null).
     */
    record Source(String binary, String driver, String unavailable) {
        boolean debians() {
            return binary != null && driver != null;
        }
    }

    /** No browser could be started; the message says why. */
    static final class Unavailable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unavailable(String message) {
            super(message);
        }
    }

    private Browser(Source source) {
        if (!Files.isRegularFile(SITE.resolve("index.html"))) {
            throw new IllegalStateException("No built site in " + SITE + ": run ./mvnw verify (it builds the site before these checks)");
        }
        ChromeOptions options = new ChromeOptions();
        if (source.binary() != null) {
            options.setBinary(source.binary());
        }
        Path profile;
        try {
            profile = Files.createTempDirectory("chromium-profile");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--hide-scrollbars", "--force-device-scale-factor=1", "--lang=ar", "--user-data-dir=" + profile);
        ChromeDriverService.Builder service = new ChromeDriverService.Builder().withLogOutput(java.io.OutputStream.nullOutputStream());
        if (source.driver() != null) {
            service.usingDriverExecutable(new File(source.driver()));
        }
        try {
            driver = new ChromeDriver(service.build(), options);
        } catch (org.openqa.selenium.WebDriverException e) {
            if (source.debians()) {
                throw e; // a browser that is there but does not start is a failure, not a skip
            }
            throw new Unavailable("Selenium Manager found no browser and driver it could use ("
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse("").strip() + ")"
                    + ("true".equals(System.getenv("SE_OFFLINE")) ? "; SE_OFFLINE=true, so it downloaded nothing" : ""));
        }
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(60));
        try {
            server = new StaticSite(SITE, "/", UnaryOperator.identity()).start(0);
        } catch (IOException e) {
            driver.quit();
            throw new UncheckedIOException(e);
        }
        origin = "http://127.0.0.1:" + server.getAddress().getPort();
        Runtime.getRuntime().addShutdownHook(new Thread(this::close));
    }

    /**
     * Where the browser and driver come from, given the environment: the executables {@code CHROME_PATH} and
     * {@code CHROMEDRIVER_PATH} name (a name that is no executable file makes the browser unavailable), else those on
     * the PATH; what is not found is left to Selenium Manager (null).
     */
    static Source locate(Map<String, String> env) {
        String binary = configured(env, "CHROME_PATH");
        String driverPath = configured(env, "CHROMEDRIVER_PATH");
        for (String variable : List.of("CHROME_PATH", "CHROMEDRIVER_PATH")) {
            String value = configured(env, variable);
            if (value != null && !Files.isExecutable(Path.of(value))) {
                return new Source(null, null, variable + "=" + value + " is not an executable file");
            }
        }
        if (binary == null) {
            binary = onPath(env, "chromium", "chromium-browser", "google-chrome", "google-chrome-stable");
        }
        if (driverPath == null) {
            driverPath = onPath(env, "chromedriver");
        }
        return new Source(binary, driverPath, null);
    }

    /**
     * What a browser check does when no browser can be had: fails when {@code REQUIRE_BROWSER=true} (CI), otherwise is
     * skipped (aborted, as a false JUnit assumption) with the reason and how to run it.
     */
    static RuntimeException whenUnavailable(String reason, Map<String, String> env) {
        String message = SkippedBrowserChecks.MARK + reason;
        if ("true".equals(env.get("REQUIRE_BROWSER"))) {
            return new IllegalStateException(message + " — REQUIRE_BROWSER=true, so this is a failure, not a skip; " + HOW_TO_RUN);
        }
        return new org.opentest4j.TestAbortedException(message + "; " + HOW_TO_RUN);
    }

    /** The browser of this test run, started on first use. */
    public static synchronized Browser shared() {
        if (shared == null) {
            if (unavailable == null) {
                Source source = locate(System.getenv());
                try {
                    if (source.unavailable() != null) {
                        throw new Unavailable(source.unavailable());
                    }
                    shared = new Browser(source);
                } catch (Unavailable e) {
                    unavailable = e.getMessage();
                }
            }
            if (shared == null) {
                throw whenUnavailable(unavailable, System.getenv());
            }
        }
        return shared;
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Every HTML page of the built site, as paths relative to its root (e.g. {@code actors/ttp.html}). */
    public static List<String> pages() {
        try (Stream<Path> walk = Files.walk(SITE)) {
            return walk.filter(p -> p.toString().endsWith(".html")).map(p -> SITE.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One page of each type, for screenshots. */
    public static List<String> pageTypes() {
        return List.of("index.html", "article.html", "actors/index.html", "actors/pakistan.html", "exchange.html", "glossary.html",
                "timeline.html", "sources.html", "about.html", "404.html");
    }

    /** Opens a page at a viewport width, in the light or dark scheme, for screen or print. */
    public void open(String page, int width, boolean dark, String media) {
        open(page, width, width < 600 ? 844 : 900, dark, media);
    }

    /** Opens a page in a viewport of the given size (a phone below 600 px wide). */
    public void open(String page, int width, int height, boolean dark, String media) {
        openUrl(origin + "/" + page, width, height, dark, media);
    }

    /** Opens a file that is not part of the site (the reviewer's page) at a viewport width, light or dark. */
    public void openFile(Path file, int width, boolean dark) {
        openUrl(file.toAbsolutePath().toUri().toString(), width, width < 600 ? 844 : 900, dark, "screen");
    }

    private void openUrl(String url, int width, int height, boolean dark, String media) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", width < 600));
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", media,
                "features", List.of(Map.of("name", "prefers-color-scheme", "value", dark ? "dark" : "light"))));
        driver.get(url);
        // Layout checks must see the site's own fonts, not a fallback drawn before they arrive.
        driver.executeAsyncScript("const done = arguments[arguments.length - 1]; document.fonts.ready.then(() => done(true));");
    }

    /** The screens the first-minute checks look at: a small and a common phone, and a desktop, each light and dark. */
    public static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> screens() {
        return java.util.stream.Stream.of(new int[] {320, 640}, new int[] {390, 844}, new int[] {1280, 900})
                .flatMap(size -> java.util.stream.Stream.of(false, true)
                        .map(dark -> org.junit.jupiter.params.provider.Arguments.of(size[0], size[1], dark)));
    }

    public String origin() {
        return origin;
    }

    /** Saves a screenshot of the whole page under target/screenshots. */
    public Path screenshot(String name) {
        Path out = Path.of("target/screenshots", name + ".png");
        try {
            Files.createDirectories(out.getParent());
            Object size = driver.executeScript("return [document.documentElement.scrollWidth, document.documentElement.scrollHeight];");
            List<?> dims = (List<?>) size;
            long width = ((Number) dims.get(0)).longValue();
            long height = Math.min(((Number) dims.get(1)).longValue(), 12_000);
            Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                    "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
            Files.write(out, OutputType.BYTES.convertFromBase64Png((String) shot.get("data")));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves a screenshot of one element (the first matching {@code selector}) under target/screenshots. */
    public Path screenshotOf(String selector, String name) {
        Path out = Path.of("target/screenshots", name + ".png");
        try {
            Files.createDirectories(out.getParent());
            List<?> box = (List<?>) driver.executeScript("const r = document.querySelector(arguments[0]).getBoundingClientRect();"
                    + "return [r.left + scrollX, r.top + scrollY, r.width, r.height];", selector);
            Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                    "captureBeyondViewport", true, "clip", Map.of("x", box.get(0), "y", box.get(1), "width", box.get(2),
                            "height", box.get(3), "scale", 1)));
            Files.write(out, OutputType.BYTES.convertFromBase64Png((String) shot.get("data")));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void close() {
        try {
            driver.quit();
        } finally {
            server.stop(0);
        }
    }

    private static String configured(Map<String, String> env, String variable) {
        String value = env.get(variable);
        return value == null || value.isBlank() ? null : value;
    }

    /** The first of {@code names} found as an executable on the PATH, or null. */
    private static String onPath(Map<String, String> env, String... names) {
        for (String dir : env.getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
            for (String name : names) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return candidate.toString();
                }
            }
        }
        return null;
    }
}
