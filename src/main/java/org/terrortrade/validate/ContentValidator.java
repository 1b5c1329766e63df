package org.terrortrade.validate;

import org.terrortrade.schema.FieldCheck;
import org.terrortrade.schema.Schema;
import org.terrortrade.schema.Typos;
import org.terrortrade.types.ContentTypes;
import java.util.List;

import org.terrortrade.problem.EditorText;
import org.terrortrade.problem.Problems;
import org.terrortrade.content.SourceFile;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Step 2 of the pipeline: checks every loaded file's front matter against the schema of its type. */
public final class ContentValidator {
    private final ContentTypes types;

    public ContentValidator(ContentTypes types) {
        this.types = types;
    }

    public void validate(List<SourceFile> files, Problems problems) {
        java.util.Map<String, String> singletons = new java.util.HashMap<>();
        for (SourceFile file : files) {
            validate(file, problems);
            if (types.isSingleton(file.type())) {
                String first = singletons.putIfAbsent(file.type(), file.path());
                if (first != null) {
                    problems.report(file.path(), file.frontMatter().keyLine("type"), "duplicate-type", "duplicate-type", file.type(), first);
                }
            }
        }
    }

    public void validate(SourceFile file, Problems problems) {
        FieldCheck check = new FieldCheck(file.path(), file.frontMatter(), problems, null);
        Node typeNode = file.frontMatter().node("type").orElse(null);
        if (typeNode == null) {
            problems.report(file.path(), 1, "missing-type", "missing-type", String.join(EditorText.text("list.separator"), types.names()));
            return;
        }
        String type = typeNode instanceof ScalarNode scalar ? scalar.getValue() : "";
        Schema schema = types.schema(type);
        if (schema == null) {
            String suggestion = Typos.closest(type, types.names());
            problems.report(file.path(), file.frontMatter().line(typeNode), "unknown-type",
                    suggestion == null ? "unknown-type" : "unknown-type.suggestion", type,
                    String.join(EditorText.text("list.separator"), types.names()), suggestion);
            return;
        }
        schema.check(file.frontMatter().root(), check);
        if (!types.hasBody(type) && !file.body().isBlank()) {
            String body = file.body();
            int firstText = file.bodyFirstLine() + (int) body.substring(0, body.indexOf(body.strip())).chars().filter(c -> c == '\n').count();
            problems.report(file.path(), firstText, "body-not-allowed", "body-not-allowed", type);
        }
    }
}
