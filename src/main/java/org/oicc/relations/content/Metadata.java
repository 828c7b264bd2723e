package org.oicc.relations.content;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Calendar;
import java.util.GregorianCalendar;

/**
 * Magnolia's {@code mgnl:created} / {@code mgnl:lastModified} mixin properties, which the content
 * apps, delivery ordering ({@code orderBy=mgnl:lastModified desc}) and publication status read.
 */
final class Metadata {

    static final String CREATED = "mgnl:created";
    static final String CREATED_BY = "mgnl:createdBy";
    static final String LAST_MODIFIED = "mgnl:lastModified";
    static final String LAST_MODIFIED_BY = "mgnl:lastModifiedBy";

    private Metadata() {
    }

    static void stampCreated(Node node, String user, Clock clock) throws RepositoryException {
        Calendar now = now(clock);
        node.setProperty(CREATED, now);
        node.setProperty(CREATED_BY, user);
        node.setProperty(LAST_MODIFIED, now);
        node.setProperty(LAST_MODIFIED_BY, user);
    }

    static void stampModified(Node node, String user, Clock clock) throws RepositoryException {
        node.setProperty(LAST_MODIFIED, now(clock));
        node.setProperty(LAST_MODIFIED_BY, user);
    }

    private static Calendar now(Clock clock) {
        return GregorianCalendar.from(ZonedDateTime.now(clock));
    }
}
