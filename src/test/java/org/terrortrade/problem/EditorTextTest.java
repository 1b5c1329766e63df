package org.terrortrade.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.terrortrade.text.Messages;

/** The editors' messages come in pairs from the bundle, worded with their arguments in place. */
@Tag("unit")
class EditorTextTest {

    @Test
    void everyMessageHasItsFixAndEveryFixItsMessage() {
        Set<String> messages = new TreeSet<>();
        Set<String> fixes = new TreeSet<>();
        for (String key : Messages.forLanguage("ar").all().keySet()) {
            if (key.startsWith("problem.") && key.endsWith(".message")) {
                messages.add(key.substring(0, key.length() - ".message".length()));
            } else if (key.startsWith("problem.") && key.endsWith(".fix")) {
                fixes.add(key.substring(0, key.length() - ".fix".length()));
            }
        }
        assertEquals(messages, fixes);
    }

    @Test
    void argumentsTakeTheirPlaces() {
        Problem problem = EditorText.problem("content/a.md", 3, "unsafe-attribute", "unsafe-attribute.braces", "onclick=x", "onclick",
                "dir و lang");
        assertEquals("content/a.md", problem.path());
        assertEquals(3, problem.line());
        assertEquals("«{onclick=x}» في آخر السطر تُقرأ خاصيةً «onclick» غير مسموح بها، ولن تظهر نصًّا", problem.message());
        assertEquals("إن أردت الأقواس نصًّا فاكتبها \\{onclick=x\\}؛ والخصائص المسموح بها فقط: dir و lang", problem.fix());
    }
}
