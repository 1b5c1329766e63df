package org.terrortrade.content;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks the shape of the source folders before anything is read for the site: no file from outside the repository
 * (symbolic links in {@code content/}, {@code templates/} and {@code assets/} must be file links that resolve inside
 * it), content folder names under the same rule as file names, each content type in its own folder, and no two
 * sources that would be written to one output path (an asset named like a page, or like a file the build writes).
 */
public final class SourceTree {
    /** The folders whose files reach the site. */
    public static final List<String> SOURCE_FOLDERS = List.of("content", "templates", "assets");
    private static final Pattern SAFE_FOLDER_NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");
    /** Files the build itself writes at the site's root. */
    private static final Set<String> GENERATED = Set.of("sitemap.xml", "robots.txt", "feed.xml", "search-index.json");
    /** Content types that live in one folder, and the folder (whose other files would be lost). */
    private static final Map<String, String> HOME_OF_TYPE = Map.of("actor", "content/actors/", "term", "content/glossary/");

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
                    linkRefused(folder, "المجلد نفسه رابط رمزي", problems);
                }
                continue;
            }
            try {
                Files.walkFileTree(top, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        String name = dir.getFileName().toString();
                        if (folder.equals("content") && !dir.equals(top) && !SAFE_FOLDER_NAME.matcher(name).matches()) {
                            problems.add(names.relative(dir), 1, "folder-name", "اسم المجلد «" + name + "» ليس بحروف لاتينية صغيرة وأرقام وشرطات",
                                    "سمِّ المجلد بحروف ASCII صغيرة وأرقام وشرطات مثل actors؛ الاسم العربي والمسافات والنقاط تكسر روابط الموقع");
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
                        problems.add(names.relative(file), 1, "unreadable-file", "تعذّرت قراءة الملف: " + IoCause.describe(e),
                                "تحقّق من وجود الملف وصلاحيات قراءته");
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                problems.add(folder, 1, "unreadable-folder", "تعذّرت قراءة المجلد: " + IoCause.describe(e), "تحقّق من صلاحيات المجلد");
            }
        }
    }

    private void checkLink(Path link, Problems problems) {
        String path = names.relative(link);
        Path target;
        try {
            target = link.toRealPath();
        } catch (IOException e) {
            linkRefused(path, "رابط رمزي إلى ملف غير موجود", problems);
            return;
        }
        if (!target.startsWith(realRoot)) {
            linkRefused(path, "رابط رمزي إلى ملف خارج المستودع", problems);
        } else if (Files.isDirectory(target)) {
            linkRefused(path, "رابط رمزي إلى مجلد", problems);
        }
    }

    private static void linkRefused(String path, String what, Problems problems) {
        problems.add(path, 1, "symlink", what + "؛ لا يُنشر إلا ما في المستودع نفسه",
                "ضع الملف نفسه في المستودع بدل الرابط (انسخه ثم احذف الرابط)");
    }

    /** True when a loaded file is really inside the repository (the loader reads nothing else). */
    public boolean inside(Path file) {
        try {
            return file.toRealPath().startsWith(realRoot);
        } catch (IOException e) {
            return false;
        }
    }

    /** Output collisions and type placement, once the content is loaded. */
    public void checkOutputs(List<SourceFile> files, Problems problems) {
        Map<String, String> owner = new HashMap<>();
        for (String generated : GENERATED) {
            owner.put(generated, null);
        }
        for (SourceFile file : files) {
            String home = HOME_OF_TYPE.get(file.type());
            if (home != null && !file.path().startsWith(home)) {
                problems.add(file.path(), file.frontMatter().keyLine("type"), "wrong-folder",
                        "ملف من النوع " + file.type() + " خارج المجلد " + home + " فلن يظهر في فهرسه",
                        "انقل الملف إلى " + home);
            } else if (home == null && HOME_OF_TYPE.containsValue(file.path().replaceFirst("[^/]*$", ""))
                    && !file.path().endsWith("/index.md")) {
                problems.add(file.path(), file.frontMatter().keyLine("type"), "wrong-folder",
                        "ملف من النوع «" + file.type() + "» في مجلد مخصّص لنوع آخر",
                        "انقل الملف إلى content/ أو غيّر نوعه");
            }
            if (!file.type().equals("term")) {
                owner.put(file.outputPath(), file.path());
            }
        }
        Path assets = root.resolve("assets");
        if (!Files.isDirectory(assets)) {
            return;
        }
        try (var walk = Files.walk(assets)) {
            for (Path asset : walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList()) {
                String out = assets.relativize(asset).toString().replace('\\', '/');
                if (owner.containsKey(out)) {
                    String other = owner.get(out);
                    problems.add(names.relative(asset), 1, "output-collision",
                            "الملف يُنشر في " + out + " وهو مسار " + (other == null ? "ملف يكتبه البناء نفسه" : "صفحة من " + other),
                            "غيّر اسم الملف أو انقله إلى مجلد فرعي في assets");
                }
            }
        } catch (IOException e) {
            problems.add("assets", 1, "unreadable-folder", "تعذّرت قراءة المجلد: " + IoCause.describe(e), "تحقّق من صلاحيات المجلد");
        }
    }
}
