package org.terrortrade.model;

import java.util.List;

/**
 * Where an item of the aid exchange stands, as the article tells it. Their names are interface text
 * ({@code words.ModelWords}).
 */
public final class ExchangeStatuses {
    /** The statuses, in the order the ledger's legend explains them. */
    public static final List<String> ALL = List.of("given", "requested", "offered", "considered", "reduced", "resumed");

    private ExchangeStatuses() {
    }
}
