package org.terrortrade.model;

import java.util.Map;

/** Arabic labels of the relation kinds (the kinds themselves are listed in ContentTypes). */
public final class RelationKinds {
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("ally", "حليف لـ"), Map.entry("cooperates", "يتعاون مع"), Map.entry("supports", "يدعم"),
            Map.entry("supplies", "يزوّد"), Map.entry("asks", "يطلب من"), Map.entry("pressures", "يضغط على"),
            Map.entry("accuses", "يتهم"), Map.entry("fights", "يقاتل"), Map.entry("attacks", "يهاجم"),
            Map.entry("threatens", "يهدد"), Map.entry("adversary", "خصم لـ"), Map.entry("wary-of", "يقلق من"),
            Map.entry("leads", "يقود"), Map.entry("speaks-for", "متحدث باسم"), Map.entry("part-of", "جزء من"));

    /** Verbal nouns naming each kind in the relations map's legend (the verbs above agree with a subject; these don't). */
    private static final Map<String, String> LEGEND = Map.ofEntries(
            Map.entry("ally", "تحالف"), Map.entry("cooperates", "تعاون"), Map.entry("supports", "دعم"),
            Map.entry("supplies", "تزويد"), Map.entry("asks", "طلب"), Map.entry("pressures", "ضغط"),
            Map.entry("accuses", "اتهام"), Map.entry("fights", "قتال"), Map.entry("attacks", "هجوم"),
            Map.entry("threatens", "تهديد"), Map.entry("adversary", "خصومة"), Map.entry("wary-of", "توجّس"),
            Map.entry("leads", "قيادة"), Map.entry("speaks-for", "نطق باسم"), Map.entry("part-of", "انتماء"));

    private RelationKinds() {
    }

    public static String label(String kind) {
        return LABELS.getOrDefault(kind, kind);
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
