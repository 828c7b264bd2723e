package org.oicc.relations.delivery;

import org.oicc.relations.repository.SessionProvider;
import org.oicc.relations.repository.Side;

import javax.jcr.RepositoryException;
import javax.jcr.Session;
import java.util.concurrent.atomic.AtomicInteger;

/** A real session provider that counts logins: every repository read of delivery starts with one. */
public final class CountingSessionProvider implements SessionProvider {

    private final SessionProvider delegate;
    private final AtomicInteger logins = new AtomicInteger();

    public CountingSessionProvider(SessionProvider delegate) {
        this.delegate = delegate;
    }

    @Override
    public Session login(Side side, String workspace) throws RepositoryException {
        logins.incrementAndGet();
        return delegate.login(side, workspace);
    }

    public int logins() {
        return logins.get();
    }
}
