package org.terrortrade.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;

/**
 * One build at a time per output folder: a lock file beside the output, held with an operating-system lock (released
 * by the system when a process dies, so a killed build never leaves it stuck). A second build waits, after saying
 * why. Within one JVM a plain lock does the same, because the file lock belongs to the whole process.
 */
public final class BuildLock implements AutoCloseable {
    private static final Map<Path, Semaphore> IN_THIS_JVM = new ConcurrentHashMap<>();

    private final Semaphore local;
    private final FileChannel channel;
    private final FileLock lock;

    private BuildLock(Semaphore local, FileChannel channel, FileLock lock) {
        this.local = local;
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock file of an output folder: {@code target/.site.lock} for {@code target/site}. */
    public static Path fileFor(Path output) {
        Path out = output.toAbsolutePath().normalize();
        return out.resolveSibling("." + out.getFileName() + ".lock");
    }

    /** Takes the lock for {@code output}, waiting for a running build to finish (and telling {@code log} so). */
    public static BuildLock acquire(Path output, Consumer<String> log) {
        Path file = fileFor(output);
        Semaphore local = IN_THIS_JVM.computeIfAbsent(file, f -> new Semaphore(1));
        if (!local.tryAcquire()) {
            log.accept("another build of this checkout is running in this process; waiting for it to finish…");
            local.acquireUninterruptibly();
        }
        FileChannel channel = null;
        try {
            Files.createDirectories(file.getParent());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                log.accept("another build of this checkout is running (lock " + file.getFileName()
                        + " is held); waiting for it to finish…");
                lock = channel.lock();
            }
            return new BuildLock(local, channel, lock);
        } catch (IOException | RuntimeException e) {
            closeQuietly(channel);
            local.release();
            throw e instanceof IOException io ? new UncheckedIOException("Cannot take the build lock " + file, io) : (RuntimeException) e;
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // the channel is closed below, which releases the lock as well
        } finally {
            closeQuietly(channel);
            local.release();
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // nothing left to release
            }
        }
    }
}
