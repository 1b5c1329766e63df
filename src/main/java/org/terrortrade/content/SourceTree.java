package org.terrortrade.content;

import org.terrortrade.problem.IoCause;
import org.terrortrade.problem.Problems;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;


/**
 * Checks the shape of the source folders before anything is read for the site: no file from outside them
 * (symbolic links in {@code content/}, {@code templates/} and {@code assets/} must be file links that resolve inside
 * one of these three folders, not merely inside the repository), content folder names under the same rule as file names, each content type in its own folder, and no two
 * sources that would be written to one output path (an asset named like a page, or like a file the build writes).
 */
public final class SourceTree {
    /** The folders whose files reach the site. */
    public static final List<String> SOURCE_FOLDERS = List.of("content", "templates", "assets");
    private static final Pattern SAFE_FOLDER_NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");
    /** Files the build itself writes at the site's root. */
    private static final Set<String> GENERATED = Set.of("sitemap.xml", "robots.txt", "feed.xml", "search-index.json");

    private final Path root;
    private final Path realRoot;
    private final ContentLoader names;

    public SourceTree(Path projectRoot) {
        this.root = projectRoot.toAbsolutePath().normalize();
        Path real;
        try {
            real = root.toRealPath();
        } catch (IOException e) {
            real = root;
        }
        this.realRoot = real;
        this.names = new ContentLoader(root);
    }

    /** Links and folder names of the three source folders: run before the content is loaded. */
    public void checkLinks(Problems problems) {
        for (String folder : SOURCE_FOLDERS) {
            Path top = root.resolve(folder);
            if (!Files.isDirectory(top, LinkOption.NOFOLLOW_LINKS)) {
                if (Files.isSymbolicLink(top)) {
                    linkRefused(folder, "folder", problems);
                }
                continue;
            }
            try {
                Files.walkFileTree(top, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        String name = dir.getFileName().toString();
                        if (folder.equals("content") && !dir.equals(top) && !SAFE_FOLDER_NAME.matcher(name).matches()) {
                            problems.report(names.relative(dir), 1, "folder-name", "folder-name", name);
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        if (attrs.isSymbolicLink()) {
                            checkLink(file, problems);
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        problems.report(names.relative(file), 1, "unreadable-file", "unreadable-file.tree", IoCause.describe(e));
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                problems.report(folder, 1, "unreadable-folder", "unreadable-folder", IoCause.describe(e));
            }
        }
    }

    private void checkLink(Path link, Problems problems) {
        String path = names.relative(link);
        Path target;
        try {
            target = link.toRealPath();
        } catch (IOException e) {
            linkRefused(path, "missing", problems);
            return;
        }
        if (!target.startsWith(realRoot)) {
            linkRefused(path, "outside", problems);
        } else if (!inSourceFolder(target)) {
            linkRefused(path, "outside-sources", problems);
        } else if (Files.isDirectory(target)) {
            linkRefused(path, "to-folder", problems);
        }
    }

    /** A refused symbolic link; {@code variant} says which kind (problem.symlink.<variant>.*). */
    private static void linkRefused(String path, String variant, Problems problems) {
        problems.report(path, 1, "symlink", "symlink." + variant);
    }

    /**
     * True when a loaded file is really inside one of the source folders (the loader reads nothing else): a link to
     * {@code .git/config}, {@code pom.xml} or {@code target/} is inside the repository but not a source.
     */
    public boolean inside(Path file) {
        try {
            return inSourceFolder(file.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    /** A real path inside the real content/, templates/ or assets/ folder of the repository. */
    private boolean inSourceFolder(Path real) {
        for (String folder : SOURCE_FOLDERS) {
            Path top = realRoot.resolve(folder);
            if (!Files.isSymbolicLink(root.resolve(folder)) && real.startsWith(top) && !real.equals(top)) {
                return true;
            }
        }
        return false;
    }

    /** Where the content types keep their files and write their pages (the type registry answers). */
    public interface Placement {
        /** The folder that holds every file of {@code type} and only such files, or null: anywhere (or unknown type). */
        String folder(String type);

        /** The folders of every type that has one. */
        Set<String> folders();

        /** The output path of the page made from {@code file}, or null when its type makes no page (or is unknown). */
        String output(SourceFile file);
    }

    /**
     * Output collisions and type placement, once the content is loaded: a type with its own folder has all its files
     * there and that folder holds no other type; only pages (a type not known yet is reported by validation) are
     * written to an output path.
     */
    public void checkOutputs(List<SourceFile> files, Placement types, Problems problems) {
        Map<String, String> owner = new HashMap<>();
        for (String generated : GENERATED) {
            owner.put(generated, null);
        }
        Set<String> homes = types.folders();
        for (SourceFile file : files) {
            String home = types.folder(file.type());
            if (home != null && !file.path().startsWith(home)) {
                problems.report(file.path(), file.frontMatter().keyLine("type"), "wrong-folder", "wrong-folder", file.type(), home);
            } else if (home == null && homes.contains(file.path().replaceFirst("[^/]*$", ""))
                    && !file.path().endsWith("/index.md")) {
                problems.report(file.path(), file.frontMatter().keyLine("type"), "wrong-folder", "wrong-folder.other-type", file.type());
            }
            String output = types.output(file);
            if (output != null) {
                owner.put(output, file.path());
            }
        }
        Path assets = root.resolve("assets");
        if (!Files.isDirectory(assets)) {
            return;
        }
        try (var walk = Files.walk(assets)) {
            // File links inside the repository are published like files (checkLinks reports the others).
            for (Path asset : walk.filter(p -> Files.isRegularFile(p) && (!Files.isSymbolicLink(p) || inside(p))).sorted().toList()) {
                String out = assets.relativize(asset).toString().replace('\\', '/');
                if (owner.containsKey(out)) {
                    String other = owner.get(out);
                    problems.report(names.relative(asset), 1, "output-collision",
                            other == null ? "output-collision.generated" : "output-collision.page", out, other);
                } else {
                    AssetAllowList.check(asset, names.relative(asset), out, problems);
                }
            }
        } catch (IOException e) {
            problems.report("assets", 1, "unreadable-folder", "unreadable-folder", IoCause.describe(e));
        }
    }
}
