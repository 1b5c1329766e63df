package org.terrortrade.schema;

import org.terrortrade.problem.EditorText;
import org.terrortrade.content.FrontMatter;
import org.terrortrade.problem.Problems;
import org.yaml.snakeyaml.nodes.Node;

/** Where a field check reports: the file, its front matter (for line numbers) and the field being checked. */
public final class FieldCheck {
    private final String path;
    private final FrontMatter frontMatter;
    private final Problems problems;
    private final String field;

    public FieldCheck(String path, FrontMatter frontMatter, Problems problems, String field) {
        this.path = path;
        this.frontMatter = frontMatter;
        this.problems = problems;
        this.field = field;
    }

    /** The same file, checking another (possibly nested) field. */
    public FieldCheck field(String name) {
        return new FieldCheck(path, frontMatter, problems, field == null ? name : field + "." + name);
    }

    public String fieldName() {
        return field;
    }

    public void problem(Node at, String key, String message, String fix) {
        problems.add(path, frontMatter.line(at), key, EditorText.text("problem.in-field", field, message), fix);
    }

    /** A problem of this field worded by {@code problem.<name>.message} and {@code .fix} with {@code args}. */
    public void report(Node at, String key, String name, Object... args) {
        problem(at, key, EditorText.text("problem." + name + ".message", args), EditorText.text("problem." + name + ".fix", args));
    }

    public void problemAtLine(int line, String key, String message, String fix) {
        problems.add(path, line, key, message, fix);
    }

    /** A problem at {@code line}, not of one field, worded by {@code problem.<name>.*} with {@code args}. */
    public void problemAtLine(int line, String key, String name, Object... args) {
        problems.report(path, line, key, name, args);
    }

    public int line(Node node) {
        return frontMatter.line(node);
    }

    public void wrongType(Node at, String expected) {
        report(at, "wrong-type", "wrong-type", expected);
    }
}
