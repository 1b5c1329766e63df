package org.terrortrade.validate;

import org.terrortrade.content.FrontMatter;
import org.terrortrade.content.Problems;
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
        problems.add(path, frontMatter.line(at), key, "الحقل «" + field + "»: " + message, fix);
    }

    public void problemAtLine(int line, String key, String message, String fix) {
        problems.add(path, line, key, message, fix);
    }

    public int line(Node node) {
        return frontMatter.line(node);
    }

    public void wrongType(Node at, String expected) {
        problem(at, "wrong-type", "نوع القيمة غير صحيح", "يجب أن تكون القيمة " + expected);
    }
}
