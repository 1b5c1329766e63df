package org.terrortrade.model;

import java.util.List;

/** A source the article cites, and where. */
public record Source(String name, String en, String kind, String actor, String note, List<Integer> cite, int line) {

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
}
