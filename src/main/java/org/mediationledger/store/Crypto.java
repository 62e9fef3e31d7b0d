package org.mediationledger.store;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The JDK's cryptography, as the ledger uses it: AES-256-GCM for citizens' numbers and for the data key wrapped under a
 * password or the recovery key (PBKDF2-HMAC-SHA256), HMAC-SHA256 for the keyed hash that finds an ID number exactly.
 * Nothing here is hand-made cryptography: only the JDK's ciphers, with a fresh random 96-bit nonce for every value.
 */
public final class Crypto {
    /** PBKDF2 rounds for a password (about 0.2 s here); the tests run with fewer (mediation.ledger.kdfIterations). */
    static final int PASSWORD_ITERATIONS = Math.max(1000, Integer.getInteger("mediation.ledger.kdfIterations", 310_000));
    /** The recovery key is 160 random bits already: a few rounds only turn it into a key. */
    static final int RECOVERY_ITERATIONS = 1000;
    private static final String WRAP_PREFIX = "k1";
    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Crockford's base 32: no I, L, O, U — nothing to misread on paper. */
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private Crypto() {
    }

    /** A new random 256-bit data key. */
    public static SecretKey newDataKey() {
        byte[] k = new byte[32];
        RANDOM.nextBytes(k);
        return new SecretKeySpec(k, "AES");
    }

    /** A new recovery key: 160 random bits written as eight groups of four letters and digits. */
    public static String newRecoveryKey() {
        byte[] b = new byte[20];
        RANDOM.nextBytes(b);
        StringBuilder s = new StringBuilder();
        int bits = 0;
        int value = 0;
        for (byte x : b) {
            value = value << 8 | (x & 0xff);
            bits += 8;
            while (bits >= 5) {
                bits -= 5;
                if (s.length() % 5 == 4) {
                    s.append('-');
                }
                s.append(ALPHABET.charAt(value >> bits & 31));
            }
        }
        return s.toString();
    }

    /** The recovery key as typed: case, spaces and dashes do not matter; O read as 0, I and L as 1. */
    public static char[] normaliseRecoveryKey(String typed) {
        StringBuilder s = new StringBuilder();
        for (char c : typed.toUpperCase().toCharArray()) {
            char d = c == 'O' ? '0' : c == 'I' || c == 'L' ? '1' : c;
            if (ALPHABET.indexOf(d) >= 0) {
                s.append(d);
            }
        }
        return s.toString().toCharArray();
    }

    /** The data key wrapped under a secret: "k1:rounds:salt:nonce+ciphertext" (Base64). */
    public static String wrap(SecretKey dataKey, char[] secret, int iterations) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        byte[] sealed = seal(derive(secret, salt, iterations), dataKey.getEncoded(), WRAP_PREFIX.getBytes(StandardCharsets.US_ASCII));
        Base64.Encoder b64 = Base64.getEncoder();
        return WRAP_PREFIX + ":" + iterations + ":" + b64.encodeToString(salt) + ":" + b64.encodeToString(sealed);
    }

    /** The data key from its wrapping, or IllegalArgumentException when the secret is not the one it was wrapped under. */
    public static SecretKey unwrap(String wrapped, char[] secret) {
        String[] p = wrapped == null ? new String[0] : wrapped.split(":");
        if (p.length != 4 || !p[0].equals(WRAP_PREFIX)) {
            throw new IllegalArgumentException("not a wrapped data key");
        }
        Base64.Decoder b64 = Base64.getDecoder();
        byte[] key = open(derive(secret, b64.decode(p[2]), Integer.parseInt(p[1])), b64.decode(p[3]),
                WRAP_PREFIX.getBytes(StandardCharsets.US_ASCII));
        return new SecretKeySpec(key, "AES");
    }

    /**
     * The key a one-time code (as newRecoveryKey makes: 160 random bits) opens, bound to a salt (e.g. the township's
     * id): for the set-up file a village joins with (issue 17).
     */
    public static SecretKey keyFromCode(String code, byte[] salt) {
        return derive(normaliseRecoveryKey(code), salt, RECOVERY_ITERATIONS);
    }

    /** A random 256-bit key as text (Base64), and back. */
    public static String keyText(SecretKey k) {
        return Base64.getEncoder().encodeToString(k.getEncoded());
    }

    public static SecretKey keyOf(String text) {
        return new SecretKeySpec(Base64.getDecoder().decode(text), "AES");
    }

    private static SecretKey derive(char[] secret, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(secret, salt, iterations, 256);
        try {
            return new SecretKeySpec(SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded(), "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 missing from this Java", e);
        } finally {
            spec.clearPassword();
        }
    }

    /** AES-GCM: nonce followed by ciphertext and tag; the aad is bound to it unencrypted (a changed aad fails to open). */
    public static byte[] seal(SecretKey key, byte[] clear, byte[] aad) {
        try {
            byte[] nonce = new byte[NONCE];
            RANDOM.nextBytes(nonce);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            c.updateAAD(aad);
            byte[] body = c.doFinal(clear);
            return ByteBuffer.allocate(NONCE + body.length).put(nonce).put(body).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM failed", e);
        }
    }

    /** The clear bytes, or IllegalArgumentException when the key is wrong or the value was changed. */
    public static byte[] open(SecretKey key, byte[] sealed, byte[] aad) {
        if (sealed.length < NONCE + TAG_BITS / 8) {
            throw new IllegalArgumentException("too short to be a sealed value");
        }
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, Arrays.copyOf(sealed, NONCE)));
            c.updateAAD(aad);
            return c.doFinal(sealed, NONCE, sealed.length - NONCE);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new IllegalArgumentException("wrong key, or the value was changed", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM failed", e);
        }
    }

    /** HMAC-SHA256 of the text under the key, Base64. */
    static String hmac(SecretKey key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Base64.getEncoder().withoutPadding().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 failed", e);
        }
    }

    /** A key for one purpose derived from the data key (HMAC of the purpose's name), so no key serves two uses. */
    static SecretKey subKey(SecretKey dataKey, String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(dataKey);
            return new SecretKeySpec(mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8)), "HmacSHA256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 failed", e);
        }
    }
}
