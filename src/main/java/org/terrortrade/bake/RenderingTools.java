package org.terrortrade.bake;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;

/**
 * {@code Oven.bake()} finds its rendering tools with {@link java.util.ServiceLoader} through the thread's context
 * class loader, and JBake's own list includes the quadratic {@code DocumentsRenderer}. While this site bakes, the
 * context class loader answers the service look-up with this project's list only
 * ({@link DocumentRenderingTool}); every other class and resource comes from the normal class loader.
 */
final class RenderingTools extends ClassLoader {
    private static final String SERVICE = "META-INF/services/org.jbake.render.RenderingTool";
    private static final String OURS = "terrortrade/rendering-tools.txt";

    RenderingTools(ClassLoader parent) {
        super(parent);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        if (SERVICE.equals(name)) {
            return Collections.enumeration(Collections.list(getParent().getResources(OURS)));
        }
        return super.getResources(name);
    }

    /** Runs {@code bake} with this look-up in place, then restores the thread's class loader. */
    static void during(Runnable bake) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(new RenderingTools(Baker.class.getClassLoader()));
        try {
            bake.run();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
