package org.oicc.relations.authoring.publication;

import java.util.List;

/**
 * Told by the {@link Publisher} after a publication changed the public side (webhooks, cache flushes
 * elsewhere), whoever asked for it: the commands endpoint or the authoring UI.
 */
public interface PublicationListener {

    /** @param items each item, in the order they were published */
    void published(List<PublishedItem> items, String user);

    void unpublished(String workspace, String path, String user);

    PublicationListener NONE = new PublicationListener() {
        @Override
        public void published(List<PublishedItem> items, String user) {
        }

        @Override
        public void unpublished(String workspace, String path, String user) {
        }
    };
}
