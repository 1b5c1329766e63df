package org.terrortrade.provenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The text operations behind the quotation and hedge checks, on the article's own sentences. */
@Tag("unit")
class ClaimTextTest {
    private static final String P4 = "وعلى الرغم من تعرضها لضغوط من السلطات الأفغانية والباكستانية، فإنها “لا تزال تمتلك القدرة والنية للهجوم دون سابق إنذار”.";
    private static final String P2 = "لكنها واجهت انتقادات بسبب ما يُعرف بـ”اللعبة المزدوجة”، أي دعم بعض الجماعات الإرهابية وهي تحارب أخرى.";

    @Test
    void findsQuotationsInBothStyles() {
        assertEquals(List.of("وثيق", "اللعبة المزدوجة"), ClaimText.quotations("وصفه بأنه «وثيق» و“اللعبة المزدوجة”"));
        assertEquals(List.of("اللعبة المزدوجة"), ClaimText.quotations(P2), "the article also opens with ”");
        assertEquals(List.of("بأنه", "هنا"), ClaimText.words(ClaimText.outsideQuotations(" بأنه «وثيق» هنا")));
    }

    @Test
    void aQuotationOccursWordForWordTashkeelAndTatweelAside() {
        assertTrue(ClaimText.occursIn("لا تزال تمتلك القدرة والنية", P4));
        assertTrue(ClaimText.occursIn("لا تزال تمتلك… دون سابق إنذار", P4), "an ellipsis joins pieces in order");
        assertTrue(ClaimText.occursIn("ما يعرف باللعبة المزدوجة", P2), "tashkeel, tatweel and quotation marks aside");
        assertTrue(ClaimText.occursIn("اللعبة المزدوجة", P2), "a glued proclitic before the first word");
    }

    @Test
    void aChangedWordOrOrderIsNotTheQuotation() {
        assertFalse(ClaimText.occursIn("لا تزال تملك القدرة والنية", P4), "a changed word");
        assertFalse(ClaimText.occursIn("دون سابق إنذار… لا تزال تمتلك", P4), "pieces out of order");
        assertFalse(ClaimText.occursIn("لعبة المزدوجة", P2), "part of a word is not a word");
        assertFalse(ClaimText.occursIn("القدرة والنية للهجوم فورًا", P4));
    }

    @Test
    void aHedgeGovernsItsClauseAndWhatFollowsNotWhatCameBefore() {
        String p5 = "في عام 2024، أدى هجوم موسكو الذي نفذه داعش إلى تجديد الاهتمام الدولي، حيث أكدت الولايات المتحدة حاجتها لشراكة باكستانية";
        String scope = ClaimText.scopeOf(p5, "أكدت", List.of());
        assertTrue(scope.contains("حاجتها لشراكة"), scope);
        assertFalse(scope.contains("موسكو"), scope);
        String p3 = "حيث اتهمت باكستان بدعم الطالبان الأفغانية، في حين تحارب جماعات مثل تحريك طالبان باكستان";
        assertFalse(ClaimText.scopeOf(p3, "اتهمت", List.of()).contains("تحارب"), "«في حين» opens a new statement");
        String p9 = "وقد قدمت باكستان مؤخرًا للحكومات الأجنبية ما وصفته بأدلة جديدة، وتريد منها الضغط على الهند لوقف هذا النشاط المزعوم";
        assertFalse(ClaimText.scopeOf(p9, "وصف", List.of("المزعوم")).contains("الضغط"), "another hedge governs its own clause");
        assertTrue(ClaimText.hasWordStarting("ما وصفته بأدلة جديدة", "وصف"));
        assertFalse(ClaimText.hasWordStarting("استعداد متعدد", "تعد"), "inside a word is not a hedge");
    }

    @Test
    void contentWordsFoldArticleProcliticAndSpelling() {
        assertTrue(ClaimText.contentWords("والإرهابية").contains("ارهابيه"), ClaimText.contentWords("والإرهابية").toString());
        assertTrue(ClaimText.contentWords("وحوالات").containsAll(ClaimText.contentWords("الحوالات")));
        assertFalse(ClaimText.contentWords("في من على التي").iterator().hasNext(), "function words carry no claim");
        assertEquals(List.of("تجارة", "الإرهاب"), ClaimText.words("«تجارة الإرهاب»"));
    }
}
