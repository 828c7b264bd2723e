/**
 * What every HTTP side of the module answers alike: Magnolia's JSON error envelope
 * {@code {"error":{"code","message"[,"problems"]}}} as one type
 * ({@link org.oicc.relations.http.HttpError}) and one writer ({@link org.oicc.relations.http.ErrorBody}),
 * used by the delivery endpoint, the authoring APIs and the standalone server's error handler;
 * {@link org.oicc.relations.http.LockedReads}, a servlet reading under a shared lock; and
 * {@link org.oicc.relations.http.ClientPresence}, whether the client of the request being handled
 * is still connected (the server binds it, long work asks it).
 *
 * <p>Uses: Jackson and the servlet API only. It must not use any other package of the module, so that both
 * {@code delivery} and {@code authoring} may use it without depending on each other.
 */
package org.oicc.relations.http;
