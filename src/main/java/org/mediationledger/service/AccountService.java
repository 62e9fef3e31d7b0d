package org.mediationledger.service;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.mediationledger.model.AccessRefused;
import org.mediationledger.model.Account;
import org.mediationledger.model.AccountRole;
import org.mediationledger.model.Permission;
import org.mediationledger.model.Problem;
import org.mediationledger.model.ValidationException;
import org.mediationledger.store.AccountRepository;
import org.mediationledger.store.DataKeys;

/**
 * Accounts: the first administrator (which turns accounts on), logins with a lock after repeated failures, a
 * password changed by its owner or reset by an administrator.
 */
public final class AccountService {
    /** Failed logins in a row before the account is locked. */
    public static final int MAX_FAILURES = 5;
    /** How long a locked account stays locked. */
    public static final int LOCK_MINUTES = 15;
    private final AccountRepository repo;
    private final DataKeys keys;
    private final Session session;
    private final Runnable backupFirst;
    private final Clock clock;
    private volatile String recoveryKeyToShow;

    /**
     * @param backupFirst writes a backup before the numbers already in the ledger are sealed (once, when the first
     *                    administrator turns accounts and encryption on)
     */
    public AccountService(AccountRepository repo, DataKeys keys, Session session, Runnable backupFirst, Clock clock) {
        this.repo = repo;
        this.keys = keys;
        this.session = session;
        this.backupFirst = backupFirst;
        this.clock = clock;
        session.accountsOn(repo.any());
    }

    public Session session() {
        return session;
    }

    /** True once the first administrator exists: from then on everyone logs in. */
    public boolean enabled() {
        return session.accountsOn();
    }

    /** The first administrator, which turns accounts on; they are logged in at once. */
    public Account createFirstAdmin(String name, char[] password) {
        if (repo.any()) {
            throw new AccessRefused("access.adminExists");
        }
        check(name, password);
        Account a = repo.insert(name.strip(), AccountRole.ADMIN, null, null, Passwords.hash(password), false);
        session.accountsOn(true);
        session.loggedIn(a);
        startEncryption(a, password);
        return a;
    }

    /**
     * The ledger turns to encryption under this administrator: a backup first when it already holds numbers, then a
     * new data key and every number sealed in one transaction; the recovery key is shown once (see
     * {@link #takeRecoveryKey}).
     */
    private void startEncryption(Account admin, char[] password) {
        if (keys.holdsNumbers()) {
            backupFirst.run();
        }
        String recovery = org.mediationledger.store.Crypto.newRecoveryKey();
        keys.start(admin.id(), password, recovery);
        recoveryKeyToShow = recovery;
    }

    /**
     * The recovery key made just now (the first administrator, or a new one asked for), once: the administrator prints
     * it and keeps it apart from the PC. Without it and without any administrator's password, the numbers cannot be read.
     */
    public java.util.Optional<String> takeRecoveryKey() {
        String k = recoveryKeyToShow;
        recoveryKeyToShow = null;
        return java.util.Optional.ofNullable(k);
    }

    /** True when citizens' numbers are kept encrypted in this ledger. */
    public boolean encrypted() {
        return keys.cipher().on();
    }

    /** A new recovery key replaces the old one (the paper was lost); shown once by {@link #takeRecoveryKey}. */
    public String newRecoveryKey() {
        session.require(Permission.MANAGE_ACCOUNTS);
        String recovery = org.mediationledger.store.Crypto.newRecoveryKey();
        keys.replaceRecovery(recovery);
        recoveryKeyToShow = recovery;
        return recovery;
    }

    /**
     * The only administrator forgot the password: the recovery key opens the data key, and the administrator gets the
     * new password (recorded in the history). Refused with one sentence when the key is wrong.
     */
    public Account recover(String adminName, String recoveryKey, char[] password) {
        Account a = repo.byName(adminName == null ? "" : adminName.strip())
                .filter(x -> x.role() == AccountRole.ADMIN && x.retiredOn() == null)
                .orElseThrow(() -> new ValidationException(List.of(Problem.error("account.name", "access.noSuchAdmin"))));
        check(a.name(), password);
        String wrapped = keys.recoveryWrapped().orElseThrow(() -> new AccessRefused("access.noRecoveryKey"));
        try {
            keys.cipher().unlock(wrapped, org.mediationledger.store.Crypto.normaliseRecoveryKey(recoveryKey == null ? "" : recoveryKey));
        } catch (IllegalArgumentException e) {
            throw new AccessRefused("access.wrongRecoveryKey");
        }
        repo.setPassword(a.id(), Passwords.hash(password), false, "recovered", keys.cipher().wrap(password, false));
        Account now = repo.byName(a.name()).orElseThrow();
        session.loggedIn(now);
        return now;
    }

