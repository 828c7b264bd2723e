package org.oicc.relations.caching;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Strong ETags, the only place they are made. For answers read from the repository
 * ({@link #of}): a digest of the answer's normalised key and the generations of the workspaces it
 * reads, known before anything is rendered. Generations start again at 0 with every process, so a
 * random salt chosen at start-up keeps a tag from one run from ever matching different content in
 * the next. The gzipped and the plain representation carry different tags, as a strong validator
 * must (RFC 9110 §8.8.3). For files whose bytes are at hand before anything is sent
 * ({@link #ofBytes}): a digest of the bytes, the simplest exact validator, the same in every run.
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
        String hash = hash((salt + '\n' + key + '\n' + stamp.describe()).getBytes(StandardCharsets.UTF_8));
        return '"' + hash + (gzip ? "-gzip" : "") + '"';
    }

    /** The gzipped representation's tag from the plain one's: {@code "x"} becomes {@code "x-gzip"}. */
    static String gzipVariant(String plainTag) {
        return plainTag.substring(0, plainTag.length() - 1) + "-gzip\"";
    }

    /** The quoted tag of exactly these bytes. */
    public static String ofBytes(byte[] body) {
        return '"' + hash(body) + '"';
    }

    /** SHA-256, base64url: 27 characters keep 160 bits, plenty for a validator. */
    private static String hash(byte[] bytes) {
        byte[] digest = SHA_256.get().digest(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27);
    }

    /** One digest per thread: looking the algorithm up costs more than hashing a short key (digest() resets it). */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    });
}
