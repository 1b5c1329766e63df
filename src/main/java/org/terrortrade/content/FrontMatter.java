package org.terrortrade.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A file's YAML front matter as SnakeYAML's node tree, so that every field keeps the line it was written on.
 * Values are converted to plain Java (String, Long, Double, Boolean, List, Map) only when asked for.
 */
public final class FrontMatter {
    private final MappingNode root;
    private final int firstLine;
    private final Map<String, NodeTuple> fields = new LinkedHashMap<>();

    /**
     * @param root      the mapping at the top of the front matter
     * @param firstLine the file line on which the YAML text starts (line 2 when {@code ---} is line 1)
     */
    public FrontMatter(MappingNode root, int firstLine) {
        this.root = root;
        this.firstLine = firstLine;
        for (NodeTuple tuple : root.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key) {
                fields.putIfAbsent(key.getValue(), tuple);
            }
        }
    }

    public static FrontMatter empty(int firstLine) {
        return new FrontMatter(new MappingNode(Tag.MAP, List.of(), org.yaml.snakeyaml.DumperOptions.FlowStyle.AUTO), firstLine);
    }

    public MappingNode root() {
        return root;
    }

    public Optional<Node> node(String key) {
        return Optional.ofNullable(fields.get(key)).map(NodeTuple::getValueNode);
    }

    /** The file line of a field's key, or of the front matter's start when the field is absent. */
    public int keyLine(String key) {
        NodeTuple tuple = fields.get(key);
        return tuple == null ? firstLine - 1 : line(tuple.getKeyNode());
    }

    /** The file line on which a node starts. */
    public int line(Node node) {
        return node.getStartMark() == null ? firstLine - 1 : firstLine + node.getStartMark().getLine();
    }

    /** The text of a scalar field, or empty when absent or not a scalar. */
    public Optional<String> text(String key) {
        return node(key).filter(ScalarNode.class::isInstance).map(n -> ((ScalarNode) n).getValue());
    }

    /** Every field converted to plain Java values, in the order written. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        fields.forEach((key, tuple) -> map.put(key, toJava(tuple.getValueNode())));
        return map;
    }

    /** Converts a node the way YAML 1.1 core resolves it, but keeps dates as the text the editor wrote. */
    public static Object toJava(Node node) {
        if (node instanceof ScalarNode scalar) {
            String text = scalar.getValue();
            Tag tag = scalar.getTag();
            if (Tag.NULL.equals(tag)) {
                return null;
            } else if (Tag.BOOL.equals(tag)) {
                return Boolean.valueOf(text.equalsIgnoreCase("true") || text.equalsIgnoreCase("yes") || text.equalsIgnoreCase("on"));
            } else if (Tag.INT.equals(tag)) {
                try {
                    return Long.valueOf(text.replace("_", ""));
                } catch (NumberFormatException e) {
                    return text;
                }
            } else if (Tag.FLOAT.equals(tag)) {
                try {
                    return Double.valueOf(text.replace("_", ""));
                } catch (NumberFormatException e) {
                    return text;
                }
            }
            return text;
        } else if (node instanceof SequenceNode sequence) {
            List<Object> list = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                list.add(toJava(item));
            }
            return list;
        } else if (node instanceof MappingNode mapping) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                String key = tuple.getKeyNode() instanceof ScalarNode k ? k.getValue() : String.valueOf(toJava(tuple.getKeyNode()));
                map.put(key, toJava(tuple.getValueNode()));
            }
            return map;
        }
        return null;
    }
}
