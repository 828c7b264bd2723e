package org.oicc.relations.repository;

import javax.jcr.RepositoryException;
import javax.jcr.Session;

/**
 * Answers every login from the author side: what the public endpoints and pages show, drafts
 * included, for preview. Only ever handed to code behind an editor login.
 */
public final class DraftSessions implements SessionProvider {

    private final SessionProvider delegate;

    public DraftSessions(SessionProvider delegate) {
        this.delegate = delegate;
    }

    @Override
    public Session login(Side side, String workspace) throws RepositoryException {
        return delegate.login(Side.AUTHOR, workspace);
    }
}
