package org.terrortrade.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Tag("unit")
class AliasMatcherTest {

    private static AliasMatcher<String> matcher() {
        AliasMatcher<String> m = new AliasMatcher<>();
        m.add("باكستان", "pakistan");
        m.add("الطالبان", "taliban");
        m.add("تحريك طالبان باكستان", "ttp");
        m.add("حوالة", "hawala");
        m.add("الهند", "india");
        m.add("ISIS-K", "isis-k");
        m.add("أفغانستان", "afghanistan");
        m.add("الولايات المتحدة", "us");
        return m;
    }

    private static List<String> found(String text) {
        return matcher().find(text).stream().map(m -> text.substring(m.start(), m.end()) + "=" + m.target()).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"باكستان", "وباكستان", "بباكستان", "لباكستان", "فباكستان", "كباكستان", "وبباكستان"})
    void toleratesProclitics(String word) {
        assertEquals(List.of(word + "=pakistan"), found("قالت " + word + " ذلك"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"الطالبان", "والطالبان", "بالطالبان", "للطالبان", "فالطالبان", "وللطالبان", "كالطالبان"})
    void toleratesTheArticleAndLamAlifLam(String word) {
        assertEquals(List.of(word + "=taliban"), found("دعم " + word + " الأفغانية"));
    }

    @Test
    void toleratesSpellingVariants() {
        assertEquals(List.of("حواله=hawala"), found("عبر حواله"), "taa marbuta written as haa");
        assertEquals(List.of("حَوَالَة=hawala"), found("عبر حَوَالَة"), "tashkeel");
        assertEquals(List.of("حوالـــة=hawala"), found("عبر حوالـــة"), "tatweel");
        assertEquals(List.of("افغانستان=afghanistan"), found("في افغانستان"), "alef without hamza");
        assertEquals(List.of("إفغانستان=afghanistan"), found("في إفغانستان"), "alef with hamza below");
    }

    @Test
    void neverMatchesInsideALongerWord() {
        assertEquals(List.of(), found("الباكستانية والهندية والحوالات"));
        assertEquals(List.of(), found("باكستانيون"));
    }

    @Test
    void longestAliasWinsAndMultiWordAliasesMatchAcrossSpaces() {
        assertEquals(List.of("تحريك طالبان باكستان=ttp"), found("جماعات مثل تحريك طالبان باكستان التي"));
        assertEquals(List.of("للولايات المتحدة=us"), found("تريد للولايات المتحدة أن"));
        assertEquals(List.of("ISIS-K=isis-k"), found("في خوراسان (ISIS-K)."));
    }

    @Test
    void anAliasNamesOneThingOnly() {
        AliasMatcher<String> m = matcher();
        assertTrue(m.add("باكستان", "pakistan"), "the same alias for the same target is fine");
        assertEquals(false, m.add("باكستان", "pakistan-army"));
    }
}
