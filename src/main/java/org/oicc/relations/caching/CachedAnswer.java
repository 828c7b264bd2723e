package org.oicc.relations.caching;

/**
 * A rendered 200 as {@link CachingResponder} keeps it in the {@link ResponseCache}, whatever its
 * content type.
 *
 * @param identity the body as sent without content coding
 * @param gzip the same bytes gzipped, or null when the body is too small to be worth it
 * @param contentLanguage the answer's {@code Content-Language}, or null for none
 * @param stamp the workspaces' state before rendering: the answer is good while they still have it
 *              (null for an answer that is sent and not kept)
 */
record CachedAnswer(byte[] identity, byte[] gzip, String contentLanguage, ChangeStamp stamp) {

    long weight() {
        return identity.length + (gzip == null ? 0 : gzip.length) + 256L;
    }
}
