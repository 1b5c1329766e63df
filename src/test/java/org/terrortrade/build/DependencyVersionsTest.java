package org.terrortrade.build;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The libraries JBake brings are at least the first releases without the known vulnerabilities (pom.xml's
 * dependencyManagement, SECURITY.md): a version bump of JBake or a removed line in the pom cannot bring one back
 * unnoticed. The version is read from the jar's folder in the Maven repository ({@code …/artifact/VERSION/…jar}).
 */
@Tag("unit")
class DependencyVersionsTest {

    @ParameterizedTest(name = "{0} >= {1} ({2})")
    @CsvSource({
        "org.apache.commons.configuration2.PropertiesConfiguration, 2.10.1, CVE-2022-33980 CVE-2024-29131 CVE-2024-29133",
        "org.apache.commons.text.StringSubstitutor,                 1.10.0, CVE-2022-42889",
        "org.apache.commons.lang3.StringUtils,                      3.18.0, CVE-2025-48924",
        "org.apache.commons.io.IOUtils,                             2.14.0, CVE-2024-47554",
        "org.apache.commons.beanutils.BeanUtils,                    1.11.0, CVE-2025-48734",
        "ch.qos.logback.core.Appender,                              1.5.19, CVE-2025-11226",
    })
    void aLibraryIsAtLeastItsFixedRelease(String className, String fixed, String cves) throws Exception {
        Path jar = Path.of(Class.forName(className).getProtectionDomain().getCodeSource().getLocation().toURI());
        String version = jar.getParent().getFileName().toString();
        assertTrue(compare(version, fixed) >= 0, className + " comes from " + jar.getFileName() + " (" + version + "), older than "
                + fixed + ", which fixes " + cves);
    }

    /**
     * JBake's content store is never started, so OrientDB, and with it lz4-java (CVE-2025-12183) and commons-lang 2.6
     * (CVE-2025-48924, no fixed 2.x release), is not shipped at all.
     */
    @org.junit.jupiter.api.Test
    void jbakesContentStoreIsNotShipped() {
        for (String absent : java.util.List.of("com.orientechnologies.orient.core.db.ODatabase", "net.jpountz.lz4.LZ4Factory",
                "org.apache.commons.lang.StringUtils")) {
            org.junit.jupiter.api.Assertions.assertThrows(ClassNotFoundException.class, () -> Class.forName(absent), absent);
        }
    }

    private static int compare(String a, String b) {
        int[] x = Arrays.stream(a.split("[.-]")).limit(3).mapToInt(DependencyVersionsTest::number).toArray();
        int[] y = Arrays.stream(b.split("[.-]")).limit(3).mapToInt(DependencyVersionsTest::number).toArray();
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int c = Integer.compare(i < x.length ? x[i] : 0, i < y.length ? y[i] : 0);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static int number(String part) {
        return part.matches("\\d+") ? Integer.parseInt(part) : 0;
    }
}
