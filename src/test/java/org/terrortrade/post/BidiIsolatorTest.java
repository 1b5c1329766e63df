package org.terrortrade.post;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Tag("unit")
class BidiIsolatorTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "<p>فرعه في خوراسان (ISIS-K).</p>|<p>فرعه في خوراسان (<span lang=\"en\" dir=\"ltr\">ISIS-K</span>).</p>",
        "<p>طائرات (F-16) ومعدات</p>|<p>طائرات (<span lang=\"en\" dir=\"ltr\">F-16</span>) ومعدات</p>",
        "<p>خط Noto Naskh Arabic هنا</p>|<p>خط <span lang=\"en\" dir=\"ltr\">Noto Naskh Arabic</span> هنا</p>",
        "<p>بين 2002 و2018</p>|<p>بين 2002 و2018</p>",
        "<p><code>ISIS-K</code></p>|<p><code>ISIS-K</code></p>",
        "<p lang=\"en\">already English</p>|<p lang=\"en\">already English</p>",
        "<dd>Tehrik-i-Taliban Pakistan (TTP)</dd>|<dd><span lang=\"en\" dir=\"ltr\">Tehrik-i-Taliban Pakistan (TTP)</span></dd>",
        "<span>Lt. Gen. Ahmed Sharif Chaudhry</span>|<span><span lang=\"en\" dir=\"ltr\">Lt. Gen. Ahmed Sharif Chaudhry</span></span>",
        "<p>(TTP) و(HQN)</p>|<p>(<span lang=\"en\" dir=\"ltr\">TTP</span>) و(<span lang=\"en\" dir=\"ltr\">HQN</span>)</p>",
    })
    void wrapsLatinRunsOnly(String input, String expected) {
        Document page = Jsoup.parseBodyFragment(input);
        page.outputSettings().prettyPrint(false);
        new BidiIsolator().apply(page, "x.html");
        assertEquals(expected, page.body().html());
    }
}
