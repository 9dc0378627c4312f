package org.musicminion.discover.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A PKCE pair (RFC 7636, method S256): a random code verifier and its challenge,
 * {@code BASE64URL(SHA256(ASCII(verifier)))} without padding. The verifier is a secret: never log it.
 */
public record Pkce(String verifier, String challenge) {
    public static final String METHOD = "S256";

    public Pkce {
        if (verifier.length() < 43 || verifier.length() > 128) {
            throw new IllegalArgumentException("a PKCE verifier has 43..128 characters");
        }
    }

    /** A fresh pair: 32 random bytes give a 43-character verifier. */
    public static Pkce generate(SecureRandom random) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String verifier = base64Url(bytes);
        return new Pkce(verifier, challengeOf(verifier));
    }

    /** The S256 challenge of a verifier. */
    public static String challengeOf(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return base64Url(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public String toString() {
        return "Pkce[verifier=REDACTED, challenge=" + challenge + "]";
    }
}
