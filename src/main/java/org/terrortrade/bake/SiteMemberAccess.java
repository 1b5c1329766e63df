package org.terrortrade.bake;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;

import freemarker.ext.beans.ClassMemberAccessPolicy;
import freemarker.ext.beans.DefaultMemberAccessPolicy;
import freemarker.ext.beans.MemberAccessPolicy;
import freemarker.template.TemplateException;
import freemarker.template.Version;

/**
 * What a template may call on a Java object: public methods and fields declared by the site's own classes
 * ({@code org.terrortrade.…}), and among those only what Freemarker's {@link DefaultMemberAccessPolicy} allows. Nothing
 * declared by the JDK or a library (so no {@code getClass()}, {@code Enum.getDeclaringClass()}, class loader or
 * reflection), and no constructor. Strings, numbers, lists and maps reach templates as Freemarker values, not as Java
 * objects, so they keep their built-ins.
 */
final class SiteMemberAccess implements MemberAccessPolicy {
    private static final String SITE = "org.terrortrade.";
    private final DefaultMemberAccessPolicy defaults;

    SiteMemberAccess(Version version) {
        this.defaults = DefaultMemberAccessPolicy.getInstance(version);
    }

    @Override
    public ClassMemberAccessPolicy forClass(Class<?> type) {
        ClassMemberAccessPolicy base = defaults.forClass(type);
        boolean site = type.getName().startsWith(SITE);
        return new ClassMemberAccessPolicy() {
            @Override
            public boolean isMethodExposed(Method method) {
                return site && method.getDeclaringClass().getName().startsWith(SITE) && base.isMethodExposed(method);
            }

            @Override
            public boolean isConstructorExposed(Constructor<?> constructor) {
                return false;
            }

            @Override
            public boolean isFieldExposed(Field field) {
                return site && field.getDeclaringClass().getName().startsWith(SITE) && base.isFieldExposed(field);
            }
        };
    }

    @Override
    public boolean isToStringAlwaysExposed() {
        return true;
    }

    /** True when Freemarker stopped a template because it tried to name a class ({@code ?new}) or use {@code ?api}. */
    static boolean isSandboxRefusal(TemplateException error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            if (message.contains("not allowed in the template for security reasons") || message.contains("api_builtin_enabled")) {
                return true;
            }
        }
        return false;
    }
}
