package org.terrortrade.model;

import java.util.List;
import java.util.Map;

/**
 * Where an item of the aid exchange stands, as the article tells it. The labels are verbal nouns («طلب», «تخفيض»),
 * which need no agreement with the item they describe, whatever its gender or number.
 */
public final class ExchangeStatuses {
    private static final Map<String, String> LABELS = Map.of(
            "given", "تقديم",
            "requested", "طلب",
            "offered", "عرض",
            "considered", "قيد النظر",
            "reduced", "تخفيض",
            "resumed", "استئناف جزئي");

    /** The statuses, in the order the ledger's legend explains them. */
    public static final List<String> ALL = List.of("given", "requested", "offered", "considered", "reduced", "resumed");

    private ExchangeStatuses() {
    }

    public static String label(String status) {
        return LABELS.getOrDefault(status, status);
    }
}
