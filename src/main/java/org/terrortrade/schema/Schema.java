package org.terrortrade.schema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.terrortrade.problem.EditorText;
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
                report.problemAtLine(report.line(tuple.getKeyNode()), "bad-key", "bad-key");
                continue;
            }
            String name = key.getValue();
            present.put(name, tuple);
            if (!fields.containsKey(name)) {
                String suggestion = Typos.closest(name, fields.keySet());
                String variant = suggestion == null ? "unknown-field" : "unknown-field.suggestion";
                String message = EditorText.text("problem." + variant + ".message", name);
                report.problemAtLine(report.line(key), "unknown-field",
                        report.fieldName() == null ? message : EditorText.text("problem.in-mapping", report.fieldName(), message),
                        EditorText.text("problem." + variant + ".fix", name,
                                suggestion == null ? String.join(EditorText.text("list.separator"), fields.keySet()) : suggestion));
            }
        }
        fields.forEach((name, field) -> {
            NodeTuple tuple = present.get(name);
            if (tuple == null) {
                if (field.required()) {
                    report.problemAtLine(report.line(mapping), "missing-field",
                            report.fieldName() == null ? "missing-field" : "missing-field.in", name, report.fieldName(), field.type().description());
                }
            } else {
                field.type().check(tuple.getValueNode(), report.field(name));
            }
        });
    }
}
