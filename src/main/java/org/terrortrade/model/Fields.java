package org.terrortrade.model;

import java.util.ArrayList;
import java.util.List;

import org.terrortrade.content.FrontMatter;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Read access to one validated mapping of the front matter (the file's top level or one list item), keeping the
 * line of every value. Validation has already guaranteed the shapes, so absent optional fields read as null/empty.
 */
public final class Fields {
    private final MappingNode mapping;
    private final FrontMatter frontMatter;

    Fields(MappingNode mapping, FrontMatter frontMatter) {
        this.mapping = mapping;
        this.frontMatter = frontMatter;
    }

    public static Fields top(FrontMatter frontMatter) {
        return new Fields(frontMatter.root(), frontMatter);
    }

    public int line() {
        return frontMatter.line(mapping);
    }

    Node node(String key) {
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                return tuple.getValueNode();
            }
        }
        return null;
    }

    public int line(String key) {
        Node node = node(key);
        return node == null ? line() : frontMatter.line(node);
    }

    /** The line of every field of this mapping. */
    public java.util.Map<String, Integer> lines() {
        java.util.Map<String, Integer> lines = new java.util.LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode k) {
                lines.put(k.getValue(), frontMatter.line(tuple.getKeyNode()));
            }
        }
        return lines;
    }

    public String text(String key) {
        return node(key) instanceof ScalarNode scalar ? scalar.getValue() : null;
    }

    public List<String> texts(String key) {
        List<String> values = new ArrayList<>();
        if (node(key) instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                if (item instanceof ScalarNode scalar) {
                    values.add(scalar.getValue());
                }
            }
        }
        return List.copyOf(values);
    }

    public List<Integer> ints(String key) {
        return texts(key).stream().map(Integer::valueOf).toList();
    }

    /** The items of a list of mappings. */
    public List<Fields> records(String key) {
        List<Fields> records = new ArrayList<>();
        if (node(key) instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                if (item instanceof MappingNode itemMapping) {
                    records.add(new Fields(itemMapping, frontMatter));
                }
            }
        }
        return records;
    }

    public Fields record(String key) {
        return node(key) instanceof MappingNode m ? new Fields(m, frontMatter) : null;
    }

    /** This mapping as a claim; {@code text} is the statement's words (for figures, made of several fields). */
    public Claim claim(String text) {
        return new Claim(text, ints("cite"), text("voice"), text("by"), text("checked"), text("note"), line());
    }

    public Claim claim() {
        return claim(text("text"));
    }
}
