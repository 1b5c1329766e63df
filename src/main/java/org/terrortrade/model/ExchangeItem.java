package org.terrortrade.model;

import java.util.List;

/** One line of the aid-exchange ledger: something Pakistan gives, or receives or asks for. */
public record ExchangeItem(String item, String detail, String status, String amount, String period, String from, String computed,
        List<Integer> cite, int line) {

    public String statusLabel() {
        return switch (status) {
            case "given" -> "قُدِّم";
            case "requested" -> "مطلوب";
            case "considered" -> "قيد النظر";
            case "reduced" -> "خُفِّض";
            case "resumed" -> "استؤنف جزئيًا";
            default -> status;
        };
    }
}
