package org.oicc.relations.repository;

import java.util.function.Supplier;

/**
 * Picks where sessions come from: Magnolia's context when the module runs inside Magnolia
 * (its {@code MgnlContext} is loadable), otherwise the standalone repositories.
 */
public final class SessionProviders {

    private SessionProviders() {
    }

    /**
     * @param standalone opened only outside Magnolia, so a Magnolia instance never starts an
     *        embedded repository; may return null when the caller has none
     * @throws IllegalStateException outside Magnolia without a standalone provider
     */
    public static SessionProvider detect(Supplier<StandaloneSessionProvider> standalone) {
        return detect(SessionProviders.class.getClassLoader(), standalone);
    }

    public static SessionProvider detect(ClassLoader loader, Supplier<StandaloneSessionProvider> standalone) {
        if (MagnoliaSessionProvider.available(loader)) {
            return new MagnoliaSessionProvider(loader);
        }
        StandaloneSessionProvider provider = standalone == null ? null : standalone.get();
        if (provider == null) {
            throw new IllegalStateException("Not running inside Magnolia (" + MagnoliaSessionProvider.CONTEXT_CLASS
                    + " not found) and no standalone repository was given");
        }
        return provider;
    }
}
