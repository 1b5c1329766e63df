package org.terrortrade.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Counts the browser checks skipped because no browser could be had ({@link Browser#whenUnavailable}) and says so once
 * at the end of the test run, with how to run them; the same line is kept in {@link #REPORT} and printed again as the
 * build's last step ({@code ./mvnw verify}: {@link #main}, bound to the verify phase after Failsafe), so that the
 * end of the build says what was not checked. Registered for every test run through
 * {@code META-INF/services/org.junit.platform.launcher.TestExecutionListener}.
 */
public final class SkippedBrowserChecks implements TestExecutionListener {
    /** How a skip for want of a browser begins, so that it is told apart from any other aborted test. */
    static final String MARK = "no browser for the browser checks: ";
    /** The summary of the last test run that skipped browser checks; absent when none was skipped. */
    static final Path REPORT = Path.of("target/failsafe-reports/browser-checks-skipped.txt");

    private final Path report;
    private final AtomicInteger tests = new AtomicInteger();
    private final Set<String> classes = java.util.Collections.synchronizedSet(new TreeSet<>());
    private volatile String reason;

    /** The listener of every test run (found through the service file). */
    public SkippedBrowserChecks() {
        this(REPORT);
    }

    /** A listener that keeps its summary in {@code report}. */
    SkippedBrowserChecks(Path report) {
        this.report = report;
    }

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        try {
            Files.deleteIfExists(report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (result.getStatus() != TestExecutionResult.Status.ABORTED) {
            return;
        }
        String message = result.getThrowable().map(Throwable::getMessage).orElse("");
        if (!message.startsWith(MARK)) {
            return;
        }
        reason = message.substring(MARK.length(), message.indexOf("; ") < 0 ? message.length() : message.indexOf("; "));
        if (test.isTest()) {
            tests.incrementAndGet();
        }
        test.getSource().ifPresent(source -> {
            if (source instanceof MethodSource method) {
                classes.add(simpleName(method.getClassName()));
            } else if (source instanceof ClassSource type) {
                classes.add(simpleName(type.getClassName()));
            }
        });
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        if (reason == null) {
            return;
        }
        String line = summary(tests.get(), classes, reason);
        System.out.println();
        System.out.println("[WARNING] " + line);
        System.out.println();
        try {
            Files.createDirectories(report.toAbsolutePath().getParent());
            Files.writeString(report, line + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The one line: how many checks of which classes were skipped, why, and how to run them. */
    static String summary(int tests, Set<String> classes, String reason) {
        return "BROWSER CHECKS SKIPPED: " + tests + " browser checks (" + String.join(", ", classes) + ") did not run: " + reason
                + "; " + Browser.HOW_TO_RUN + ". (In .ci/run and the GitHub workflows, REQUIRE_BROWSER=true makes this a failure.)";
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    /** The build's last step: repeats the summary of the browser checks skipped in this build, if any, then forgets it. */
    public static void main(String[] args) throws IOException {
        if (Files.isRegularFile(REPORT)) {
            System.out.println("[WARNING] " + Files.readString(REPORT, StandardCharsets.UTF_8).strip());
            Files.delete(REPORT);
        }
    }
}
