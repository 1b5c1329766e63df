package org.terrortrade.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.terrortrade.types.ContentTypes;
import org.terrortrade.TestProject;
import org.terrortrade.build.SiteBuilder;
import org.terrortrade.problem.BuildFailedException;
import org.terrortrade.problem.Problem;
import org.terrortrade.page.SiteSettings;

/**
 * jbake.properties is read by commons-configuration, whose interpolation ({@code ${url:…}}, {@code ${env:…}},
 * {@code ${sys:…}}, {@code ${script:…}}) would fetch URLs, read the environment or run scripts at build time. The
 * build refuses any interpolation (however it is spelt) and {@code include} at its line before JBake reads the file,
 * and the managed commons-configuration does not fetch even when asked directly.
 */
class JBakePropertiesTest {

    @TempDir
    Path folder;

    private TestProject withSettingsLine(String line) throws IOException {
        TestProject project = TestProject.copyOfSite(folder);
        Path settings = project.root().resolve("jbake.properties");
        Files.writeString(settings, Files.readString(settings, StandardCharsets.UTF_8) + line + "\n", StandardCharsets.UTF_8);
        return project;
    }

    private static int lines(TestProject project) throws IOException {
        return Files.readAllLines(project.root().resolve("jbake.properties"), StandardCharsets.UTF_8).size();
    }

    @Test
    void jbakeStillReadsTheSettingsArabicIncluded() throws IOException {
        TestProject project = TestProject.copyOfSite(folder);
        Path settings = project.root().resolve("jbake.properties");
        Files.writeString(settings, Files.readString(settings, StandardCharsets.UTF_8)
                .replaceFirst("(?m)^site\\.tagline=.*$", "site.tagline=ما تقدّمه «باكستان» وما تطلبه"), StandardCharsets.UTF_8);
        SiteSettings site = new Baker(false).plan(project.root(), folder.resolve("out"), SiteSettings.Overrides.NONE).site();
        assertEquals("ما تقدّمه «باكستان» وما تطلبه", site.tagline());
        assertEquals("تجارة الإرهاب", site.title());
    }

    @Test
    void aUrlLookupIsRefusedAtItsLineAndNothingIsFetched() throws IOException {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            server.setSoTimeout(500);
            TestProject project = withSettingsLine("site.tagline=${url:UTF-8:http://127.0.0.1:" + server.getLocalPort() + "/x}");

            BuildFailedException failure = assertThrows(BuildFailedException.class,
                    () -> new SiteBuilder(step -> { }, false, ContentTypes.standard()).check(project.options()));

            assertEquals(1, failure.problems().size(), failure::getMessage);
            Problem problem = failure.problems().get(0);
            assertEquals("jbake.properties", problem.path());
            assertEquals(lines(project), problem.line(), problem::toString);
            assertEquals("settings-interpolation", problem.key());
            assertNoConnection(server);
        }
    }

    @Test
    void theManagedConfigurationLibraryDoesNotFetchEvenWhenAskedDirectly() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            server.setSoTimeout(500);
            TestProject project = TestProject.copyOfSite(folder);
            Path settings = project.root().resolve("jbake.properties");
            Files.writeString(settings, Files.readString(settings, StandardCharsets.UTF_8).replaceFirst("(?m)^output\\.extension=.*$",
                    "output.extension=\\${url:UTF-8:http://127.0.0.1:" + server.getLocalPort() + "/x}"), StandardCharsets.UTF_8);
            Thread reader = new Thread(() -> {
                try {
                    Baker.configuration(project.root(), folder.resolve("out")).getOutputExtension(); // read interpolated
                } catch (RuntimeException refused) {
                    // refusing is fine too; fetching is not
                }
            });
            reader.setDaemon(true);
            reader.start();
            reader.join(2000);
            assertNoConnection(server); // a fetch would wait here for an answer that never comes, so look while it waits
        }
    }

    private static void assertNoConnection(ServerSocket server) throws IOException {
        try (Socket connection = server.accept()) {
            fail("jbake.properties made the build connect from " + connection.getRemoteSocketAddress());
        } catch (SocketTimeoutException expected) {
            // nothing came
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "site.tagline=${env:HOME}",
        "site.tagline=${sys:user.home}",
        "site.tagline=${script:javascript:java.lang.Runtime.getRuntime()}",
        "site.tagline=${site.title}",
        "site.tagline=\\u0024{env:HOME}",
        "site.tagline=$\\\n  {env:HOME}",
        "include=/etc/passwd.properties",
        "includeoptional = other.properties",
    })
    void interpolationHoweverSpeltAndIncludesAreRefused(String line) throws IOException {
        TestProject project = withSettingsLine(line);
        int first = lines(project) - (int) line.chars().filter(c -> c == '\n').count();

        BuildFailedException failure = assertThrows(BuildFailedException.class,
                () -> new SiteBuilder(step -> { }, false, ContentTypes.standard()).check(project.options()));

        assertEquals(1, failure.problems().size(), failure::getMessage);
        Problem problem = failure.problems().get(0);
        assertEquals("jbake.properties:" + first, problem.path() + ":" + problem.line(), problem::toString);
        assertTrue(List.of("settings-interpolation", "settings-include").contains(problem.key()), problem::toString);
    }

    @Test
    void aKeyWrittenTwiceIsRefusedRatherThanReadAsAList() throws IOException {
        TestProject project = withSettingsLine("site.title=عنوان آخر");

        BuildFailedException failure = assertThrows(BuildFailedException.class,
                () -> new SiteBuilder(step -> { }, false, ContentTypes.standard()).check(project.options()));

        assertEquals(1, failure.problems().size(), failure::getMessage);
        assertEquals("jbake.properties:" + lines(project) + " [settings-duplicate]",
                failure.problems().get(0).path() + ":" + failure.problems().get(0).line() + " [" + failure.problems().get(0).key() + "]");
    }

    @Test
    void aMissingSettingsFileIsOneProblemNotAHundred() throws IOException {
        TestProject project = TestProject.copyOfSite(folder);
        Files.delete(project.root().resolve("jbake.properties"));

        BuildFailedException failure = assertThrows(BuildFailedException.class, project::build);

        assertEquals(1, failure.problems().size(), failure::getMessage);
        assertEquals("jbake.properties", failure.problems().get(0).path());
        assertEquals("missing-settings", failure.problems().get(0).key());
    }
}
