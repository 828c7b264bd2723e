package org.oicc.relations.authoring.publication;

import java.util.List;

/** Told after a publication changed the public side (webhooks, cache flushes elsewhere). */
public interface PublicationListener {

    /** @param items {@code workspace:path} of each item, in the order they were published */
    void published(List<String> items, String user);

    void unpublished(String workspace, String path, String user);

    PublicationListener NONE = new PublicationListener() {
        @Override
        public void published(List<String> items, String user) {
        }

        @Override
        public void unpublished(String workspace, String path, String user) {
        }
    };
}
