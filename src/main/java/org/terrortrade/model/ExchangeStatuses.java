package org.terrortrade.model;

import java.util.List;

import org.terrortrade.text.Messages;

/**
 * Where an item of the aid exchange stands, as the article tells it. The labels ({@code status.<status>} in the
 * bundles) are verbal nouns («طلب», «تخفيض»), which need no agreement with the item they describe.
 */
public final class ExchangeStatuses {
    /** The statuses, in the order the ledger's legend explains them. */
    public static final List<String> ALL = List.of("given", "requested", "offered", "considered", "reduced", "resumed");

    private ExchangeStatuses() {
    }

    public static String label(Messages messages, String status) {
        return messages.get("status." + status);
    }
}
