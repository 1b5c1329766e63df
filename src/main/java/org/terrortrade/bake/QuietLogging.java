package org.terrortrade.bake;

import org.slf4j.bridge.SLF4JBridgeHandler;

/** OrientDB (inside JBake) logs through java.util.logging; route it to logback, where logback.xml quiets it. */
final class QuietLogging {
    private QuietLogging() {
    }

    static synchronized void install() {
        if (!SLF4JBridgeHandler.isInstalled()) {
            SLF4JBridgeHandler.removeHandlersForRootLogger();
            SLF4JBridgeHandler.install();
        }
    }
}
