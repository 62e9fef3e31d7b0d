package org.mediationledger.store;

import static org.mediationledger.store.generated.Tables.ACCOUNT;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.mediationledger.model.Account;
import org.mediationledger.model.AccountRole;
import org.mediationledger.model.FieldChange;
import org.mediationledger.store.generated.tables.records.AccountRecord;

/** Accounts and their password hashes; every change but a login's counters goes into the history. */
public final class AccountRepository {
    private final DSLContext dsl;
    private final Audit audit;

    public AccountRepository(DSLContext dsl, Audit audit) {
        this.dsl = dsl;
        this.audit = audit;
    }

    public boolean any() {
        return dsl.fetchExists(ACCOUNT, ACCOUNT.DELETED.isFalse());
    }

    public List<Account> all() {
        return dsl.selectFrom(ACCOUNT).where(ACCOUNT.DELETED.isFalse()).orderBy(ACCOUNT.NAME).fetch(AccountRepository::toAccount);
    }

    public Optional<Account> byName(String name) {
        return dsl.selectFrom(ACCOUNT).where(ACCOUNT.NAME.eq(name).and(ACCOUNT.DELETED.isFalse())).fetchOptional(AccountRepository::toAccount);
    }

    public Optional<String> passwordHash(UUID id) {
        return dsl.select(ACCOUNT.PASSWORD_HASH).from(ACCOUNT).where(ACCOUNT.ID.eq(id)).fetchOptional(ACCOUNT.PASSWORD_HASH);
    }

    /** A new account; the name is refused when taken (one transaction with its history entry). */
    public Account insert(String name, AccountRole role, UUID unitId, UUID staffId, String hash, boolean mustChange) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            LocalDateTime now = audit.now();
            UUID id = UUID.randomUUID();
            tx.insertInto(ACCOUNT).set(ACCOUNT.ID, id).set(ACCOUNT.NAME, name).set(ACCOUNT.ROLE, role)
                    .set(ACCOUNT.UNIT_ID, unitId).set(ACCOUNT.STAFF_ID, staffId).set(ACCOUNT.PASSWORD_HASH, hash)
                    .set(ACCOUNT.MUST_CHANGE, mustChange).set(ACCOUNT.CREATED_AT, now).set(ACCOUNT.UPDATED_AT, now).execute();
            audit.record(tx, "account", id, "INSERT", List.of(new FieldChange("account.name", "", name),
                    new FieldChange("account.role", "", role.name())));
            return tx.selectFrom(ACCOUNT).where(ACCOUNT.ID.eq(id)).fetchSingle(AccountRepository::toAccount);
        });
    }

    /** A new password (the owner's change, or an administrator's reset that the owner must change at the next login). */
    public void setPassword(UUID id, String hash, boolean mustChange, String why, String wrappedKey) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            if (wrappedKey != null) {
                tx.update(ACCOUNT).set(ACCOUNT.WRAPPED_KEY, wrappedKey).where(ACCOUNT.ID.eq(id)).execute();
            }
            tx.update(ACCOUNT).set(ACCOUNT.PASSWORD_HASH, hash).set(ACCOUNT.MUST_CHANGE, mustChange)
                    .set(ACCOUNT.FAILED_LOGINS, 0).setNull(ACCOUNT.LOCKED_UNTIL)
                    .set(ACCOUNT.UPDATED_AT, audit.now()).set(ACCOUNT.VERSION, ACCOUNT.VERSION.plus(1)).where(ACCOUNT.ID.eq(id)).execute();
            audit.record(tx, "account", id, "UPDATE", List.of(new FieldChange("account.password", "", why)));
        });
    }

    /** This account's copy of the data key (wrapped under its password). */
    public void setWrappedKey(UUID id, String wrappedKey) {
        dsl.update(ACCOUNT).set(ACCOUNT.WRAPPED_KEY, wrappedKey).where(ACCOUNT.ID.eq(id)).execute();
    }

    /** A failed login: the count, and the account locked until the given time once it reaches the limit. */
    public void failedLogin(UUID id, int failures, LocalDateTime lockedUntil) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            tx.update(ACCOUNT).set(ACCOUNT.FAILED_LOGINS, failures).set(ACCOUNT.LOCKED_UNTIL, lockedUntil)
                    .where(ACCOUNT.ID.eq(id)).execute();
            if (lockedUntil != null) {
                audit.record(tx, "account", id, "LOCK", List.of(new FieldChange("account.lockedUntil", "", lockedUntil.toString())));
            }
        });
    }

    /** A good login clears the failures and writes who logged in when. */
    public void loggedIn(UUID id) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            tx.update(ACCOUNT).set(ACCOUNT.FAILED_LOGINS, 0).setNull(ACCOUNT.LOCKED_UNTIL).where(ACCOUNT.ID.eq(id)).execute();
            audit.record(tx, "account", id, "LOGIN", List.of());
        });
    }

    private static Account toAccount(AccountRecord r) {
        return new Account(r.getId(), r.getName(), r.getRole(), r.getUnitId(), r.getStaffId(), r.getMustChange(),
                r.getFailedLogins(), r.getLockedUntil(), r.getRetiredOn(), r.getVersion());
    }
}
