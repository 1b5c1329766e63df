package org.terrortrade.post;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Tag("unit")
class BidiIsolatorTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "<p>فرعه في خوراسان (ISIS-K).</p>|<p>فرعه في خوراسان (<span lang=\"en\" dir=\"ltr\" class=\"latin-word\">ISIS-K</span>).</p>",
        "<p>طائرات (F-16) ومعدات</p>|<p>طائرات (<span lang=\"en\" dir=\"ltr\" class=\"latin-word\">F-16</span>) ومعدات</p>",
        "<p>خط Noto Naskh Arabic هنا</p>|<p>خط <span lang=\"en\" dir=\"ltr\">Noto Naskh Arabic</span> هنا</p>",
        "<p>بين 2002 و2018</p>|<p>بين 2002 و2018</p>",
        "<p><code>ISIS-K</code></p>|<p><code>ISIS-K</code></p>",
        "<p lang=\"en\">already English</p>|<p lang=\"en\">already English</p>",
        "<dd>Tehrik-i-Taliban Pakistan (TTP)</dd>|<dd><span lang=\"en\" dir=\"ltr\">Tehrik-i-Taliban Pakistan (TTP)</span></dd>",
        "<span>Lt. Gen. Ahmed Sharif Chaudhry</span>|<span><span lang=\"en\" dir=\"ltr\">Lt. Gen. Ahmed Sharif Chaudhry</span></span>",
        "<p>(TTP) و(HQN)</p>|<p>(<span lang=\"en\" dir=\"ltr\">TTP</span>) و(<span lang=\"en\" dir=\"ltr\">HQN</span>)</p>",
    })
    void wrapsLatinRunsOnly(String input, String expected) {
        assertEquals(expected, isolated(input));
    }

    /** A range of two numbers is one unbreakable, isolated unit: the line never ends at its dash. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "<p>مساعدات بين 2002–2018 بلغت</p>|<p>مساعدات بين <span class=\"number-range\">2002–2018</span> بلغت</p>",
        "<p>في 2024- 2025، تفجير</p>|<p>في <span class=\"number-range\">2024- 2025</span>، تفجير</p>",
        "<p>(2001 – 2025)</p>|<p>(<span class=\"number-range\">2001 – 2025</span>)</p>",
        "<p>من 3.5–4 مليارات</p>|<p>من <span class=\"number-range\">3.5–4</span> مليارات</p>",
        "<p><a href=\"t.html#e\">2002–2018</a>: حصلت</p>|<p><a href=\"t.html#e\"><span class=\"number-range\">2002–2018</span></a>: حصلت</p>",
        "<p>ISIS-K بين 2015–2016</p>|<p><span lang=\"en\" dir=\"ltr\" class=\"latin-word\">ISIS-K</span> بين <span class=\"number-range\">2015–2016</span></p>",
        "<p class=\"d\"><time datetime=\"2002\">2002</time>–<time datetime=\"2018\">2018</time></p>"
            + "|<p class=\"d\"><span class=\"number-range\"><time datetime=\"2002\">2002</time>–<time datetime=\"2018\">2018</time></span></p>",
    })
    void keepsNumberRangesWhole(String input, String expected) {
        assertEquals(expected, isolated(input));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "<p>بين 2002 و2018</p>",
        "<p>في 2025-06-15 وقع</p>",
        "<p>طائرات (F-16) ومعدات</p>",
        "<p>1-2-3</p>",
        "<p><code>2002–2018</code></p>",
        "<p><time datetime=\"2015-01\">يناير (كانون الثاني) 2015</time>–<time datetime=\"2016\">2016</time></p>",
    })
    void leavesEverythingElseAsItWas(String input) {
        String expected = Jsoup.parseBodyFragment(input).body().html()
                .replace("F-16", "<span lang=\"en\" dir=\"ltr\" class=\"latin-word\">F-16</span>");
        assertEquals(expected, isolated(input));
    }

    @Test
    void theStylesheetKeepsAHyphenatedLatinWordOnOneLine() throws Exception {
        String css = java.nio.file.Files.readString(java.nio.file.Path.of("assets/css/site.css"));
        java.util.regex.Matcher rule = java.util.regex.Pattern.compile("\\.latin-word\\s*\\{([^}]*)\\}").matcher(css);
        assertTrue(rule.find(), "a .latin-word rule in site.css");
        assertTrue(rule.group(1).contains("white-space: nowrap"), rule.group());
    }

    @Test
    void theStylesheetKeepsARangeOnOneLineAndIsolatesIt() throws Exception {
        String css = java.nio.file.Files.readString(java.nio.file.Path.of("assets/css/site.css"));
        java.util.regex.Matcher rule = java.util.regex.Pattern.compile("\\.number-range\\s*\\{([^}]*)\\}").matcher(css);
        assertTrue(rule.find(), "a .number-range rule in site.css");
        assertTrue(rule.group(1).contains("white-space: nowrap"), rule.group());
        assertTrue(rule.group(1).contains("unicode-bidi: isolate"), rule.group());
    }

    /** The body of {@code html} after the transform, as the post-processor writes it (no pretty printing). */
    private static String isolated(String html) {
        Document page = Jsoup.parseBodyFragment(html);
        page.outputSettings().prettyPrint(false);
        new BidiIsolator().apply(page, "x.html");
        return page.body().html();
    }

    /** The quick scans only skip texts the patterns would not match: checked on random mixes of what matters. */
    @Test
    void theQuickScansNeverSkipAMatch() {
        char[] alphabet = {'1', '2', '0', '9', '-', '\u2013', ' ', '\u00A0', '.', 'a', 'Z', 'ب', '(', ')', '\'', '/'};
        java.util.Random random = new java.util.Random(18);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String t = text.toString();
            if (BidiIsolator.LATIN_RUN.matcher(t).find()) {
                assertTrue(BidiIsolator.hasLatinLetter(t), t);
            }
            if (BidiIsolator.NUMBER_RANGE.matcher(t).find()) {
                assertTrue(BidiIsolator.hasDashAfterDigit(t), t);
            }
        }
        assertTrue(!BidiIsolator.hasLatinLetter("باكستان 2024") && !BidiIsolator.hasDashAfterDigit("باكستان - 2024"));
    }
}
