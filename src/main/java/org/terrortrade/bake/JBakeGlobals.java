package org.terrortrade.bake;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jbake.model.DocumentTypes;

/**
 * The JVM-wide state a JBake bake changes, scoped to one bake: what it was before is put back after, so that a warm
 * JVM (serve mode, tests) after fifty bakes holds what it held after one.
 *
 * <ul>
 * <li>JBake's {@code DocumentTypes} keeps a static set of listeners, and every {@code Oven.bake()} adds one (a new
 * {@code ModelExtractorsDocumentTypeListener}): without this scope the set grows by one per bake. Its static set of
 * document types is put back too.</li>
 * <li>{@code Oven.bake()} sets the JVM's default locale (to itself when {@code jvm.locale} is unset, which also
 * resets the display and format locales).</li>
 * <li>OrientDB's password hashing rounds for the in-memory store's default users: one round during a bake (65,536
 * rounds protect nothing in a throw-away store and were a second of every cold build), the previous value after.</li>
 * </ul>
 * The context class loader is scoped by {@link RenderingTools}; JBake's {@code ModelExtractors} is reset by every bake.
 */
final class JBakeGlobals {
    private JBakeGlobals() {
    }

    /** What a bake may change, as it is now (for tests: equal snapshots mean nothing leaked). */
    static Map<String, Object> snapshot() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("DocumentTypes.LISTENERS", staticSet("LISTENERS").size());
        state.put("DocumentTypes.DEFAULT_DOC_TYPES", List.copyOf(new java.util.TreeSet<>(staticSet("DEFAULT_DOC_TYPES"))));
        state.put("Locale", Locale.getDefault().toLanguageTag());
        state.put("Locale.DISPLAY", Locale.getDefault(Locale.Category.DISPLAY).toLanguageTag());
        state.put("Locale.FORMAT", Locale.getDefault(Locale.Category.FORMAT).toLanguageTag());
        state.put("OrientDB.saltIterations", String.valueOf(orient("SECURITY_USER_PASSWORD_SALT_ITERATIONS", null, false)));
        state.put("OrientDB.warningDefaultUsers", String.valueOf(orient("WARNING_DEFAULT_USERS", null, false)));
        state.put("System.properties", new java.util.TreeSet<>(System.getProperties().stringPropertyNames()).toString());
        state.put("contextClassLoader", String.valueOf(Thread.currentThread().getContextClassLoader()));
        return state;
    }

    /** Runs {@code bake} and puts the JVM-wide state it changes back as it was. */
    static synchronized void scoped(Runnable bake) {
        Set<Object> listeners = staticSet("LISTENERS");
        Set<Object> docTypes = staticSet("DEFAULT_DOC_TYPES");
        List<Object> listenersBefore;
        List<Object> docTypesBefore;
        synchronized (listeners) {
            listenersBefore = new ArrayList<>(listeners);
            docTypesBefore = new ArrayList<>(docTypes);
        }
        Locale locale = Locale.getDefault();
        Locale display = Locale.getDefault(Locale.Category.DISPLAY);
        Locale format = Locale.getDefault(Locale.Category.FORMAT);
        Object salt = orient("SECURITY_USER_PASSWORD_SALT_ITERATIONS", 1, true);
        Object warning = orient("WARNING_DEFAULT_USERS", false, true);
        try {
            bake.run();
        } finally {
            orient("SECURITY_USER_PASSWORD_SALT_ITERATIONS", salt, true);
            orient("WARNING_DEFAULT_USERS", warning, true);
            Locale.setDefault(locale);
            Locale.setDefault(Locale.Category.DISPLAY, display);
            Locale.setDefault(Locale.Category.FORMAT, format);
            synchronized (listeners) {
                listeners.clear();
                listeners.addAll(listenersBefore);
                docTypes.clear();
                docTypes.addAll(docTypesBefore);
            }
        }
    }

    /**
     * OrientDB's setting {@code name} (an {@code OGlobalConfiguration} constant; OrientDB is JBake's run-time
     * dependency, not ours to compile against): its value before, after setting it to {@code value} when {@code set}.
     */
    private static Object orient(String name, Object value, boolean set) {
        try {
            Object setting = Class.forName("com.orientechnologies.orient.core.config.OGlobalConfiguration").getField(name).get(null);
            Object before = setting.getClass().getMethod("getValue").invoke(setting);
            if (set) {
                setting.getClass().getMethod("setValue", Object.class).invoke(setting, value);
            }
            return before;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("OrientDB's setting " + name + " is not where JBake 2.7.0's OrientDB keeps it", e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Set<Object> staticSet(String name) {
        try {
            Field field = DocumentTypes.class.getDeclaredField(name);
            field.setAccessible(true);
            return (Set<Object>) field.get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("JBake's DocumentTypes." + name + " is not where JBake 2.7.0 keeps it", e);
        }
    }
}
