package org.oicc.relations.authoring.publication.signing;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code X-Relations-Signature: t=<unix seconds>,n=<nonce>,v2=<hex HMAC-SHA-256>} over
 * {@code "<t>\n<nonce>\n<METHOD>\n<path?query>\n"} followed by the body. The nonce makes each call
 * unique, so the receiver can refuse the same call twice; the method and the path with its query
 * are signed so a signed body cannot be re-aimed at another operation or item.
 */
public final class CallSignature {

    public static final String HEADER = "X-Relations-Signature";
    private static final Pattern FORMAT = Pattern.compile("t=(\\d{1,12}),n=([0-9a-f]{32}),v2=([0-9a-f]{64})");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What a header says, before its MAC is checked. */
    public record Parsed(long timestamp, String nonce, byte[] mac) {
    }

    private final byte[] secret;

    public CallSignature(byte[] secret) {
        if (secret.length < 16) {
            throw new IllegalArgumentException("a publication secret needs at least 16 bytes");
        }
        this.secret = secret.clone();
    }

    /** A fresh random nonce: 128 bits, hex. */
    public static String newNonce() {
        byte[] n = new byte[16];
        RANDOM.nextBytes(n);
        return HexFormat.of().formatHex(n);
    }

    public String header(long epochSeconds, String nonce, String method, String pathAndQuery, byte[] body) {
        return "t=" + epochSeconds + ",n=" + nonce + ",v2="
                + HexFormat.of().formatHex(mac(epochSeconds, nonce, method, pathAndQuery, body));
    }

    /** @return null when the header is not of the expected form */
    public static Parsed parse(String header) {
        if (header == null) {
            return null;
        }
        Matcher m = FORMAT.matcher(header.trim());
        if (!m.matches()) {
            return null;
        }
        return new Parsed(Long.parseLong(m.group(1)), m.group(2), HexFormat.of().parseHex(m.group(3)));
    }

    /** Constant-time comparison of the header's MAC with the one this secret gives. */
    public boolean matches(Parsed header, String method, String pathAndQuery, byte[] body) {
        return MessageDigest.isEqual(header.mac(), mac(header.timestamp(), header.nonce(), method, pathAndQuery, body));
    }

    private byte[] mac(long epochSeconds, String nonce, String method, String pathAndQuery, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update((epochSeconds + "\n" + nonce + "\n" + method + "\n" + pathAndQuery + "\n").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java 17 runtime", e);
        }
    }
}
