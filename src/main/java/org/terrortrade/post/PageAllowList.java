package org.terrortrade.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.XmlDeclaration;
import org.jsoup.select.NodeTraversor;

/**
 * The last check of every published page: the whole document as a browser will parse it (template output, rendered
 * Markdown and what the other transforms added) must use only the elements, attributes and URL schemes listed here.
 * The list is what the site's templates and Markdown legitimately produce; anything else (an event handler, a
 * {@code style} attribute, {@code autofocus}, an {@code iframe}, a comment, a {@code data:} or {@code javascript:}
 * address, a script that is not one of the site's files or a JSON-LD block…) is a finding, and a finding fails the
 * build. It is one check whatever produced the HTML, so a trick that got past the Markdown checks (a context set up
 * by one piece of raw HTML and used by the next) is still caught on the page it produced.
 *
 * <p>It runs last in the one post-processing pass ({@link PostProcessor}), on the parsed page in memory; the
 * Markdown-side check ({@code validate.UnsafeHtmlChecker}) applies {@link #check(Element)} to each piece of raw HTML
 * too, so that most findings are reported at their Markdown line before anything is baked.
 */
public final class PageAllowList implements PageTransform {

    /**
     * One thing outside the list.
     *
     * @param key    the problem key editors see ({@code unsafe-html}, {@code unsafe-url})
     * @param name   the message's name in the editors' bundle ({@code problem.<name>.message})
     * @param args   the message's arguments
     * @param needles texts to look for, in this order, in the Markdown source to find the line that wrote it
     */
    public record Finding(String key, String name, List<String> args, List<String> needles) {
        Finding(String key, String name, List<String> args, String... needles) {
            this(key, name, args, List.of(needles));
        }
    }

    /** Told about the findings of each page that has any (called from several threads). */
    public interface Sink {
        void report(String page, List<Finding> findings);
    }

    /**
     * Reports each finding at the content file of its page: at the Markdown line that wrote it when that line can be
     * found (the first line holding the element's tag, the attribute's name or the address), otherwise at the file's
     * first line, saying that the page's template produced it.
     *
     * @param sources the content file of each page, by the page's path in the site
     */
    public static Sink reportingTo(org.terrortrade.problem.Problems problems, Map<String, org.terrortrade.content.SourceFile> sources) {
        return (page, findings) -> {
            org.terrortrade.content.SourceFile source = sources.get(page);
            java.util.Set<org.terrortrade.problem.Problem> found = new java.util.LinkedHashSet<>();
            for (Finding finding : findings) {
                Object[] args = finding.args().toArray();
                int line = -1;
                for (int i = 0; source != null && line < 0 && i < finding.needles().size(); i++) {
                    line = markdownLine(source, finding.needles().get(i));
                }
                if (source != null && line < 0 && finding.key().equals("unsafe-url")) {
                    line = markdownAddressLine(source, finding.args().get(0));
                }
                if (line > 0) {
                    found.add(org.terrortrade.problem.EditorText.problem(source.path(), line, finding.key(), finding.name(), args));
                } else {
                    org.terrortrade.problem.Problem problem = org.terrortrade.problem.EditorText.problem(
                            source == null ? "site/" + page : source.path(), 1, finding.key(), finding.name(), args);
                    found.add(new org.terrortrade.problem.Problem(problem.path(), 1, problem.key(),
                            org.terrortrade.problem.EditorText.text("problem.in-built-page", problem.message() + " — " + page), problem.fix()));
                }
            }
            synchronized (problems) {
                found.forEach(problems::add);
            }
        };
    }

