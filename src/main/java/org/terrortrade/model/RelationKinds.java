package org.terrortrade.model;

import java.util.List;
import java.util.Map;

/**
 * The relation kinds and their Arabic verbs. A relation's label is a verb that agrees with its subject's grammatical
 * gender and number (an actor's {@code grammar}: masculine, feminine or plural; non-human plurals such as «السلطات»
 * take the feminine) and keeps the relation's tense: {@code present} for what the article tells as current, {@code past}
 * for finished history.
 */
public final class RelationKinds {
    public static final List<String> GRAMMARS = List.of("masculine", "feminine", "plural");
    public static final List<String> TENSES = List.of("present", "past");

    /** Per kind: present masculine, feminine, plural; past masculine, feminine, plural. */
    private static final Map<String, String[]> VERBS = Map.ofEntries(
            Map.entry("ally", new String[] {"يتحالف مع", "تتحالف مع", "يتحالفون مع", "تحالف مع", "تحالفت مع", "تحالفوا مع"}),
            Map.entry("cooperates", new String[] {"يتعاون مع", "تتعاون مع", "يتعاونون مع", "تعاون مع", "تعاونت مع", "تعاونوا مع"}),
            Map.entry("supports", new String[] {"يدعم", "تدعم", "يدعمون", "دعم", "دعمت", "دعموا"}),
            Map.entry("supplies", new String[] {"يزوّد", "تزوّد", "يزوّدون", "زوّد", "زوّدت", "زوّدوا"}),
            Map.entry("asks", new String[] {"يطلب من", "تطلب من", "يطلبون من", "طلب من", "طلبت من", "طلبوا من"}),
            Map.entry("pressures", new String[] {"يضغط على", "تضغط على", "يضغطون على", "ضغط على", "ضغطت على", "ضغطوا على"}),
            Map.entry("accuses", new String[] {"يتهم", "تتهم", "يتهمون", "اتهم", "اتهمت", "اتهموا"}),
            Map.entry("fights", new String[] {"يقاتل", "تقاتل", "يقاتلون", "قاتل", "قاتلت", "قاتلوا"}),
            Map.entry("attacks", new String[] {"يهاجم", "تهاجم", "يهاجمون", "هاجم", "هاجمت", "هاجموا"}),
            Map.entry("threatens", new String[] {"يهدد", "تهدد", "يهددون", "هدد", "هددت", "هددوا"}),
            Map.entry("adversary", new String[] {"يعادي", "تعادي", "يعادون", "عادى", "عادت", "عادوا"}),
            Map.entry("wary-of", new String[] {"يقلق من", "تقلق من", "يقلقون من", "قلق من", "قلقت من", "قلقوا من"}),
            Map.entry("leads", new String[] {"يقود", "تقود", "يقودون", "قاد", "قادت", "قادوا"}),
            Map.entry("speaks-for", new String[] {"يتحدث باسم", "تتحدث باسم", "يتحدثون باسم", "تحدث باسم", "تحدثت باسم", "تحدثوا باسم"}),
            Map.entry("part-of", new String[] {"جزء من", "جزء من", "جزء من", "كان جزءًا من", "كانت جزءًا من", "كانوا جزءًا من"}));

    /** Typed, directed relations from one actor to another, in the order editors see them listed. */
    public static final List<String> KINDS = List.of("ally", "cooperates", "supports", "supplies", "asks", "pressures",
            "accuses", "fights", "attacks", "threatens", "adversary", "wary-of", "leads", "speaks-for", "part-of");

    /** Verbal nouns naming each kind in the relations map's legend (the verbs above agree with a subject; these don't). */
    private static final Map<String, String> LEGEND = Map.ofEntries(
            Map.entry("ally", "تحالف"), Map.entry("cooperates", "تعاون"), Map.entry("supports", "دعم"),
            Map.entry("supplies", "تزويد"), Map.entry("asks", "طلب"), Map.entry("pressures", "ضغط"),
            Map.entry("accuses", "اتهام"), Map.entry("fights", "قتال"), Map.entry("attacks", "هجوم"),
            Map.entry("threatens", "تهديد"), Map.entry("adversary", "خصومة"), Map.entry("wary-of", "توجّس"),
            Map.entry("leads", "قيادة"), Map.entry("speaks-for", "نطق باسم"), Map.entry("part-of", "انتماء"));

    private RelationKinds() {
    }

    /** The verb of {@code kind} for a subject of {@code grammar}, in {@code tense}. */
    public static String label(String kind, String grammar, String tense) {
        String[] forms = VERBS.get(kind);
        if (forms == null) {
            throw new IllegalArgumentException("unknown relation kind " + kind);
        }
        int person = GRAMMARS.indexOf(grammar);
        if (person < 0) {
            throw new IllegalArgumentException("unknown grammar " + grammar);
        }
        return forms[("past".equals(tense) ? 3 : 0) + person];
    }

    /** A kind's short name for a legend: «اتهام», «قتال», «تحالف». */
    public static String legend(String kind) {
        return LEGEND.getOrDefault(kind, kind);
    }

    /** Hostile relations are drawn in the accent colour on the map. */
    public static boolean hostile(String kind) {
        return switch (kind) {
            case "accuses", "fights", "attacks", "threatens", "adversary", "wary-of", "pressures" -> true;
            default -> false;
        };
    }
}
