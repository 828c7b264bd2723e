package org.oicc.relations.server;

import org.oicc.relations.authoring.publication.VersionRetention;
import org.oicc.relations.authoring.publication.subscribers.Subscriber;
import org.oicc.relations.authoring.publication.subscribers.Subscribers;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * How an instance takes part in authoring and publication.
 *
 * @param webhooks URLs told about every publish and unpublish
 * @param webhookSecret signs webhook calls (env {@code RELATIONS_WEBHOOK_SECRET}); null when none are configured
 * @param subscribers the public instances an author-only instance publishes to, each with its secret
 *                    ({@code --subscriber}, {@code --public-url}); empty otherwise
 * @param receiverSecret what a public instance checks publication calls with (env
 *                       {@code RELATIONS_PUBLICATION_SECRET} or {@code --publication-secret-file}); null when not receiving
 * @param versions how many versions of each author item publication keeps ({@code --keep-versions})
 * @param retryFirst a subscriber sender's first wait after a failure, doubled after each further one...
 * @param retryMax ...up to this
 */
public record AuthoringOptions(List<URI> webhooks, byte[] webhookSecret, List<Subscriber> subscribers, byte[] receiverSecret,
                               VersionRetention versions, Duration retryFirst, Duration retryMax) {

    public static final AuthoringOptions NONE = new AuthoringOptions(List.of(), null, List.of(), null);

    public AuthoringOptions {
        webhooks = List.copyOf(webhooks);
        subscribers = subscribers == null ? List.of() : List.copyOf(subscribers);
    }

    /** With the default retention and back-off. */
    public AuthoringOptions(List<URI> webhooks, byte[] webhookSecret, List<Subscriber> subscribers, byte[] receiverSecret) {
        this(webhooks, webhookSecret, subscribers, receiverSecret, VersionRetention.DEFAULT, Subscribers.FIRST_BACKOFF,
                Subscribers.MAX_BACKOFF);
    }

    public AuthoringOptions withVersions(VersionRetention retention) {
        return new AuthoringOptions(webhooks, webhookSecret, subscribers, receiverSecret, retention, retryFirst, retryMax);
    }

    /** Tests retry within milliseconds instead of production's seconds. */
    public AuthoringOptions withRetry(Duration first, Duration max) {
        return new AuthoringOptions(webhooks, webhookSecret, subscribers, receiverSecret, versions, first, max);
    }
}
