package org.terrortrade.validate;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The type a front-matter field must have: what an editor should write (in Arabic, for messages) and the check of
 * one value, which reports what is wrong through a {@link FieldCheck}.
 *
 * @param description what an editor should write, e.g. «تاريخًا بالصيغة 2025-06-15»
 * @param check       checks one value and reports problems
 */
public record FieldType(String description, BiConsumer<Node, FieldCheck> check) {

    static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    static final Pattern PARTIAL_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** Checks one value; reports through {@code report}. */
    public void check(Node value, FieldCheck report) {
        check.accept(value, report);
    }

    /** A non-empty line of text. */
    public static FieldType text() {
        String description = "نصًّا";
        return new FieldType(description, (value, report) -> {
            if (!(value instanceof ScalarNode scalar) || Tag.NULL.equals(scalar.getTag())) {
                report.wrongType(value, description);
            } else if (scalar.getValue().isBlank()) {
                report.problem(value, "empty-value", "الحقل فارغ", "اكتب قيمة الحقل أو احذفه إن كان اختياريًا");
            }
        });
    }

    /** One of a fixed set of words. */
    public static FieldType oneOf(Set<String> allowed) {
        String choices = String.join("، ", allowed.stream().sorted().toList());
        String description = "واحدة من: " + choices;
        return new FieldType(description, (value, report) -> {
            if (!(value instanceof ScalarNode scalar)) {
                report.wrongType(value, description);
            } else if (!allowed.contains(scalar.getValue())) {
                report.problem(value, "not-allowed", "القيمة «" + scalar.getValue() + "» غير مسموح بها", "اختر واحدة من: " + choices);
            }
        });
    }

    /** A calendar date written yyyy-mm-dd that exists (2024-13-45 does not). */
    public static FieldType date() {
        return new FieldType("تاريخًا بالصيغة 2025-06-15", (value, report) -> {
            if (!(value instanceof ScalarNode scalar) || !ISO_DATE.matcher(scalar.getValue()).matches()) {
                report.problem(value, "bad-date", "التاريخ ليس بالصيغة سنة-شهر-يوم",
                        "اكتب التاريخ هكذا: 2025-06-15 (أربعة أرقام للسنة، ثم الشهر، ثم اليوم)");
            } else if (!exists(scalar.getValue())) {
                report.problem(value, "bad-date", "التاريخ «" + scalar.getValue() + "» غير موجود في التقويم",
                        "الشهر من 01 إلى 12 واليوم لا يتجاوز عدد أيام الشهر، مثل 2025-06-15");
            }
        });
    }

    /** A year, a month or a day: 2015, 2015-01 or 2015-01-31, each of which must exist. */
    public static FieldType partialDate() {
        return new FieldType("تاريخًا مثل 2015 أو 2015-01", (value, report) -> {
            String text = value instanceof ScalarNode scalar ? scalar.getValue() : "";
            if (!PARTIAL_DATE.matcher(text).matches()) {
                report.problem(value, "bad-date", "التاريخ ليس بالصيغة سنة أو سنة-شهر أو سنة-شهر-يوم", "اكتب 2015 أو 2015-01 أو 2015-01-31");
            } else if (!exists(text.length() == 4 ? text + "-01-01" : text.length() == 7 ? text + "-01" : text)) {
                report.problem(value, "bad-date", "التاريخ «" + text + "» غير موجود في التقويم",
                        "الشهر من 01 إلى 12 واليوم لا يتجاوز عدد أيام الشهر");
            }
        });
    }

    /** An ASCII slug naming another file (an actor or a term): lower-case letters, digits and hyphens. */
    public static FieldType slug() {
        return new FieldType("معرّفًا مثل isis-k", (value, report) -> {
            if (!(value instanceof ScalarNode scalar) || !SLUG.matcher(scalar.getValue()).matches()) {
                report.problem(value, "bad-slug", "المعرّف ليس بحروف لاتينية صغيرة وأرقام وشرطات", "اكتب اسم الملف دون الامتداد، مثل isis-k");
            }
        });
    }

    /** true or false. */
    public static FieldType bool() {
        String description = "true أو false";
        return new FieldType(description, (value, report) -> {
            if (!(value instanceof ScalarNode scalar) || !Tag.BOOL.equals(scalar.getTag())) {
                report.wrongType(value, description);
            }
        });
    }

    /** A whole number within bounds. */
    public static FieldType integer(long min, long max) {
        String description = "عددًا صحيحًا";
        return new FieldType(description, (value, report) -> {
            if (!(value instanceof ScalarNode scalar) || !Tag.INT.equals(scalar.getTag())) {
                report.wrongType(value, description);
                return;
            }
            long n = Long.parseLong(scalar.getValue().replace("_", ""));
            if (n < min || n > max) {
                report.problem(value, "out-of-range", "العدد " + n + " خارج المدى المسموح", "اكتب عددًا من " + min + " إلى " + max);
            }
        });
    }

    /** A YAML list whose items all have one type; {@code allowEmpty} says whether [] is fine. */
    public static FieldType listOf(FieldType item, boolean allowEmpty) {
        String description = "قائمة من " + item.description() + " (مثل [1, 2] أو عناصر تبدأ بـ«- »)";
        return new FieldType(description, (value, report) -> {
            if (!(value instanceof SequenceNode sequence)) {
                report.wrongType(value, description);
                return;
            }
            if (!allowEmpty && sequence.getValue().isEmpty()) {
                report.problem(value, "empty-list", "القائمة فارغة", "أضف عنصرًا واحدًا على الأقل، أو احذف الحقل إن كان اختياريًا");
            }
            for (Node child : sequence.getValue()) {
                item.check(child, report);
            }
        });
    }

    /** A nested mapping checked against its own schema (e.g. one relation of an actor). */
    public static FieldType record(Schema schema) {
        String description = "مجموعة حقول (" + String.join("، ", schema.fieldNames()) + ")";
        return new FieldType(description, (value, report) -> {
            if (value instanceof MappingNode mapping) {
                schema.check(mapping, report);
            } else {
                report.wrongType(value, description);
            }
        });
    }

    private static boolean exists(String isoDate) {
        try {
            LocalDate.parse(isoDate);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
