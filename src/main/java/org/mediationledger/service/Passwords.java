package org.mediationledger.service;

import com.password4j.BcryptFunction;
import com.password4j.Password;
import com.password4j.types.Bcrypt;
import java.nio.charset.StandardCharsets;

/**
 * Password hashes: bcrypt (password4j), cost 12 — about 0.27 s on this 2-core machine, every time. Argon2id was tried
 * first: pure-Java Argon2 with 19–64 MiB took 1.2–1.5 s for each of the first logins of a program (before the JIT
 * compiles it) and varied threefold with memory pressure here; bcrypt's small state gives the same 0.27 s cold and
 * warm. The cost is stored in each hash, so a higher one later still checks the old hashes.
 */
final class Passwords {
    static final int MIN_LENGTH = 8;
    /** bcrypt reads at most 72 bytes: longer passwords are refused rather than cut silently. */
    static final int MAX_BYTES = 72;
    /** 12 in the program; the tests run with a lower one (mediation.ledger.bcryptCost) to log in quickly. */
    static final int COST = Math.max(4, Math.min(16, Integer.getInteger("mediation.ledger.bcryptCost", 12)));
    private static final BcryptFunction BCRYPT = BcryptFunction.getInstance(Bcrypt.B, COST);

    private Passwords() {
    }

    static String hash(char[] password) {
        return Password.hash(new String(password)).with(BCRYPT).getResult();
    }

    static boolean matches(char[] password, String hash) {
        if (hash == null) {
            Password.hash("dummy-password").with(BCRYPT); // as long as a real check: a wrong name is not faster
            return false;
        }
        try {
            return Password.check(new String(password), hash).with(BcryptFunction.getInstanceFromHash(hash));
        } catch (com.password4j.BadParametersException e) {
            org.slf4j.LoggerFactory.getLogger(Passwords.class).warn("a password hash that is no bcrypt hash: refused", e);
            return false;
        }
    }

    static boolean tooLong(char[] password) {
        return new String(password).getBytes(StandardCharsets.UTF_8).length > MAX_BYTES;
    }
}
