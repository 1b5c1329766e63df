package org.terrortrade.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One build at a time per output folder: a lock file beside the output, held with an operating-system lock (released
 * by the system when a process dies, so a killed build never leaves it stuck). A second build waits, after saying
 * why, for at most a bound ({@link #DEFAULT_WAIT}, {@code --lock-wait=}); then it stops with {@link TimedOut} before
 * touching anything. Within one JVM a plain lock does the same, because the file lock belongs to the whole process.
 */
public final class BuildLock implements AutoCloseable {
    /** How long a build waits for another one of the same checkout before giving up: a whole cold build takes about a minute. */
    public static final Duration DEFAULT_WAIT = Duration.ofMinutes(10);
    /** How often a waiting build asks the operating system again (a file lock has no timed wait). */
    private static final long POLL_MILLIS = 200;
    private static final Pattern WAIT = Pattern.compile("(\\d{1,6})\\s*(s|m|h)?");
    private static final Map<Path, Semaphore> IN_THIS_JVM = new ConcurrentHashMap<>();

    private final Semaphore local;
    private final FileChannel channel;
    private final FileLock lock;

    private BuildLock(Semaphore local, FileChannel channel, FileLock lock) {
        this.local = local;
        this.channel = channel;
        this.lock = lock;
    }

    /** A build gave up waiting for another one: nothing was read, built or published. */
    public static final class TimedOut extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TimedOut(Path lockFile, Duration waited) {
            super("another build of this checkout still holds the lock " + lockFile.getParent().getFileName() + "/" + lockFile.getFileName()
                    + " after " + describe(waited) + " of waiting; nothing was read, built or published."
                    + " Let the other build finish (a build in another terminal, serve mode's rebuild, or a suspended process), or stop it,"
                    + " then build again; to wait longer pass --lock-wait=30m (./mvnw package -Dsite.args=lock-wait=30m)");
        }

        /** The message alone: what a console or serve mode prints is the sentence, not the class name. */
        @Override
        public String toString() {
            return getMessage();
        }
    }

    /** The lock file of an output folder: {@code target/.site.lock} for {@code target/site}. */
    public static Path fileFor(Path output) {
        Path out = output.toAbsolutePath().normalize();
        return out.resolveSibling("." + out.getFileName() + ".lock");
    }

    /** Takes the lock for {@code output}, waiting at most {@link #DEFAULT_WAIT} for a running build to finish. */
    public static BuildLock acquire(Path output, Consumer<String> log) {
        return acquire(output, DEFAULT_WAIT, log);
    }

    /**
     * Takes the lock for {@code output}, waiting for a running build to finish (and telling {@code log} so) for at most
     * {@code wait}; throws {@link TimedOut} after that. Interruptions do not cut the wait short (as before the bound), they
     * are passed on afterwards.
     */
    public static BuildLock acquire(Path output, Duration wait, Consumer<String> log) {
        Path file = fileFor(output);
        long deadline = System.nanoTime() + wait.toNanos();
        boolean interrupted = false;
        Semaphore local = IN_THIS_JVM.computeIfAbsent(file, f -> new Semaphore(1));
        try {
            if (!local.tryAcquire()) {
                log.accept("another build of this checkout is running in this process; waiting for it to finish (at most "
                        + describe(wait) + ")…");
                boolean acquired = false;
                while (!acquired) {
                    try {
                        acquired = local.tryAcquire(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                        if (!acquired) {
                            throw new TimedOut(file, wait);
                        }
                    } catch (InterruptedException e) {
                        interrupted = true;
                    }
                }
            }
            FileChannel channel = null;
            try {
                Files.createDirectories(file.getParent());
                channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock();
                if (lock == null) {
                    log.accept("another build of this checkout is running (lock " + file.getFileName()
                            + " is held); waiting for it to finish (at most " + describe(wait) + ")…");
                    while (lock == null) {
                        long left = deadline - System.nanoTime();
                        if (left <= 0) {
                            throw new TimedOut(file, wait);
                        }
                        try {
                            Thread.sleep(Math.min(POLL_MILLIS, TimeUnit.NANOSECONDS.toMillis(left) + 1));
                        } catch (InterruptedException e) {
                            interrupted = true;
                        }
                        lock = channel.tryLock();
                    }
                }
                return new BuildLock(local, channel, lock);
            } catch (IOException | RuntimeException e) {
                closeQuietly(channel);
                local.release();
                throw e instanceof IOException io ? new UncheckedIOException("Cannot take the build lock " + file, io) : (RuntimeException) e;
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * A wait written on the command line: whole seconds, minutes or hours ({@code 90s}, {@code 10m}, {@code 1h}; a bare
     * number is seconds). Throws {@link IllegalArgumentException} naming what is accepted.
     */
    public static Duration parseWait(String text) {
        Matcher m = WAIT.matcher(text == null ? "" : text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("--lock-wait=" + text + ": write a whole number of seconds, minutes or hours, e.g. --lock-wait=90s, 10m or 1h");
        }
        long amount = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        return switch (unit) {
            case "h" -> Duration.ofHours(amount);
            case "m" -> Duration.ofMinutes(amount);
            default -> Duration.ofSeconds(amount);
        };
    }

    /** {@code 10 min}, {@code 90 s}: a wait as people say it. */
    static String describe(Duration wait) {
        long seconds = wait.toSeconds();
        return seconds >= 60 && seconds % 60 == 0 ? seconds / 60 + " min" : seconds > 0 ? seconds + " s" : wait.toMillis() + " ms";
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
