package org.terrortrade.build;

import java.nio.file.Path;

/** Run as its own process by {@link CooperatingBuildsTest}: holds the build lock of an output until its input closes. */
public final class LockHolder {
    private LockHolder() {
    }

    public static void main(String[] args) throws Exception {
        try (BuildLock lock = BuildLock.acquire(Path.of(args[0]), message -> { })) {
            System.out.println("locked");
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold until the parent closes our input
            }
        }
    }
}
