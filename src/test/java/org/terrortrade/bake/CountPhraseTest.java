package org.terrortrade.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import freemarker.template.Configuration;
import freemarker.template.Template;

/** The home page's counts agree with their number as Arabic grammar wants (templates/partials/count.ftlh). */
@Tag("unit")
class CountPhraseTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"1, مصطلح واحد", "2, مصطلحان", "3, 3 مصطلحات", "10, 10 مصطلحات", "11, 11 مصطلحًا", "43, 43 مصطلحًا",
            "99, 99 مصطلحًا", "100, 100 مصطلح", "102, 102 مصطلح", "103, 103 مصطلحات", "143, 143 مصطلحًا"})
    void countsTermsInArabic(int n, String expected) throws Exception {
        Configuration freemarker = new Configuration(Configuration.VERSION_2_3_34);
        freemarker.setDirectoryForTemplateLoading(new File("templates"));
        Template template = new Template("count-test.ftlh", new StringReader("<#import \"partials/count.ftlh\" as c>"
                + "<@c.count n=n one=\"مصطلح واحد\" two=\"مصطلحان\" few=\"مصطلحات\" many=\"مصطلحًا\" unit=\"مصطلح\"/>"), freemarker);
        StringWriter out = new StringWriter();
        template.process(Map.of("n", n), out);
        assertEquals(expected, out.toString().strip());
    }
}
