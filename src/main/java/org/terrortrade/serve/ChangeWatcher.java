package org.terrortrade.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches the source folders (recursively, including folders created later) and single files such as
 * jbake.properties, and reports each burst of changes once, after the files have been quiet for a moment,
 * so that an editor's save (often several writes) causes one rebuild. Never watches the output.
 */
public final class ChangeWatcher implements AutoCloseable {
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final Set<Path> singleFiles;
    private final Consumer<Set<Path>> onChange;
    private final Duration quiet;
    private final Thread thread;
    private final Set<Path> treeFolders = new LinkedHashSet<>();
    /** The watched trees' own folders: their parents are watched too, so a tree deleted and made again is seen. */
    private final Set<Path> treeRoots = new LinkedHashSet<>();

    /**
     * @param trees       folders watched with everything below them
     * @param singleFiles files watched on their own (their parent folder is watched, other files in it ignored)
     * @param quiet       how long nothing must change before a burst is reported
     * @param onChange    receives the changed paths of one burst, on the watcher's thread
     */
    public ChangeWatcher(List<Path> trees, Set<Path> singleFiles, Duration quiet, Consumer<Set<Path>> onChange) {
        try {
            this.service = FileSystems.getDefault().newWatchService();
            for (Path tree : trees) {
                Path absolute = tree.toAbsolutePath().normalize();
                treeRoots.add(absolute);
                if (absolute.getParent() != null && Files.isDirectory(absolute.getParent())) {
                    register(absolute.getParent());
                }
                registerTree(absolute);
            }
            this.singleFiles = new LinkedHashSet<>();
            for (Path file : singleFiles) {
                Path absolute = file.toAbsolutePath().normalize();
                this.singleFiles.add(absolute);
                register(absolute.getParent());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot watch the source folders", e);
        }
        this.quiet = quiet;
        this.onChange = onChange;
        this.thread = new Thread(this::loop, "change-watcher");
        this.thread.setDaemon(true);
    }

    public ChangeWatcher start() {
        thread.start();
        return this;
    }

    private void loop() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Set<Path> changed = new LinkedHashSet<>();
                collect(service.take(), changed);
                // Keep collecting until the files have been quiet, so one save is one rebuild.
                WatchKey next;
                while ((next = service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    collect(next, changed);
                }
                if (!changed.isEmpty()) {
                    report(changed);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Hands a burst over; nothing thrown by the receiver may end the watching (the next save must still count). */
    private void report(Set<Path> changed) {
        try {
            onChange.accept(changed);
        } catch (Throwable e) { // NOPMD: the watcher outlives whatever one rebuild does
            System.err.println("change-watcher: handling " + changed.size() + " changed files failed: " + e
                    + "; still watching");
        }
    }

    private void collect(WatchKey key, Set<Path> changed) {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (folder == null) {
                continue;
            }
            boolean inTree = treeFolders.contains(folder);
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                changed.add(folder); // events were lost: report the folder so that a rebuild still happens
                continue;
            }
            Path path = folder.resolve((Path) event.context());
            boolean isTreeRoot = treeRoots.contains(path);
            if (inTree || isTreeRoot || singleFiles.contains(path)) {
                changed.add(path);
            }
            if ((inTree || isTreeRoot) && event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
                try {
                    registerTree(path);
                    try (Stream<Path> inside = Files.walk(path)) {
                        inside.filter(Files::isRegularFile).forEach(changed::add);
                    }
                } catch (IOException e) {
                    changed.add(path);
                }
            }
        }
        if (!key.reset()) {
            // The folder itself was deleted: forget it; if it is made again, its parent's watch registers it anew.
            folders.remove(key);
            treeFolders.remove(folder);
        }
    }

    private void registerTree(Path tree) throws IOException {
        if (!Files.isDirectory(tree)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(tree)) {
            for (Path folder : walk.filter(Files::isDirectory).toList()) {
                treeFolders.add(folder);
                register(folder);
            }
        }
    }

    private void register(Path folder) throws IOException {
        WatchKey key = folder.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                StandardWatchEventKinds.ENTRY_DELETE);
        folders.put(key, folder);
    }

    @Override
    public void close() {
        thread.interrupt();
        try {
            service.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
