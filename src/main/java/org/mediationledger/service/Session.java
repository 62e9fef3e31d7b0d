package org.mediationledger.service;

import java.util.Optional;
import java.util.UUID;
import org.mediationledger.model.AccessRefused;
import org.mediationledger.model.Account;
import org.mediationledger.model.AccountRole;
import org.mediationledger.model.Permission;
import org.mediationledger.store.CurrentUser;
import org.mediationledger.store.FieldCipher;

/**
 * Who works with the open ledger now. Without accounts (a single PC, as before) everything is allowed and the history
 * writes the name in the settings; with accounts, nothing is allowed before a login, then what the role allows, and
 * the history writes the account's name.
 */
public final class Session {
    private final CurrentUser user;
    private final FieldCipher cipher;
    private volatile boolean accountsOn;
    private volatile Account account;

    public Session(CurrentUser user, FieldCipher cipher) {
        this.user = user;
        this.cipher = cipher;
    }

    public boolean accountsOn() {
        return accountsOn;
    }

    void accountsOn(boolean on) {
        this.accountsOn = on;
    }

    public Optional<Account> account() {
        return Optional.ofNullable(account);
    }

    void loggedIn(Account a) {
        this.account = a;
        user.set(a.name());
    }

    /** Forgets who was logged in (the idle lock, or 退出登录): nothing more is allowed until the next login. */
    public void logout() {
        this.account = null;
        cipher.lock();
    }

    /** True when the ledger keeps citizens' numbers encrypted (it does once accounts are on). */
    public boolean numbersEncrypted() {
        return cipher.on();
    }

    /** True when the one working now may do this (always, without accounts). */
    public boolean may(Permission p) {
        return !accountsOn || account != null && p.allows(account.role());
    }

    /** Refused with a sentence unless the one working now may do this. */
    public void require(Permission p) {
        if (!accountsOn) {
            return;
        }
        if (account == null) {
            throw new AccessRefused("access.loginFirst");
        }
        if (account.mustChange()) {
            throw new AccessRefused("access.mustChange", account.name());
        }
        if (!p.allows(account.role())) {
            throw new AccessRefused("access.refused", account.name(), account.role(), p);
        }
    }

    /** As {@link #require}, and a village user only for their own village or community. */
    public void require(Permission p, UUID unitId) {
        require(p);
        if (accountsOn && account.role() == AccountRole.VILLAGE && !java.util.Objects.equals(account.unitId(), unitId)) {
            throw new AccessRefused("access.otherUnit", account.name());
        }
    }

    /** A village user's own village or community (all they may see); empty for everyone else. */
    public Optional<UUID> ownUnit() {
        Account a = account;
        return accountsOn && a != null && a.role() == AccountRole.VILLAGE ? Optional.ofNullable(a.unitId()) : Optional.empty();
    }

    /** Refused with a sentence when a village user asks for another unit's record. */
    public void requireVisible(UUID unitId) {
        Optional<UUID> own = ownUnit();
        if (own.isPresent() && !own.get().equals(unitId)) {
            throw new AccessRefused("access.otherUnit", account.name());
        }
    }

    /**
     * The units a list may show: a village user's own only (nothing when they asked for other units); the units asked
     * for (null: all) for everyone else.
     */
    public java.util.List<UUID> visibleUnits(java.util.List<UUID> asked) {
        Optional<UUID> own = ownUnit();
        if (own.isEmpty()) {
            return asked;
        }
        return asked == null || asked.isEmpty() || asked.contains(own.get()) ? java.util.List.of(own.get()) : java.util.List.of();
    }

    /** True when what this person may see or change depends on the record (a village user, a mediator with a name). */
    public boolean scoped() {
        Account a = account;
        return accountsOn && a != null && (a.role() == AccountRole.VILLAGE || a.role() == AccountRole.MEDIATOR && a.staffId() != null);
    }

    /**
     * A mediator whose account names them in the staff list works on their own cases and unassigned ones only; another
     * mediator's case is refused with a sentence.
     */
    public void requireOwnCase(UUID mediatorId) {
        Account a = account;
        if (accountsOn && a != null && a.role() == AccountRole.MEDIATOR && a.staffId() != null && mediatorId != null
                && !a.staffId().equals(mediatorId)) {
            throw new AccessRefused("access.notYourCase", a.name());
        }
    }

    /** True for a leader whose account names them in the staff list: they work on their own matters. */
    public boolean leaderOnly() {
        Account a = account;
        return accountsOn && a != null && a.role() == AccountRole.LEADER && a.staffId() != null;
    }

    /** A leader whose account names them works on the matters assigned to them only. */
    public void requireOwnMatter(UUID leaderId) {
        Account a = account;
        if (leaderOnly() && leaderId != null && !a.staffId().equals(leaderId)) {
            throw new AccessRefused("access.notYourMatter", a.name());
        }
    }

    CurrentUser user() {
        return user;
    }
}
