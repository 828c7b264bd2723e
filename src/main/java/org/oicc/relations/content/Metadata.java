package org.oicc.relations.content;

import org.oicc.relations.repository.MgnlNames;

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

    private Metadata() {
    }

    static void stampCreated(Node node, String user, Clock clock) throws RepositoryException {
        Calendar now = now(clock);
        node.setProperty(MgnlNames.CREATED, now);
        node.setProperty(MgnlNames.CREATED_BY, user);
        node.setProperty(MgnlNames.LAST_MODIFIED, now);
        node.setProperty(MgnlNames.LAST_MODIFIED_BY, user);
    }

    static void stampModified(Node node, String user, Clock clock) throws RepositoryException {
        node.setProperty(MgnlNames.LAST_MODIFIED, now(clock));
        node.setProperty(MgnlNames.LAST_MODIFIED_BY, user);
    }

    private static Calendar now(Clock clock) {
        return GregorianCalendar.from(ZonedDateTime.now(clock));
    }
}
