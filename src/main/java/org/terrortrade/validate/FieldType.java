package org.terrortrade.validate;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/** The type a front-matter field must have. Each type checks a node and reports what is wrong in Arabic. */
public interface FieldType {

    /** Checks one value; reports through {@code report} and returns nothing. */
    void check(Node value, FieldCheck report);

    /** What an editor should write, in Arabic, for messages. */
    String describe();

    Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    Pattern PARTIAL_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** A non-empty line of text. */
    static FieldType text() {
        return new FieldType() {
            @Override
            public void check(Node value, FieldCheck report) {
                if (!(value instanceof ScalarNode scalar) || Tag.NULL.equals(scalar.getTag())) {
                    report.wrongType(value, this);
                } else if (scalar.getValue().isBlank()) {
                    report.problem(value, "empty-value", "الحقل فارغ", "اكتب قيمة الحقل أو احذفه إن كان اختياريًا");
                }
            }

            @Override
            public String describe() {
                return "نصًّا";
            }
        };
    }

    /** One of a fixed set of words. */
    static FieldType oneOf(Set<String> allowed) {
        return new FieldType() {
            @Override
            public void check(Node value, FieldCheck report) {
                if (!(value instanceof ScalarNode scalar)) {
                    report.wrongType(value, this);
                } else if (!allowed.contains(scalar.getValue())) {
                    report.problem(value, "not-allowed", "القيمة «" + scalar.getValue() + "» غير مسموح بها",
                            "اختر واحدة من: " + String.join("، ", allowed.stream().sorted().toList()));
                }
            }

            @Override
            public String describe() {
                return "واحدة من: " + String.join("، ", allowed.stream().sorted().toList());
            }
        };
    }

    /** A calendar date written yyyy-mm-dd that exists (2024-13-45 does not). */
    static FieldType date() {
        return new FieldType() {
            @Override
            public void check(Node value, FieldCheck report) {
                if (!(value instanceof ScalarNode scalar) || !ISO_DATE.matcher(scalar.getValue()).matches()) {
                    report.problem(value, "bad-date", "التاريخ ليس بالصيغة سنة-شهر-يوم",
                            "اكتب التاريخ هكذا: 2025-06-15 (أربعة أرقام للسنة، ثم الشهر، ثم اليوم)");
                    return;
                }
                try {
                    LocalDate.parse(scalar.getValue());
                } catch (DateTimeParseException e) {
                    report.problem(value, "bad-date", "التاريخ «" + scalar.getValue() + "» غير موجود في التقويم",
                            "الشهر من 01 إلى 12 واليوم لا يتجاوز عدد أيام الشهر، مثل 2025-06-15");
                }
            }

            @Override
            public String describe() {
                return "تاريخًا بالصيغة 2025-06-15";
            }
        };
    }

    /** An ASCII slug naming another file (an actor or a term): lower-case letters, digits and hyphens. */
    static FieldType slug() {
        return new FieldType() {
            @Override
            public void check(Node value, FieldCheck report) {
                if (!(value instanceof ScalarNode scalar) || !SLUG.matcher(scalar.getValue()).matches()) {
                    report.problem(value, "bad-slug", "المعرّف ليس بحروف لاتينية صغيرة وأرقام وشرطات",
                            "اكتب اسم الملف دون الامتداد، مثل isis-k");
                }
            }

            @Override
            public String describe() {
                return "معرّفًا مثل isis-k";
            }
        };
    }

    /** A year, a month or a day: 2015, 2015-01 or 2015-01-31, each of which must exist. */
    static FieldType partialDate() {
        return new FieldType() {
            @Override
            public void check(Node value, FieldCheck report) {
                String text = value instanceof ScalarNode scalar ? scalar.getValue() : "";
                if (!PARTIAL_DATE.matcher(text).matches()) {
                    report.problem(value, "bad-date", "التاريخ ليس بالصيغة سنة أو سنة-شهر أو سنة-شهر-يوم",
                            "اكتب 2015 أو 2015-01 أو 2015-01-31");
                    return;
                }
                try {
                    String full = text.length() == 4 ? text + "-01-01" : text.length() == 7 ? text + "-01" : text;
                    LocalDate.parse(full);
                } catch (DateTimeParseException e) {
                    report.problem(value, "bad-date", "التاريخ «" + text + "» غير موجود في التقويم",
                            "الشهر من 01 إلى 12 واليوم لا يتجاوز عدد أيام الشهر");
                }
            }

            @Override
            public String describe() {
                return "تاريخًا مثل 2015 أو 2015-01";
            }
        };
    }

    /** true or false. */
    static FieldType bool() {
        return new FieldType() {
            @Override
            public void check(Node value, FieldCheck report) {
                if (!(value instanceof ScalarNode scalar) || !Tag.BOOL.equals(scalar.getTag())) {
                    report.wrongType(value, this);
                }
            }

            @Override
            public String describe() {
                return "true أو false";
            }
        };
    }

    /** A whole number, optionally within bounds. */
    static FieldType integer(long min, long max) {
        return new FieldType() {
            @Override
            public void check(Node value, FieldCheck report) {
                if (!(value instanceof ScalarNode scalar) || !Tag.INT.equals(scalar.getTag())) {
                    report.wrongType(value, this);
                    return;
                }
                long n = Long.parseLong(scalar.getValue().replace("_", ""));
                if (n < min || n > max) {
                    report.problem(value, "out-of-range", "العدد " + n + " خارج المدى المسموح",
                            "اكتب عددًا من " + min + " إلى " + max);
                }
            }

            @Override
            public String describe() {
                return "عددًا صحيحًا";
            }
        };
    }

    /** A YAML list whose items all have one type; {@code allowEmpty} says whether [] is fine. */
    static FieldType listOf(FieldType item, boolean allowEmpty) {
        return new FieldType() {
            @Override
            public void check(Node value, FieldCheck report) {
                if (!(value instanceof SequenceNode sequence)) {
                    report.wrongType(value, this);
                    return;
                }
                if (!allowEmpty && sequence.getValue().isEmpty()) {
                    report.problem(value, "empty-list", "القائمة فارغة", "أضف عنصرًا واحدًا على الأقل، أو احذف الحقل إن كان اختياريًا");
                }
                for (Node child : sequence.getValue()) {
                    item.check(child, report);
                }
            }

            @Override
            public String describe() {
                return "قائمة من " + item.describe() + " (مثل [1, 2] أو عناصر تبدأ بـ«- »)";
            }
        };
    }

    /** A nested mapping checked against its own schema (e.g. one relation of an actor). */
    static FieldType record(Schema schema) {
        return new FieldType() {
            @Override
            public void check(Node value, FieldCheck report) {
                if (!(value instanceof MappingNode mapping)) {
                    report.wrongType(value, this);
                    return;
                }
                schema.check(mapping, report);
            }

            @Override
            public String describe() {
                return "مجموعة حقول (" + String.join("، ", schema.fieldNames()) + ")";
            }
        };
    }
}
