package org.oicc.relations.caching;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Strong ETags: a digest of the answer's normalised key and the generations of the workspaces it
 * reads. Generations start again at 0 with every process, so a random salt chosen at start-up
 * keeps a tag from one run from ever matching different content in the next. The gzipped and the
 * plain representation carry different tags, as a strong validator must (RFC 9110 §8.8.3).
 */
public final class EntityTags {

    private final String salt;

    public EntityTags(String salt) {
        this.salt = salt;
    }

    public static EntityTags random() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return new EntityTags(HexFormat.of().formatHex(bytes));
    }

    /** The quoted tag, e.g. {@code "Qm9...x"} or {@code "Qm9...x-gzip"}. */
    public String of(String key, ChangeStamp stamp, boolean gzip) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        digest.update((salt + '\n' + key + '\n' + stamp.describe()).getBytes(StandardCharsets.UTF_8));
        String hash = Base64.getUrlEncoder().withoutPadding().encodeToString(digest.digest()).substring(0, 27);
        return '"' + hash + (gzip ? "-gzip" : "") + '"';
    }
}
