package org.oicc.relations.authoring.webhooks;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * HMAC-SHA-256 over {@code <timestamp>.<body>}, sent as {@code X-Relations-Signature: t=<timestamp>,v1=<hex>}.
 * The timestamp inside the signed text lets a receiver refuse replays of an old call.
 */
public final class Signature {

    private final byte[] secret;

    public Signature(byte[] secret) {
        if (secret.length < 16) {
            throw new IllegalArgumentException("a webhook secret needs at least 16 bytes");
        }
        this.secret = secret.clone();
    }

    public String header(long epochSeconds, byte[] body) {
        return "t=" + epochSeconds + ",v1=" + HexFormat.of().formatHex(mac(epochSeconds, body));
    }

    /** What a receiver does; used by tests and documented for integrators. */
    public boolean verify(String header, byte[] body) {
        String t = null;
        String v1 = null;
        for (String part : header.split(",")) {
            if (part.startsWith("t=")) {
                t = part.substring(2);
            } else if (part.startsWith("v1=")) {
                v1 = part.substring(3);
            }
        }
        if (t == null || v1 == null || !t.matches("\\d{1,12}")) {
            return false;
        }
        try {
            return java.security.MessageDigest.isEqual(HexFormat.of().parseHex(v1), mac(Long.parseLong(t), body));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private byte[] mac(long epochSeconds, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update((epochSeconds + ".").getBytes(StandardCharsets.US_ASCII));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java 17 runtime", e);
        }
    }
}
