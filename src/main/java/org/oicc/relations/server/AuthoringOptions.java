package org.oicc.relations.server;

import org.oicc.relations.authoring.publication.VersionRetention;

import java.net.URI;
import java.util.List;

/**
 * How an instance takes part in authoring and publication.
 *
 * @param webhooks URLs told about every publish and unpublish
 * @param webhookSecret signs webhook calls (env {@code RELATIONS_WEBHOOK_SECRET}); null when none are configured
 * @param publicInstance where an author-only instance publishes to; null otherwise
 * @param publicationSecret shared by an author instance and its public instance (env
 *                          {@code RELATIONS_PUBLICATION_SECRET}); null when not publishing remotely
 * @param versions how many versions of each author item publication keeps ({@code --keep-versions})
 */
public record AuthoringOptions(List<URI> webhooks, byte[] webhookSecret, URI publicInstance, byte[] publicationSecret,
                               VersionRetention versions) {

    public static final AuthoringOptions NONE = new AuthoringOptions(List.of(), null, null, null);

    public AuthoringOptions {
        webhooks = List.copyOf(webhooks);
    }

    /** With the default retention. */
    public AuthoringOptions(List<URI> webhooks, byte[] webhookSecret, URI publicInstance, byte[] publicationSecret) {
        this(webhooks, webhookSecret, publicInstance, publicationSecret, VersionRetention.DEFAULT);
    }

    public AuthoringOptions withVersions(VersionRetention retention) {
        return new AuthoringOptions(webhooks, webhookSecret, publicInstance, publicationSecret, retention);
    }
}
