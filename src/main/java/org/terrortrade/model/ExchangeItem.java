package org.terrortrade.model;

import java.util.List;

/** One line of the aid-exchange ledger: something Pakistan gives, or receives, asks for or offers; its claim is {@code claim}. */
public record ExchangeItem(String item, String status, String amount, String period, String from, String computed, Claim claim,
        int line) {

    public String text() {
        return claim.text();
    }

    public List<Integer> cite() {
        return claim.cite();
    }
}
