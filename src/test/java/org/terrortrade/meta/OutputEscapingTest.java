package org.terrortrade.meta;

import org.terrortrade.page.Json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

/** Every XML and JSON output stays well-formed whatever a field holds, and JSON objects have one defined order. */
@Tag("unit")
class OutputEscapingTest {

    @Test
    void xmlTextWithControlCharactersAndLoneSurrogatesStaysWellFormed() throws Exception {
        String hostile = "عنوان\u0007\u001b[2J & <b> \"x\" \ud800 😀";
        String xml = "<?xml version=\"1.0\"?><t>" + SiteFiles.escape(hostile) + "</t>";
        String parsed = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(xml)))
                .getDocumentElement().getTextContent();
        assertEquals("عنوان\ufffd\ufffd[2J & <b> \"x\" \ufffd 😀", parsed);
    }

    @Test
    void jsonObjectsHaveADefinedKeyOrderWhateverMapTheyCameFrom() {
        Map<String, Object> ordered = new LinkedHashMap<>();
        ordered.put("z", 1);
        ordered.put("a", 2);
        assertEquals("{\"z\":1,\"a\":2}", Json.write(ordered), "insertion order is kept where there is one");
        // Map.of iterates in an order each JVM picks afresh: written sorted, "@" keys first, so every process agrees.
        assertEquals("{\"@type\":\"ImageObject\",\"height\":630,\"url\":\"u\",\"width\":1200}",
                Json.write(Map.of("width", 1200, "url", "u", "@type", "ImageObject", "height", 630)));
        assertEquals("\"\\u0007\\u001b\"", Json.write("\u0007\u001b"));
    }
}
