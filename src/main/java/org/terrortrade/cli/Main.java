package org.terrortrade.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.slf4j.LoggerFactory;
import org.terrortrade.types.ContentTypes;
import org.terrortrade.problem.EditorText;
import org.terrortrade.page.SiteSettings;
import org.terrortrade.build.BuildLock;
import org.terrortrade.build.GitChanges;
import org.terrortrade.build.ReviewPage;
import org.terrortrade.build.SiteBuilder;
import org.terrortrade.problem.BuildFailedException;
import org.terrortrade.problem.Problem;
import org.terrortrade.serve.DevServer;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;

/**
 * The command line: {@code build} writes the site to target/site; {@code serve} builds, serves it on
 * http://localhost:8820/ and rebuilds on every save. Exit status 1 means the sources have problems (all listed),
 * 2 means something else went wrong.
 */
public final class Main {
    private static final String USAGE = """
            usage: build [--base-path=/] [--origin=https://host] [--repository=URL] [--branch=main] [--out=target/site]
                         [--lock-wait=10m] [--verbose]
                   check
                   review [--base=origin/main] [--all] [--out=target/review]
                          (each claim of the files changed since the base beside the paragraphs it cites; --all: every claim)
                   new --type=actor|term|page --slug=ascii-slug [--title={title}]
                   serve [--port=8820] [--lock-wait=10m] [--verbose]
                   (--lock-wait: how long to wait for another build of this checkout, in s, m or h; then stop)
                   preview [--port=8899]   (serve the built target/site as a static host would: gzip, long caching)"""
            .replace("{title}", EditorText.text("console.usage.title"));

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        String archive = System.getProperty("site.class-data-archive"); // pom.xml's build, which maps or writes it
        if (archive != null) {
            ClassDataArchive.forgetIfStale(Path.of(archive), ClassDataArchive.current());
        }
        System.exit(run(args, System.getenv(), System.out, System.err));
    }

    /**
     * Runs one command and returns its exit status; {@code env} is the environment it runs in (GitHub Actions is told
     * about problems when {@code GITHUB_ACTIONS=true}, see {@link GitHubActions}). {@code serve} and {@code preview}
     * return only when the process ends.
     */
    public static int run(String[] args, Map<String, String> env, java.io.OutputStream stdout, java.io.OutputStream stderr)
            throws InterruptedException, java.io.IOException {
        PrintStream out = new SafePrintStream(stdout);
        PrintStream err = new SafePrintStream(stderr);
        GitHubActions actions = new GitHubActions(env);
        if (args.length == 0 || !List.of("build", "check", "review", "serve", "new", "preview").contains(args[0])) {
            err.println(USAGE);
            return 2;
        }
        Map<String, String> flags;
        try {
            flags = flags(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
        Integer port = null;
        if (args[0].equals("serve") || args[0].equals("preview")) {
            String given = flags.getOrDefault("port", args[0].equals("serve") ? "8820" : "8899");
            port = given.matches("[0-9]{1,5}") && Integer.parseInt(given) <= 65535 ? Integer.parseInt(given) : null;
            if (port == null) {
                err.println("--port=" + given + " is not a port number: give a number from 0 to 65535 (0: any free port)\n" + USAGE);
                return 2;
            }
        }
        if (flags.containsKey("verbose")) {
            ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.INFO);
            ((Logger) LoggerFactory.getLogger("org.jbake")).setLevel(Level.INFO);
        }
        Path root = Path.of(flags.getOrDefault("source", ".")).toAbsolutePath().normalize();
        Path output = root.resolve(flags.getOrDefault("out", "target/site"));
        java.time.Duration lockWait = BuildLock.DEFAULT_WAIT;
        if (flags.containsKey("lock-wait")) {
            try {
                lockWait = BuildLock.parseWait(flags.get("lock-wait"));
            } catch (IllegalArgumentException e) {
                err.println(e.getMessage());
                return 2;
            }
        }
        SiteBuilder builder = new SiteBuilder(step -> out.println("  " + step), false, ContentTypes.standard());
        try {
            if (args[0].equals("build")) {
                long start = System.nanoTime();
                builder.build(new SiteBuilder.Options(root, output, overrides(flags), lockWait));
                out.printf("  %-12s %6d ms  site written to %s%n", "total", (System.nanoTime() - start) / 1_000_000, root.relativize(output));
            } else if (args[0].equals("new")) {
                try {
                    Path created = Scaffold.create(root, flags.get("type"), flags.get("slug"), flags.get("title"), java.time.LocalDate.now());
                    out.println("  created " + created + " — fill it in, then run ./mvnw -q compile exec:exec@check");
                } catch (IllegalArgumentException e) {
                    err.println(e.getMessage());
                    return 1;
                }
            } else if (args[0].equals("preview")) {
                new org.terrortrade.serve.StaticSite(output, "/", java.util.function.UnaryOperator.identity()).likeAHost().start(port);
                out.println("Previewing " + root.relativize(output) + " at http://127.0.0.1:" + port + "/ as a static host serves it (Ctrl+C to stop)");
                new CountDownLatch(1).await();
            } else if (args[0].equals("review")) {
                Path folder = root.resolve(flags.getOrDefault("out", "target/review"));
                ReviewPage.Scope scope = reviewScope(root, flags, env);
                Path page = ReviewPage.write(folder, ReviewPage.render(root, builder.review(new SiteBuilder.Options(root, output, overrides(flags))), scope, false));
                out.println("  review page written to " + root.relativize(page) + (scope.unavailable() != null ? " (all claims: " + scope.unavailable() + ")" : ""));
                return 0;
            } else if (args[0].equals("check")) {
                builder.check(new SiteBuilder.Options(root, output, overrides(flags)));
                out.println("  content is valid");
            } else {
                // Serve mode always serves at the root of localhost, whatever base path a deployment uses.
                DevServer server = new DevServer(new SiteBuilder(step -> out.println("  " + step), true, ContentTypes.standard()),
                        new SiteBuilder.Options(root, output, new SiteSettings.Overrides("/", null, null), lockWait).withDrafts(true),
                        out::println);
                server.start(port);
                out.println("Serving http://localhost:" + server.port() + "/ — watching content/, templates/, assets/, jbake.properties (Ctrl+C to stop)");
                new CountDownLatch(1).await();
            }
        } catch (BuildFailedException e) {
            err.println();
            err.println(EditorText.text("console.build-failed", e.step(), e.problems().size()));
            for (Problem problem : e.problems()) {
                err.println(problem);
            }
            if (!args[0].equals("review")) { // the review writes no site, and the check of the same job has told GitHub already
                err.println();
                if (!e.step().equals("output")) {
                    err.println(previousSite(root, output));
                }
                actions.report(e.problems(), out);
            }
            return 1;
        } catch (BuildLock.TimedOut e) {
            err.println();
            err.println("Build stopped: " + e.getMessage() + ".");
            err.println(previousSite(root, output));
            return 2;
        } catch (RuntimeException e) {
            err.println("Build failed: " + e);
            if (flags.containsKey("verbose")) {
                e.printStackTrace(err);
            } else {
                err.println("(run with --verbose, e.g. ./mvnw package -Dsite.args=verbose, for the details)");
            }
            return 2;
        }
        return 0;
    }

    /** The command line in this JVM without an environment of its own (no GitHub Actions reporting): for tests. */
    static int run(String[] args, PrintStream out, PrintStream err) throws InterruptedException, java.io.IOException {
        return run(args, Map.of(), out, err);
    }

    /** {@code --all}, or the files changed since {@code --base} (or the pull request's base); all when git cannot tell. */
    private static ReviewPage.Scope reviewScope(Path root, Map<String, String> flags, Map<String, String> env) {
        String all = flags.get("all");
        if (all != null && (all.isEmpty() || all.equals("true"))) {
            return ReviewPage.Scope.everything();
        }
        try {
            return ReviewPage.Scope.changedSince(GitChanges.since(root, GitChanges.baseOf(root, flags.get("base"), env)));
        } catch (GitChanges.Unavailable e) {
            return ReviewPage.Scope.gitUnavailable(e.getMessage());
        }
    }

    /** Said only when it is true: a first build, or one after a kill, may have no previous site at all. */
    private static String previousSite(Path root, Path output) {
        return java.nio.file.Files.isDirectory(output)
                ? "The previous site in " + root.relativize(output) + " was left untouched."
                : "No site was published: " + root.relativize(output) + " does not exist yet (no earlier build succeeded).";
    }

    /** A UTF-8 console stream that shows control characters from content as escapes ({@link Console#safe}). */
    private static final class SafePrintStream extends PrintStream {
        SafePrintStream(java.io.OutputStream target) {
            super(target, true, StandardCharsets.UTF_8);
        }

        @Override
        public void println(String line) {
            super.println(Console.safe(line));
        }

        @Override
        public void println(Object value) {
            println(String.valueOf(value));
        }

        @Override
        public PrintStream printf(String format, Object... args) {
            print(Console.safe(String.format(format, args)));
            return this;
        }
    }

    private static SiteSettings.Overrides overrides(Map<String, String> flags) {
        return new SiteSettings.Overrides(flags.get("base-path"), flags.get("repository"), flags.get("branch"), flags.get("origin"));
    }

    /** --name=value and --name flags after the command. */
    static Map<String, String> flags(String[] args) {
        Map<String, String> flags = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument «" + arg + "»: options are written --name=value\n" + USAGE);
            }
            int eq = arg.indexOf('=');
            flags.put(eq < 0 ? arg.substring(2) : arg.substring(2, eq), eq < 0 ? "" : arg.substring(eq + 1));
        }
        return flags;
    }
}
