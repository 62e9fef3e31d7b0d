package org.mediationledger.store;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.SecretKey;
import org.mediationledger.model.AccessRefused;

/**
 * Citizens' ID numbers, phones and addresses as the data file holds them. Without accounts (one PC, as before) the
 * values stay as typed; once the ledger has a data key, each is stored AES-GCM sealed ("e1:" and Base64) and an ID
 * number also as a keyed hash, so the same number is found exactly without anyone reading the file learning it. The
 * key is in memory only while someone is logged in.
 */
public final class FieldCipher {
    /** What a sealed value starts with in the file. */
    public static final String PREFIX = "e1:";
    private volatile boolean on;
    private volatile SecretKey dataKey;
    private volatile SecretKey fieldKey;
    private volatile SecretKey lookupKey;

    /** True when the ledger keeps its numbers encrypted. */
    public boolean on() {
        return on;
    }

    void on(boolean on) {
        this.on = on;
    }

    /** True when the numbers can be read and written now (no encryption, or someone logged in holds the key). */
    public boolean unlocked() {
        return !on || fieldKey != null;
    }

    /**
     * The data key unwrapped with the logged-in person's password (or the recovery key): numbers can be read and
     * written. IllegalArgumentException when the secret is not the one the key was wrapped under.
     */
    public void unlock(String wrapped, char[] secret) {
        unlock(Crypto.unwrap(wrapped, secret));
    }

    /** A new data key (the ledger turns to encryption); forgotten again when the transaction that stores it fails. */
    void startNew() {
        unlock(Crypto.newDataKey());
    }

    private void unlock(SecretKey key) {
        this.dataKey = key;
        this.fieldKey = new javax.crypto.spec.SecretKeySpec(Crypto.subKey(key, "fields").getEncoded(), "AES");
        this.lookupKey = Crypto.subKey(key, "lookup");
        this.on = true;
    }

    /** The data key wrapped under a password (an account's) or, with recovery, under the recovery key. */
    public String wrap(char[] secret, boolean recovery) {
        SecretKey k = dataKey;
        if (k == null) {
            throw new AccessRefused("access.loginFirst");
        }
        return recovery ? Crypto.wrap(k, Crypto.normaliseRecoveryKey(new String(secret)), Crypto.RECOVERY_ITERATIONS)
                : Crypto.wrap(k, secret, Crypto.PASSWORD_ITERATIONS);
    }

    /** Forgets the key (logout, idle lock, close). */
    public void lock() {
        this.dataKey = null;
        this.fieldKey = null;
        this.lookupKey = null;
    }

    /** The value to store for what was typed (blank stays null). */
    public String seal(String what, String clear) {
        if (clear == null || clear.isBlank()) {
            return null;
        }
        if (!on) {
            return clear;
        }
        byte[] sealed = Crypto.seal(key(), clear.getBytes(StandardCharsets.UTF_8), what.getBytes(StandardCharsets.UTF_8));
        return PREFIX + Base64.getEncoder().encodeToString(sealed);
    }

    /** What was typed, from the stored value (a value from before encryption is returned as it is). */
    public String open(String what, String stored) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            return stored;
        }
        try {
            byte[] clear = Crypto.open(key(), Base64.getDecoder().decode(stored.substring(PREFIX.length())),
                    what.getBytes(StandardCharsets.UTF_8));
            return new String(clear, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // the tag does not match: the stored value was changed outside the program (or sealed under another key);
            // a sentence that says so, not "an unexpected error" — and nothing is written
            throw new org.mediationledger.model.DataFileException("db.error.sealedChanged", what, e);
        }
    }

    /** True when the stored value holds this text (sealing twice never gives the same bytes). */
    public boolean holds(String what, String stored, String clear) {
        String a = stored == null ? null : open(what, stored);
        String b = clear == null || clear.isBlank() ? null : clear;
        return java.util.Objects.equals(a, b);
    }

    /** The keyed hash of an ID number for exact lookups, or null without encryption (then the number itself is searched). */
    public String lookup(String idNumber) {
        if (!on || idNumber == null || idNumber.isBlank()) {
            return null;
        }
        if (lookupKey == null) {
            throw new AccessRefused("access.loginFirst");
        }
        return Crypto.hmac(lookupKey, idNumber.strip().toUpperCase());
    }

    /**
     * A value that compares like the clear text but cannot be read back (the exchange's record of what both sides
     * agreed on, issue 17): with encryption a keyed hash, without it the text itself.
     */
    public String digest(String what, String clear) {
        if (!on || clear == null) {
            return clear;
        }
        if (lookupKey == null) {
            throw new AccessRefused("access.loginFirst");
        }
        return "h:" + Crypto.hmac(lookupKey, what + "\n" + clear);
    }

    private SecretKey key() {
        SecretKey k = fieldKey;
        if (k == null) {
            throw new AccessRefused("access.loginFirst");
        }
        return k;
    }
}
