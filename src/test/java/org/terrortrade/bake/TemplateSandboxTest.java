package org.terrortrade.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.terrortrade.TestProject;
import org.terrortrade.problem.BuildFailedException;
import org.terrortrade.problem.Problem;

import freemarker.template.Configuration;
import freemarker.template.TemplateException;

/**
 * Templates come in pull requests too, so they run sandboxed: no class can be named from a template ({@code ?new},
 * {@code ?api}, {@code ObjectConstructor}, static models) and Java objects show only the site's own methods. Each
 * attempt below would otherwise create a marker file (or reach a class or class loader); each must fail at its
 * line and leave no marker.
 */
class TemplateSandboxTest {

    /** What a template sees: an object of the site's own, like {@code page}. */
    public record Shown(String title) {
    }

    @TempDir
    Path folder;

    private TemplateException refused(String line2) throws IOException {
        Path templates = Files.createDirectories(folder.resolve("templates"));
        Files.writeString(templates.resolve("attempt.ftlh"), "<p>${page.title}</p>\n" + line2 + "\n", StandardCharsets.UTF_8);
        Configuration freemarker = SiteTemplates.configuration(templates.toFile());
        return assertThrows(TemplateException.class, () -> freemarker.getTemplate("attempt.ftlh")
                .process(Map.of("page", new Shown("عنوان")), new StringWriter()), line2);
    }

    @Tag("unit")
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "<#assign run = \"freemarker.template.utility.Execute\"?new()>${run(\"touch MARKER\")}",
        "<#assign make = \"freemarker.template.utility.ObjectConstructor\"?new()>${make(\"java.io.FileOutputStream\", \"MARKER\")}",
        "${page?api.getClass().forName(\"java.lang.Runtime\").getRuntime().exec(\"touch MARKER\")}",
        "${page.class.forName(\"java.lang.Runtime\")}",
        "${page.getClass().getProtectionDomain().getCodeSource()}",
        "${statics[\"java.lang.Runtime\"].getRuntime().exec(\"touch MARKER\")}",
        "${enums[\"java.lang.Thread$State\"]}",
        "<#assign j = \"freemarker.template.utility.JythonRuntime\"?new()><@j>open('MARKER', 'w')</@j>",
    })
    void eachWayOutOfTheTemplateIsRefusedAtItsLine(String attempt) throws IOException {
        String marker = folder.resolve("MARKER").toString();
        TemplateException error = refused(attempt.replace("MARKER", marker));
        assertEquals(2, error.getLineNumber(), error::getMessage);
        assertEquals("attempt.ftlh", error.getTemplateSourceName());
        assertFalse(Files.exists(folder.resolve("MARKER")), "nothing ran");
    }

    @Tag("unit")
    @Test
    void theSiteOwnMethodsStillWork() throws Exception {
        Path templates = Files.createDirectories(folder.resolve("templates"));
        Files.writeString(templates.resolve("ok.ftlh"), "${page.title()} ${page.title}\n", StandardCharsets.UTF_8);
        StringWriter out = new StringWriter();
        SiteTemplates.configuration(templates.toFile()).getTemplate("ok.ftlh").process(Map.of("page", new Shown("عنوان")), out);
        assertEquals("عنوان عنوان\n", out.toString());
    }

    @Test
    void aTemplateThatRunsACommandFailsTheBuildNamingTemplateAndLine(@TempDir Path site) {
        TestProject project = TestProject.copyOfSite(site);
        Path marker = site.resolve("ran");
        project.write("templates/notfound.ftlh", "<#import \"layout.ftlh\" as layout>\n"
                + "<@layout.frame>\n"
                + "<#assign run = \"freemarker.template.utility.Execute\"?new()>${run(\"touch " + marker + "\")}\n"
                + "</@layout.frame>\n");

        BuildFailedException failure = assertThrows(BuildFailedException.class, project::build);

        Problem problem = failure.problems().get(0);
        assertEquals("templates/notfound.ftlh", problem.path(), failure.getMessage());
        assertEquals(3, problem.line(), failure.getMessage());
        assertEquals("template-unsafe", problem.key(), failure.getMessage());
        assertFalse(Files.exists(marker), "the command did not run");
        assertTrue(!problem.fix().isBlank(), problem::toString);
    }
}