    /** The line of the Markdown link or image whose address, decoded as the page has it, is {@code url}; or -1. */
    private static int markdownAddressLine(org.terrortrade.content.SourceFile source, String url) {
        org.terrortrade.problem.LineIndex lines = source.lines();
        for (com.vladsch.flexmark.util.ast.Node node : source.markdown().getDescendants()) {
            String address = node instanceof com.vladsch.flexmark.ast.LinkNodeBase link ? link.getUrl().unescape()
                    : node instanceof com.vladsch.flexmark.ast.AutoLink auto ? auto.getUrl().unescape() : null;
            if (address != null && address.strip().equals(url)) {
                return lines.line(node.getStartOffset());
            }
        }
        return -1;
    }

    /** The first line of the Markdown body holding {@code needle} (any case), or -1. */
    private static int markdownLine(org.terrortrade.content.SourceFile source, String needle) {
        if (needle == null || needle.isBlank()) {
            return -1;
        }
        String[] lines = source.body().toLowerCase(Locale.ROOT).split("\n", -1);
        String wanted = needle.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(wanted)) {
                return source.bodyFirstLine() + i;
            }
        }
        return -1;
    }

    /** Attributes any element may have. */
    private static final Set<String> GLOBAL = Set.of("id", "class", "lang", "dir", "title", "role", "tabindex", "hidden",
            "translate", "aria-label", "aria-labelledby", "aria-describedby", "aria-hidden", "aria-current", "aria-live",
            "aria-controls", "aria-expanded", "aria-level");
    /** Author data for the site's own script and styles; never read as code or as an address. */
    private static final Pattern DATA_ATTRIBUTE = Pattern.compile("data-[a-z0-9]+(?:-[a-z0-9]+)*");

    /** HTML elements and the attributes each may have besides {@link #GLOBAL}. */
    private static final Map<String, Set<String>> HTML = Map.ofEntries(
            // The page's frame (templates).
            Map.entry("html", Set.of()), Map.entry("head", Set.of()), Map.entry("body", Set.of()),
            Map.entry("title", Set.of()),
            Map.entry("meta", Set.of("charset", "name", "content", "property", "http-equiv")),
            Map.entry("link", Set.of("rel", "href", "type", "as", "crossorigin", "hreflang", "sizes")),
            Map.entry("script", Set.of("src", "defer", "type", "integrity")),
            Map.entry("main", Set.of()), Map.entry("header", Set.of()), Map.entry("footer", Set.of()),
            Map.entry("nav", Set.of()), Map.entry("section", Set.of()), Map.entry("article", Set.of()),
            Map.entry("aside", Set.of()),
            Map.entry("form", Set.of("action", "method")), Map.entry("input", Set.of("type", "name", "placeholder", "autocomplete", "value")),
            Map.entry("button", Set.of("type")), Map.entry("label", Set.of("for")),
            // Text (Markdown and templates).
            Map.entry("div", Set.of()), Map.entry("p", Set.of()), Map.entry("span", Set.of()),
            Map.entry("h1", Set.of()), Map.entry("h2", Set.of()), Map.entry("h3", Set.of()), Map.entry("h4", Set.of()),
            Map.entry("h5", Set.of()), Map.entry("h6", Set.of()), Map.entry("hr", Set.of()), Map.entry("br", Set.of()),
            Map.entry("wbr", Set.of()), Map.entry("a", Set.of("href", "rel", "hreflang")),
            Map.entry("img", Set.of("src", "alt", "width", "height", "loading", "decoding")),
            Map.entry("ul", Set.of()), Map.entry("ol", Set.of("start", "reversed", "type")), Map.entry("li", Set.of("value")),
            Map.entry("dl", Set.of()), Map.entry("dt", Set.of()), Map.entry("dd", Set.of()),
            Map.entry("blockquote", Set.of("cite")), Map.entry("q", Set.of("cite")), Map.entry("cite", Set.of()),
            Map.entry("em", Set.of()), Map.entry("strong", Set.of()), Map.entry("b", Set.of()), Map.entry("i", Set.of()),
            Map.entry("u", Set.of()), Map.entry("s", Set.of()), Map.entry("small", Set.of()), Map.entry("mark", Set.of()),
            Map.entry("abbr", Set.of()), Map.entry("dfn", Set.of()), Map.entry("kbd", Set.of()), Map.entry("samp", Set.of()),
            Map.entry("var", Set.of()), Map.entry("code", Set.of()), Map.entry("pre", Set.of()), Map.entry("sub", Set.of()),
            Map.entry("sup", Set.of()), Map.entry("bdi", Set.of()), Map.entry("bdo", Set.of()),
            Map.entry("time", Set.of("datetime")), Map.entry("del", Set.of("cite", "datetime")),
            Map.entry("ins", Set.of("cite", "datetime")), Map.entry("ruby", Set.of()), Map.entry("rt", Set.of()),
            Map.entry("rp", Set.of()), Map.entry("figure", Set.of()), Map.entry("figcaption", Set.of()),
            Map.entry("details", Set.of("open")), Map.entry("summary", Set.of()),
            Map.entry("table", Set.of()), Map.entry("caption", Set.of()), Map.entry("thead", Set.of()),
            Map.entry("tbody", Set.of()), Map.entry("tfoot", Set.of()), Map.entry("tr", Set.of()),
            Map.entry("th", Set.of("scope", "colspan", "rowspan", "align")), Map.entry("td", Set.of("colspan", "rowspan", "align")),
            Map.entry("colgroup", Set.of("span")), Map.entry("col", Set.of("span")),
            Map.entry("svg", Set.of("viewbox", "xmlns", "width", "height", "focusable", "preserveaspectratio",
                    "aria-describedby")));

    /** The drawing elements the charts use (svg.RelationsMap, svg.TimelineStrip), allowed only inside {@code svg}. */
    private static final Map<String, Set<String>> SVG = Map.ofEntries(
            Map.entry("a", Set.of("href")), Map.entry("g", Set.of()), Map.entry("defs", Set.of()), Map.entry("desc", Set.of()), Map.entry("title", Set.of()),
            Map.entry("path", Set.of("d", "marker-end", "marker-start", "marker-mid")),
            Map.entry("circle", Set.of("cx", "cy", "r")), Map.entry("ellipse", Set.of("cx", "cy", "rx", "ry")),
            Map.entry("rect", Set.of("x", "y", "width", "height", "rx", "ry")),
            Map.entry("line", Set.of("x1", "y1", "x2", "y2")), Map.entry("polyline", Set.of("points")),
            Map.entry("polygon", Set.of("points")),
            Map.entry("text", Set.of("x", "y", "dx", "dy", "direction", "text-anchor")),
            Map.entry("tspan", Set.of("x", "y", "dx", "dy")),
            Map.entry("marker", Set.of("markerheight", "markerwidth", "orient", "refx", "refy", "viewbox")));

    /** Attributes whose value is an address. */
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "cite");
    /** Elements that belong in {@code head} only. */
    private static final Set<String> HEAD_ONLY = Set.of("meta", "link", "title");
    private static final Set<String> LINK_RELATIONS = Set.of("alternate", "canonical", "icon", "preload", "stylesheet",
            "license", "author", "next", "prev", "home");
    private static final Set<String> HTTP_EQUIV = Set.of("content-security-policy");
    private static final Set<String> INPUT_TYPES = Set.of("search", "text", "hidden", "submit");
    private static final Set<String> BUTTON_TYPES = Set.of("submit", "button");
    private static final Pattern SCHEME = Pattern.compile("([a-z][a-z0-9+.\\-]*):.*", Pattern.DOTALL);
    /** Pictures that may travel inside the page. */
    private static final Pattern DATA_IMAGE = Pattern.compile("data:image/(?:png|jpeg|gif|webp|avif)[;,].*", Pattern.DOTALL);

    private final Sink sink;
    private final Set<String> scripts;

    /**
     * @param sink    told about each page's findings
     * @param scripts the script files a page may load, as its {@code src} writes them (the fingerprinted files)
     */
    public PageAllowList(Sink sink, Set<String> scripts) {
        this.sink = sink;
        this.scripts = Set.copyOf(scripts);
    }

    /** The scripts a page may load (the sink only hears of findings, and a page with findings is never reused). */
    @Override
    public Object inputs(String path) {
        return scripts;
    }

    @Override
    public void apply(Document page, String path) {
        List<Finding> findings = check(page, scripts);
        if (!findings.isEmpty()) {
            sink.report(path, findings);
        }
    }

    /** Everything outside the list on a whole page, in document order ({@code scripts}: the script files it may load). */
    public static List<Finding> check(Document page, Set<String> scripts) {
        List<Finding> findings = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Document) {
                return;
            }
            if (node instanceof Comment || node instanceof XmlDeclaration || node instanceof org.jsoup.nodes.CDataNode) {
                findings.add(comment(node)); // a browser reads "<![CDATA[" in HTML as a comment up to the first ">"
            } else if (node instanceof DocumentType doctype && !doctype.name().equalsIgnoreCase("html")) {
                findings.add(new Finding("unsafe-html", "page-html.element", List.of("!doctype " + doctype.name()), "<!doctype"));
            } else if (node instanceof Element element) {
                findings.addAll(check(element, scripts));
            }
        }, page);
        return findings;
    }

    private static Finding comment(Node node) {
        return new Finding("unsafe-html", "page-html.comment", List.of(), "<!", "<?");
    }

    /**
     * What one element has outside the list: itself, or attributes, or addresses (its children are not looked at).
     *
     * @param scripts the script files it may load if it is a script (none for HTML written in content)
     */
    public static List<Finding> check(Element element, Set<String> scripts) {
        List<Finding> findings = new ArrayList<>();
        String name = element.normalName();
        boolean inSvg = name.equals("svg") ? false : element.parents().stream().anyMatch(p -> p.normalName().equals("svg"));
        Set<String> allowed = inSvg ? SVG.get(name) : HTML.get(name);
        if (allowed == null || !inSvg && HEAD_ONLY.contains(name) && !inHead(element)) {
            findings.add(new Finding("unsafe-html", "page-html.element", List.of(name), "<" + name));
            return findings;
        }
        for (org.jsoup.nodes.Attribute attribute : element.attributes()) {
            String key = attribute.getKey().toLowerCase(Locale.ROOT);
            if (!allowed.contains(key) && !GLOBAL.contains(key) && !DATA_ATTRIBUTE.matcher(key).matches()) {
                // A name like «site-footer"» is what follows a tag or quote left open, read as attributes: the element's
                // other attributes, as written, find the line that left it open.
                List<String> needles = new ArrayList<>(List.of(attribute.getKey()));
                for (org.jsoup.nodes.Attribute other : element.attributes()) {
                    String first = other.getValue().lines().findFirst().orElse("");
                    if (other != attribute && !first.isBlank()) {
                        needles.add(other.getKey() + "=\"" + first);
                    }
                }
                needles.add("<" + name);
                findings.add(new Finding("unsafe-html", "page-html.attribute", List.of(attribute.getKey(), name), needles));
            } else if (URL_ATTRIBUTES.contains(key) && !urlAllowed(element, key, attribute.getValue())) {
                String url = attribute.getValue().strip();
                int colon = url.indexOf(':');
                findings.add(new Finding("unsafe-url", "page-html.url", List.of(url, name, key), url,
                        colon > 0 ? url.substring(0, colon) : url, key + "="));
            } else if (!valueAllowed(element, key, attribute.getValue())) {
                findings.add(new Finding("unsafe-html", "page-html.value", List.of(attribute.getValue(), key, name), attribute.getValue()));
            }
        }
        if (name.equals("script") && !inSvg) {
            findings.addAll(script(element, scripts));
        }
        return findings;
    }

    private static boolean inHead(Element element) {
        Element parent = element.parent();
        return parent != null && parent.normalName().equals("head");
    }

    /** Values that change what an allowed attribute does: only the ones the site uses. */
    private static boolean valueAllowed(Element element, String key, String value) {
        String lower = value.strip().toLowerCase(Locale.ROOT);
        return switch (element.normalName() + "@" + key) {
            case "meta@http-equiv" -> HTTP_EQUIV.contains(lower);
            case "link@rel" -> !lower.isEmpty() && Set.of(lower.split("\\s+")).stream().allMatch(LINK_RELATIONS::contains);
            case "input@type" -> INPUT_TYPES.contains(lower);
            case "button@type" -> BUTTON_TYPES.contains(lower);
            case "form@method" -> lower.equals("get");
            default -> true;
        };
    }

    /**
     * A script is either one of the site's own files (a path on the site, which the page's Content-Security-Policy
     * names by hash: {@link ScriptPolicy}) or a JSON-LD data block, which browsers never run.
     */
    private static List<Finding> script(Element script, Set<String> scripts) {
        String type = script.attr("type").strip().toLowerCase(Locale.ROOT);
        boolean file = script.hasAttr("src");
        boolean ok = file ? type.isEmpty() && scripts.contains(script.attr("src")) && script.childNodeSize() == 0
                : type.equals("application/ld+json") && !script.hasAttr("defer") && !script.hasAttr("integrity")
                        && script.childNodes().stream().allMatch(n -> n instanceof DataNode);
        if (ok) {
            return List.of();
        }
        String what = file ? script.attr("src") : type.isEmpty() ? "<script>" : type;
        return List.of(new Finding("unsafe-html", "page-html.script", List.of(what), "<script"));
    }

    /** What browsers do before they read a scheme: leading and trailing controls and spaces go, tabs and newlines anywhere. */
    private static String clean(String url) {
        for (int i = 0; i < url.length(); i++) {
            if (url.charAt(i) <= 0x20) {
                return TAB_OR_NEWLINE.matcher(EDGE_CONTROLS.matcher(url).replaceAll("")).replaceAll("");
            }
        }
        return url; // nothing a browser would remove (most addresses): no pattern run
    }

    private static final java.util.regex.Pattern EDGE_CONTROLS = java.util.regex.Pattern.compile("^[\\x00-\\x20]+|[\\x00-\\x20]+$");
    private static final java.util.regex.Pattern TAB_OR_NEWLINE = java.util.regex.Pattern.compile("[\\t\\n\\r]");

    /**
     * Whether an address may appear on a page: a path on the site, https (http is reported by the link check), mailto,
     * and a {@code data:} picture on an image (and the site's inline icon). Character references are already decoded
     * by the parser, and spaces, tabs and controls are removed as browsers remove them.
     *
     * @param element the element it is on (null: an address written in Markdown)
     */
    public static boolean urlAllowed(Element element, String attribute, String url) {
        String cleaned = clean(url);
        String lower = cleaned.toLowerCase(Locale.ROOT);
        if (cleaned.startsWith("//") || cleaned.startsWith("/\\") || cleaned.startsWith("\\")) {
            return false;
        }
        java.util.regex.Matcher scheme = SCHEME.matcher(lower);
        if (!scheme.matches()) {
            return true;
        }
        return switch (scheme.group(1)) {
            case "https", "http", "mailto" -> true;
            case "data" -> element == null ? DATA_IMAGE.matcher(lower).matches()
                    : element.normalName().equals("img") && attribute.equals("src") && DATA_IMAGE.matcher(lower).matches()
                    || element.normalName().equals("link") && attribute.equals("href") && element.attr("rel").equalsIgnoreCase("icon")
                    && (DATA_IMAGE.matcher(lower).matches() || lower.startsWith("data:image/svg+xml,"));
            default -> false;
        };
    }
}
