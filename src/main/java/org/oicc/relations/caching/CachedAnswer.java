package org.oicc.relations.caching;

/**
 * A rendered 200, kept by {@link ResponseCache}: delivery JSON, or a page's HTML (rendering.Pages).
 *
 * @param identity the body as sent without content coding
 * @param gzip the same bytes gzipped, or null when the body is too small to be worth it
 * @param contentLanguage the answer's {@code Content-Language}
 * @param stamp the workspaces' state before rendering: the answer is good while they still have it
 */
public record CachedAnswer(byte[] identity, byte[] gzip, String contentLanguage, ChangeStamp stamp) {

    long weight() {
        return identity.length + (gzip == null ? 0 : gzip.length) + 256L;
    }
}
