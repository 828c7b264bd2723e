package org.oicc.relations.authoring.publication;

import java.util.List;

/**
 * Publications begun and not yet finished, kept where a crash cannot lose them. A publication of one
 * item is several writes that no transaction spans (the author's activation stamps, the transport —
 * the public side or the subscribers' queue — and the author's version): the {@link Publisher}
 * records its intent before the first and forgets it after the last, so after a {@code kill -9}
 * {@link Publisher#resume} finishes what was interrupted, version included.
 */
public interface PublicationIntents {

    /** What was being done to which item, by whom. */
    record Intent(String id, Kind kind, String workspace, String identifier, String user) {
    }

    enum Kind { PUBLISH, UNPUBLISH }

    /** Durable on return. */
    Intent begin(Kind kind, String workspace, String identifier, String user);

    /** The publication finished or failed as a whole (a failure answered to its caller is not retried). */
    void done(Intent intent);

    /** What a crash interrupted, oldest first. */
    List<Intent> interrupted();

    /** Keeps nothing: for repositories whose process a crash takes along with the publication's caller (tests). */
    PublicationIntents NONE = new PublicationIntents() {
        @Override
        public Intent begin(Kind kind, String workspace, String identifier, String user) {
            return new Intent("", kind, workspace, identifier, user);
        }

        @Override
        public void done(Intent intent) {
        }

        @Override
        public List<Intent> interrupted() {
            return List.of();
        }
    };
}
