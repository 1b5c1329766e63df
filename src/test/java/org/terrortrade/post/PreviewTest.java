package org.terrortrade.post;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A preview is cut at a clause or sentence boundary, never inside a quotation nor in the middle of a clause. */
@Tag("unit")
class PreviewTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // the whole text when it fits
        "fits          | 60 | تساعد باكستان الغرب في جهود مكافحة الإرهاب.                                        | تساعد باكستان الغرب في جهود مكافحة الإرهاب.",
        // the last comma before the limit
        "clause        | 50 | تساعد باكستان الغرب، وخاصة الولايات المتحدة، في جهود مكافحة الإرهاب.                | تساعد باكستان الغرب، وخاصة الولايات المتحدة…",
        // a comma inside a quotation is no boundary: the cut comes before the quotation opens
        "quotation     | 60 | يظل دور باكستان حاسمًا، لكنه يعكس «تجارة الإرهاب، حيث يتبادل الدعم بالمكاسب» في النهاية. | يظل دور باكستان حاسمًا…",
        // the article's own opening mark ” counts as a quotation too
        "article marks | 45 | واجهت باكستان انتقادات، بسبب ما يُعرف بـ”اللعبة المزدوجة، أي دعم بعض الجماعات” وهي تحارب أخرى.    | واجهت باكستان انتقادات…",
        // no boundary before the limit: the first one after it
        "long clause   | 10 | تساعد باكستان الغرب في جهود مكافحة الإرهاب، وتطلب في المقابل أسلحة.                | تساعد باكستان الغرب في جهود مكافحة الإرهاب…",
        // a decimal point is no sentence end
        "decimal       | 30 | انخفضت المساعدات من 3.5 مليار دولار إلى أقل من مليار، لكنها استؤنفت جزئيًا في 2024. | انخفضت المساعدات من 3.5 مليار دولار إلى أقل من مليار…",
    })
    void endsAtABoundaryOutsideQuotations(String name, int max, String text, String expected) {
        assertEquals(expected, CrossLinker.shorten(text, max));
    }
}
