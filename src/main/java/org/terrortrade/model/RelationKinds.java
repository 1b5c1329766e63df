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

    private RelationKinds() {
    }

    public static String label(String kind) {
        return LABELS.getOrDefault(kind, kind);
    }

    /** Hostile relations are drawn in the accent colour on the map. */
    public static boolean hostile(String kind) {
        return switch (kind) {
            case "accuses", "fights", "attacks", "threatens", "adversary", "wary-of", "pressures" -> true;
            default -> false;
        };
    }
}
