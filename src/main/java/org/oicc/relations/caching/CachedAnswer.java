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
 * @param etag the plain representation's entity tag under that stamp, kept so a hit need not
 *             digest the key again (null when not worked out)
 */
record CachedAnswer(byte[] identity, byte[] gzip, String contentLanguage, ChangeStamp stamp, String etag) {

    CachedAnswer(byte[] identity, byte[] gzip, String contentLanguage, ChangeStamp stamp) {
        this(identity, gzip, contentLanguage, stamp, null);
    }

    CachedAnswer withEtag(String tag) {
        return new CachedAnswer(identity, gzip, contentLanguage, stamp, tag);
    }

    long weight() {
        return identity.length + (gzip == null ? 0 : gzip.length) + 256L;
    }
}
