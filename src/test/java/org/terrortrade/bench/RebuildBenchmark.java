package org.terrortrade.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.terrortrade.types.ContentTypes;
import org.terrortrade.TestProject;
import org.terrortrade.build.SiteBuilder;
import org.terrortrade.serve.DevServer;

/**
 * Serve mode's rebuild, measured the way an editor meets it: one warm JVM, one content file edited, the rebuild that
 * follows (the same DevServer.rebuild the watcher calls). Also the in-process build of a cold JVM's first bake.
 * Usage: RebuildBenchmark <folder> <runs> [pause-ms] [content file]; prints medians in milliseconds. With a pause, the
 * JVM idles that long before each edit, as between an editor's saves (a background compiler then finishes its work
 * unhurried). The file edited is {@code content/about.md}, a free page, unless another is named: a profile
 * ({@code content/actors/china.md}) is a file of the model, whose actor's record the edit changes (a comment line in
 * its front matter moves every field's line), so the article's cross-links are made again too.
 */
public final class RebuildBenchmark {
    private RebuildBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Files.createDirectories(Path.of(args[0]));
        int runs = Integer.parseInt(args[1]);
        long pause = args.length > 2 ? Long.parseLong(args[2]) : 0;
        String edited = args.length > 3 ? args[3] : "content/about.md";
        TestProject project = TestProject.copyOfSite(folder);
        long start = System.nanoTime();
        project.build();
        long firstBuild = (System.nanoTime() - start) / 1_000_000;

        java.util.Map<String, List<Long>> steps = new java.util.LinkedHashMap<>();
        SiteBuilder builder = new SiteBuilder(step -> steps.computeIfAbsent(step.name(), k -> new ArrayList<>()).add(step.millis()), true, ContentTypes.standard());
        try (DevServer server = new DevServer(builder, project.options(), line -> { })) {
            Path file = project.root().resolve(edited);
            String original = Files.readString(file, StandardCharsets.UTF_8);
            List<Long> times = new ArrayList<>();
            for (int i = 0; i < runs + 3; i++) {
                Thread.sleep(pause);
                // A free page's body gains a line; a file of the model, which may have no body, a line of its front matter.
                Files.writeString(file, edited.equals("content/about.md") ? original + "\nتعديل رقم " + i + ".\n"
                        : original.replaceFirst("\n", "\n# تعديل رقم " + i + "\n"), StandardCharsets.UTF_8);
                long t = System.nanoTime();
                if (!server.rebuild(Set.of(file))) {
                    throw new IllegalStateException("rebuild failed");
                }
                if (i >= 3) { // the first rebuilds still warm the JIT
                    times.add((System.nanoTime() - t) / 1_000_000);
                }
            }
            Collections.sort(times);
            System.out.println("first-build-ms " + firstBuild);
            System.out.println("rebuild-median-ms " + times.get(times.size() / 2));
            System.out.println("rebuild-min-ms " + times.get(0) + " max-ms " + times.get(times.size() - 1));
            steps.forEach((name, list) -> {
                List<Long> sorted = new ArrayList<>(list.subList(Math.min(3, list.size() - 1), list.size()));
                Collections.sort(sorted);
                System.out.println("step-median-ms " + name + " " + sorted.get(sorted.size() / 2));
            });
        }
    }
}
