package org.terrortrade.validate;

import java.util.List;

import org.terrortrade.content.Problems;
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
                    problems.add(file.path(), file.frontMatter().keyLine("type"), "duplicate-type",
                            "الموقع فيه صفحة واحدة من النوع «" + file.type() + "» وهي " + first,
                            "غيّر نوع هذا الملف أو انقل محتواه إلى " + first);
                }
            }
        }
    }

    public void validate(SourceFile file, Problems problems) {
        FieldCheck check = new FieldCheck(file.path(), file.frontMatter(), problems, null);
        Node typeNode = file.frontMatter().node("type").orElse(null);
        if (typeNode == null) {
            problems.add(file.path(), 1, "missing-type", "الحقل «type» غير موجود في الترويسة",
                    "أضف سطرًا «type: …» واحدًا من: " + String.join("، ", types.names()));
            return;
        }
        String type = typeNode instanceof ScalarNode scalar ? scalar.getValue() : "";
        Schema schema = types.schema(type);
        if (schema == null) {
            String suggestion = Typos.closest(type, types.names());
            problems.add(file.path(), file.frontMatter().line(typeNode), "unknown-type", "نوع المحتوى «" + type + "» غير معروف",
                    (suggestion == null ? "" : "هل تقصد «" + suggestion + "»؟ ") + "الأنواع المعروفة: " + String.join("، ", types.names()));
            return;
        }
        schema.check(file.frontMatter().root(), check);
        if (!types.hasBody(type) && !file.body().isBlank()) {
            String body = file.body();
            int firstText = file.bodyFirstLine() + (int) body.substring(0, body.indexOf(body.strip())).chars().filter(c -> c == '\n').count();
            problems.add(file.path(), firstText, "body-not-allowed",
                    "ملف من النوع «" + type + "» لا نصّ له بعد الترويسة: كل ما يقوله ادعاءات مُحالة إلى فقرات المقال",
                    "انقل هذا النص إلى الترويسة ادعاءً (text وcite وvoice) في الحقل المناسب، أو احذفه");
        }
    }
}
