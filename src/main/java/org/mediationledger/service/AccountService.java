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
    private final Session session;
    private final Clock clock;

    public AccountService(AccountRepository repo, Session session, Clock clock) {
        this.repo = repo;
        this.session = session;
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
        return a;
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
        return repo.insert(name.strip(), role, unitId, staffId, Passwords.hash(password), true);
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
        session.loggedIn(a);
        repo.loggedIn(a.id());
        return a;
    }

    /** The one logged in changes their own password (the old one asked again). */
    public void changePassword(char[] old, char[] password) {
        Account a = session.account().orElseThrow(() -> new AccessRefused("access.loginFirst"));
        if (!Passwords.matches(old, repo.passwordHash(a.id()).orElse(null))) {
            throw new AccessRefused("access.wrongPassword");
        }
        check(a.name(), password);
        repo.setPassword(a.id(), Passwords.hash(password), false, "changed");
        session.loggedIn(repo.byName(a.name()).orElseThrow());
    }

    /** An administrator sets a new password (the person forgot theirs, or was locked out); it must be changed at login. */
    public void resetPassword(String name, char[] password) {
        session.require(Permission.MANAGE_ACCOUNTS);
        Account a = repo.byName(name == null ? "" : name.strip())
                .orElseThrow(() -> new ValidationException(List.of(Problem.error("account.name", "access.noSuchAccount"))));
        check(a.name(), password);
        repo.setPassword(a.id(), Passwords.hash(password), true, "reset");
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
