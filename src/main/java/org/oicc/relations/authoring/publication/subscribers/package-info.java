/**
 * Publication to several public instances, Magnolia's "subscribers": every publication and
 * unpublication is appended to one durable, ordered journal on the author
 * ({@link org.oicc.relations.authoring.publication.subscribers.PublicationJournal}, files in the data
 * folder, fsynced before the publish answers); each subscriber has a cursor of its own
 * ({@link org.oicc.relations.authoring.publication.subscribers.SubscriberState}) and a sender thread
 * that delivers in order with back-off ({@link org.oicc.relations.authoring.publication.subscribers.SubscriberSender}),
 * also after a restart. {@link org.oicc.relations.authoring.publication.subscribers.Subscribers} is
 * the transport the publisher uses, the reports the UI and health read, and the getters metrics read.
 *
 * <p>Uses: {@code authoring.publication} (the transport contract, the reports, stream positions),
 * {@code authoring.publication.signing}, {@code repository} (author sessions for reference checks).
 */
package org.oicc.relations.authoring.publication.subscribers;
