package org.oicc.relations.repository;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

import javax.jcr.RepositoryException;
import javax.jcr.Session;

/**
 * Sessions from Magnolia's context when the module runs inside Magnolia. Reached by reflection on
 * {@code info.magnolia.context.MgnlContext.getJCRSession(String)} because Magnolia's jars are not
 * on Maven Central and the build must not need them.
 *
 * <p>A Magnolia instance is either author or public, so the {@link Side} asked for is the instance's
 * own: Magnolia publishes between instances, not within one. Magnolia owns its context's sessions,
 * so the session returned ignores {@code logout()}: callers follow the {@link SessionProvider}
 * contract (log out when done) without closing Magnolia's session under it.
 */
public final class MagnoliaSessionProvider implements SessionProvider {

    static final String CONTEXT_CLASS = "info.magnolia.context.MgnlContext";

    private final Method getJcrSession;

    /** @throws IllegalStateException when Magnolia's {@code MgnlContext} is not loadable */
    public MagnoliaSessionProvider(ClassLoader loader) {
        try {
            Class<?> context = Class.forName(CONTEXT_CLASS, false, loader);
            this.getJcrSession = context.getMethod("getJCRSession", String.class);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Not running inside Magnolia: " + CONTEXT_CLASS
                    + " is not on the classpath; use the standalone repository instead", e);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(CONTEXT_CLASS + " has no getJCRSession(String): unsupported Magnolia version", e);
        }
    }

    public MagnoliaSessionProvider() {
        this(MagnoliaSessionProvider.class.getClassLoader());
    }

    static boolean available(ClassLoader loader) {
        try {
            Class.forName(CONTEXT_CLASS, false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    @Override
    public Session login(Side side, String workspace) throws RepositoryException {
        Object session;
        try {
            session = getJcrSession.invoke(null, workspace);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RepositoryException re) {
                throw re;
            }
            throw new RepositoryException("Magnolia could not open workspace '" + workspace + "': " + e.getCause(),
                    e.getCause());
        } catch (IllegalAccessException e) {
            throw new RepositoryException("cannot call " + CONTEXT_CLASS + ".getJCRSession", e);
        }
        if (!(session instanceof Session jcr)) {
            throw new RepositoryException("Magnolia returned no session for workspace '" + workspace + "'");
        }
        return withoutLogout(jcr);
    }

    private static Session withoutLogout(Session session) {
        return (Session) Proxy.newProxyInstance(Session.class.getClassLoader(), new Class<?>[] {Session.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("logout") && method.getParameterCount() == 0) {
                        return null;
                    }
                    try {
                        return method.invoke(session, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
