package org.oicc.relations.repository;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

import javax.jcr.RepositoryException;
import javax.jcr.Session;

/**
 * Sessions from standalone repositories, one per {@link Side}. A process that holds only one
 * repository must say so ({@link #singleRepository}): then drafts and published content are the
 * same, which is right for a single-instance setup and never happens by accident.
 */
public final class StandaloneSessionProvider implements SessionProvider {

    private final Map<Side, StandaloneRepository> repositories = new EnumMap<>(Side.class);

    /** Separate author and public repositories, as in a Magnolia author/public pair. */
    public StandaloneSessionProvider(StandaloneRepository author, StandaloneRepository published) {
        repositories.put(Side.AUTHOR, Objects.requireNonNull(author, "author"));
        repositories.put(Side.PUBLIC, Objects.requireNonNull(published, "public"));
    }

    /** One repository serves both sides: public readers see what authors save. */
    public static StandaloneSessionProvider singleRepository(StandaloneRepository repository) {
        return new StandaloneSessionProvider(repository, repository);
    }

    @Override
    public Session login(Side side, String workspace) throws RepositoryException {
        return repositories.get(Objects.requireNonNull(side, "side")).login(workspace);
    }

    @Override
    public Session loginForReading(Side side, String workspace) throws RepositoryException {
        return repositories.get(Objects.requireNonNull(side, "side")).loginForReading(workspace);
    }

    @Override
    public void replaced(Side side, String workspace) {
        StandaloneRepository r = repositories.get(side);
        if (r != null) {
            r.forgetReadingSessions(workspace);
        }
    }

    @Override
    public void release(Session session) {
        for (StandaloneRepository r : repositories.values()) {
            if (r.jcrRepository() == session.getRepository()) {
                r.release(session);
                return;
            }
        }
        session.logout();
    }

    public StandaloneRepository repository(Side side) {
        return repositories.get(side);
    }
}
