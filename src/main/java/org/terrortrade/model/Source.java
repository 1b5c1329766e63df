package org.terrortrade.model;

import java.util.List;

/** A source the article names, and the claim it attributes to it. */
public record Source(String name, String en, String kind, String actor, Claim claim, int line) {

    public String kindLabel() {
        return switch (kind) {
            case "institution" -> "مؤسسة بحثية";
            case "government" -> "جهة حكومية";
            case "official" -> "مسؤول";
            case "report" -> "تقارير";
            case "statement" -> "تصريح أو بيان";
            default -> kind;
        };
    }

    public List<Integer> cite() {
        return claim.cite();
    }
}
