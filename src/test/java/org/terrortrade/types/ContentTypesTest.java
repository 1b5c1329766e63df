package org.terrortrade.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.terrortrade.text.Messages;

/** The registry against what the types need: a template for every page type, a section name for every type. */
@Tag("unit")
class ContentTypesTest {
    private final ContentTypes types = ContentTypes.standard();

    @Test
    void everyPageTypeHasItsTemplateAndEveryTypeItsSectionName() {
        Messages messages = Messages.forLanguage("ar");
        for (ContentType type : types.all()) {
            if (type.isPage()) {
                assertTrue(Files.isRegularFile(Path.of("templates", type.template())), type + ": templates/" + type.template());
            }
            assertTrue(messages.has(type.sectionKey()), type + ": " + type.sectionKey());
            if (type.parent() != null) {
                assertTrue(messages.has(type.parent().labelKey()), type + ": " + type.parent().labelKey());
            }
            assertTrue(type.schema().fieldNames().containsAll(List.of("type", "title", "date")), type + " has the common fields");
        }
    }

    @Test
    void aNameIsOneType() {
        assertThrows(IllegalArgumentException.class, () -> types.with(new PageType()));
        assertEquals(types.all().size() + 1, types.with(new BriefingType()).all().size());
        assertTrue(types.isSingleton("article") && !types.isSingleton("actor") && !types.isSingleton("nonsense"));
        assertTrue(types.hasBody("page") && !types.hasBody("term"));
    }
}
