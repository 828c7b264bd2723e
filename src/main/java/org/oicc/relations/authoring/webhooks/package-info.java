/**
 * Webhooks: signed notifications of publications, written to an on-disk outbox before the first
 * try ({@link org.oicc.relations.authoring.webhooks.Outbox}) and sent at least once, with back-off,
 * by one background thread ({@link org.oicc.relations.authoring.webhooks.WebhookDispatcher}).
 *
 * <p>Uses: the JDK's HTTP client and Jackson only. What a notification carries is decided by its
 * caller, so this package knows neither delivery nor content.
 */
package org.oicc.relations.authoring.webhooks;
