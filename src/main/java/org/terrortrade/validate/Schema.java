package org.terrortrade.validate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** The fields a mapping may have: which are required, their types; any other field is reported as a likely typo. */
public final class Schema {
    private record Field(FieldType type, boolean required) {
    }

    private final Map<String, Field> fields = new LinkedHashMap<>();

    public Schema required(String name, FieldType type) {
        fields.put(name, new Field(type, true));
        return this;
    }

    public Schema optional(String name, FieldType type) {
        fields.put(name, new Field(type, false));
        return this;
    }

    /** A copy with more fields, for types that extend a common base. */
    public Schema extend() {
        Schema copy = new Schema();
        copy.fields.putAll(fields);
        return copy;
    }

    public List<String> fieldNames() {
        return List.copyOf(fields.keySet());
    }

    /** Checks a mapping: unknown fields, missing required fields, then each value's type. */
    public void check(MappingNode mapping, FieldCheck report) {
        Map<String, NodeTuple> present = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                report.problemAtLine(report.line(tuple.getKeyNode()), "bad-key", "اسم حقل غير صالح", "اسم الحقل كلمة لاتينية مثل title");
                continue;
            }
            String name = key.getValue();
            present.put(name, tuple);
            if (!fields.containsKey(name)) {
                String prefix = report.fieldName() == null ? "" : "«" + report.fieldName() + "»: ";
                String suggestion = Typos.closest(name, fields.keySet());
                report.problemAtLine(report.line(key), "unknown-field", prefix + "حقل غير معروف «" + name + "»",
                        suggestion == null
                                ? "احذفه، فالحقول المعروفة هنا: " + String.join("، ", fields.keySet())
                                : "هل تقصد «" + suggestion + "»؟ صحّح اسم الحقل أو احذفه");
            }
        }
        fields.forEach((name, field) -> {
            NodeTuple tuple = present.get(name);
            if (tuple == null) {
                if (field.required()) {
                    String where = report.fieldName() == null ? "" : " في «" + report.fieldName() + "»";
                    report.problemAtLine(report.line(mapping), "missing-field", "الحقل المطلوب «" + name + "» غير موجود" + where,
                            "أضف سطرًا «" + name + ": …» قيمته " + field.type().description());
                }
            } else {
                field.type().check(tuple.getValueNode(), report.field(name));
            }
        });
    }
}
