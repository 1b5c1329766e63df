package org.terrortrade.model;

import java.util.Map;

/** Arabic names of the actor kinds, singular and plural (for the index headings). */
public final class ActorKinds {
    private static final Map<String, String[]> LABELS = Map.of(
            "state", new String[] {"دولة", "الدول"},
            "bloc", new String[] {"تكتل", "التكتلات"},
            "armed-group", new String[] {"جماعة مسلحة", "الجماعات المسلحة"},
            "institution", new String[] {"مؤسسة", "المؤسسات"},
            "person", new String[] {"شخصية", "الشخصيات"});

    private ActorKinds() {
    }

    public static String label(String kind) {
        return LABELS.containsKey(kind) ? LABELS.get(kind)[0] : kind;
    }

    public static String plural(String kind) {
        return LABELS.containsKey(kind) ? LABELS.get(kind)[1] : kind;
    }
}
