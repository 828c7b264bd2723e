/**
 * Signed publication calls between an author instance and its subscribers: an HMAC over the
 * timestamp, a one-time nonce, the method, the path with its query and the body
 * ({@link org.oicc.relations.authoring.publication.signing.CallSignature}), and the receiver's memory
 * of the nonces it accepted within the validity window
 * ({@link org.oicc.relations.authoring.publication.signing.ReplayGuard}), so a captured call cannot
 * be sent again.
 *
 * <p>Uses nothing of the module: plain JDK cryptography, so both ends (and tests) share one definition.
 */
package org.oicc.relations.authoring.publication.signing;