    /** An account added by an administrator; its owner changes the first password at the first login. */
    public Account add(String name, AccountRole role, UUID unitId, UUID staffId, char[] password) {
        session.require(Permission.MANAGE_ACCOUNTS);
        check(name, password);
        if (role == AccountRole.VILLAGE && unitId == null) {
            throw new ValidationException(List.of(Problem.error("account.unit", "error.required")));
        }
        if (repo.byName(name.strip()).isPresent()) {
            throw new ValidationException(List.of(Problem.error("account.name", "access.nameTaken")));
        }
        Account a = repo.insert(name.strip(), role, unitId, staffId, Passwords.hash(password), true);
        if (keys.cipher().on()) {
            repo.setWrappedKey(a.id(), keys.cipher().wrap(password, false));
        }
        return a;
    }

    public List<Account> list() {
        session.require(Permission.MANAGE_ACCOUNTS);
        return repo.all();
    }

    /**
     * Logs in, or refuses with one sentence that does not tell a wrong name from a wrong password; the fifth failure
     * in a row locks the account for {@value #LOCK_MINUTES} minutes.
     */
    public Account login(String name, char[] password) {
        LocalDateTime now = LocalDateTime.now(clock);
        Account a = repo.byName(name == null ? "" : name.strip()).orElse(null);
        if (a == null || a.retiredOn() != null) {
            Passwords.matches(password, null);
            throw new AccessRefused("access.wrongPassword");
        }
        if (a.lockedAt(now)) {
            throw new AccessRefused("access.locked", a.name(), a.lockedUntil().withSecond(0).withNano(0).toLocalTime());
        }
        if (!Passwords.matches(password, repo.passwordHash(a.id()).orElse(null))) {
            int failures = a.lockedUntil() != null ? 1 : a.failedLogins() + 1;
            LocalDateTime lock = failures >= MAX_FAILURES ? now.plusMinutes(LOCK_MINUTES) : null;
            repo.failedLogin(a.id(), lock != null ? 0 : failures, lock);
            if (lock != null) {
                throw new AccessRefused("access.locked", a.name(), lock.withSecond(0).withNano(0).toLocalTime());
            }
            throw new AccessRefused("access.wrongPasswordLeft", MAX_FAILURES - failures);
        }
        unlockNumbers(a, password);
        session.loggedIn(a);
        repo.loggedIn(a.id());
        return a;
    }

    /**
     * The data key opens with the password just checked. A ledger whose accounts came before encryption turns to it
     * at its administrator's next login; another account without its copy of the key asks an administrator to reset
     * the password (which gives it one).
     */
    private void unlockNumbers(Account a, char[] password) {
        if (!keys.exists()) {
            if (a.role() == AccountRole.ADMIN) {
                session.loggedIn(a);
                startEncryption(a, password);
            }
            return;
        }
        String wrapped = keys.wrappedFor(a.id()).orElse(null);
        if (wrapped == null) {
            throw new AccessRefused("access.noDataKey", a.name());
        }
        try {
            keys.cipher().unlock(wrapped, password);
        } catch (IllegalArgumentException e) {
            org.slf4j.LoggerFactory.getLogger(AccountService.class).error("the data key of {} does not open with the password just checked", a.name(), e);
            throw new AccessRefused("access.noDataKey", a.name());
        }
    }

    /** The one logged in changes their own password (the old one asked again). */
    public void changePassword(char[] old, char[] password) {
        Account a = session.account().orElseThrow(() -> new AccessRefused("access.loginFirst"));
        if (!Passwords.matches(old, repo.passwordHash(a.id()).orElse(null))) {
            throw new AccessRefused("access.wrongPassword");
        }
        check(a.name(), password);
        repo.setPassword(a.id(), Passwords.hash(password), false, "changed", wrapIfOn(password));
        session.loggedIn(repo.byName(a.name()).orElseThrow());
    }

    /** An administrator sets a new password (the person forgot theirs, or was locked out); it must be changed at login. */
    public void resetPassword(String name, char[] password) {
        session.require(Permission.MANAGE_ACCOUNTS);
        Account a = repo.byName(name == null ? "" : name.strip())
                .orElseThrow(() -> new ValidationException(List.of(Problem.error("account.name", "access.noSuchAccount"))));
        check(a.name(), password);
        repo.setPassword(a.id(), Passwords.hash(password), true, "reset", wrapIfOn(password));
    }

    /** The data key under a new password, or null when the ledger keeps no encrypted numbers (nothing to wrap). */
    private String wrapIfOn(char[] password) {
        return keys.cipher().on() ? keys.cipher().wrap(password, false) : null;
    }

    private static void check(String name, char[] password) {
        if (name == null || name.isBlank() || name.strip().length() > 60) {
            throw new ValidationException(List.of(Problem.error("account.name", "error.required")));
        }
        if (password == null || password.length < Passwords.MIN_LENGTH) {
            throw new ValidationException(List.of(Problem.error("account.password", "access.passwordShort")));
        }
        if (Passwords.tooLong(password)) {
            throw new ValidationException(List.of(Problem.error("account.password", "access.passwordLong")));
        }
    }
}
