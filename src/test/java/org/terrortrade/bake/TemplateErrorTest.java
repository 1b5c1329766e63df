package org.terrortrade.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrortrade.TestProject;
import org.terrortrade.problem.BuildFailedException;
import org.terrortrade.problem.Problem;

/** Template errors, which JBake's Oven only logs, fail the build naming the template and line. */
class TemplateErrorTest {

    @Test
    void unknownVariableInATemplateFailsTheBuildWithTemplateAndLine(@TempDir Path folder) {
        TestProject project = TestProject.copyOfSite(folder);
        project.build();
        String before = TestProject.fingerprint(project.output());
        project.write("templates/notfound.ftlh", "<#import \"layout.ftlh\" as layout>\n"
                + "<@layout.frame>\n"
                + "${page.no_such_field}\n"
                + "</@layout.frame>\n");

        BuildFailedException failure = assertThrows(BuildFailedException.class, project::build);

        Problem problem = failure.problems().get(0);
        assertEquals("render", failure.step());
        assertEquals("templates/notfound.ftlh", problem.path(), failure.getMessage());
        assertEquals(3, problem.line(), failure.getMessage());
        assertEquals("template-error", problem.key());
        assertTrue(problem.message().contains("content/404.md"), "names the page being rendered: " + problem);
        assertEquals(before, TestProject.fingerprint(project.output()));
    }

    @Test
    void templateSyntaxErrorFailsTheBuild(@TempDir Path folder) {
        TestProject project = TestProject.copyOfSite(folder);
        project.write("templates/partials/footer.ftlh", "<footer>\n<#if>\n</footer>\n");

        BuildFailedException failure = assertThrows(BuildFailedException.class, project::build);

        Problem problem = failure.problems().get(0);
        assertEquals("templates/partials/footer.ftlh", problem.path(), failure.getMessage());
        assertEquals(2, problem.line(), failure.getMessage());
        assertEquals("template-syntax", problem.key());
    }
}
