package org.mediationledger.ui.settings;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mediationledger.model.Account;
import org.mediationledger.model.AccountRole;
import org.mediationledger.model.Messages;
import org.mediationledger.model.Unit;
import org.mediationledger.service.AccountService;
import org.mediationledger.service.ReferenceService;
import org.mediationledger.ui.Errors;
import org.mediationledger.ui.TaskExecutor;

/** Settings → 账户 (administrators): the accounts, adding one, resetting a password, a new recovery key. */
public final class AccountsViewModel {
    private final AccountService accounts;
    private final ReferenceService reference;
    private final TaskExecutor executor;
    private final Messages m;
    private final Consumer<String> showRecoveryKey;
    final ObservableList<Account> rows = FXCollections.observableArrayList();
    final ObservableList<Unit> units = FXCollections.observableArrayList();
    final ObservableList<org.mediationledger.model.Staff> staff = FXCollections.observableArrayList();
    final StringProperty message = new SimpleStringProperty("");

    /** @param showRecoveryKey shows a new recovery key once (the window's recovery key dialog) */
    public AccountsViewModel(AccountService accounts, ReferenceService reference, TaskExecutor executor, Messages m,
                             Consumer<String> showRecoveryKey) {
        this.accounts = accounts;
        this.reference = reference;
        this.executor = executor;
        this.m = m;
        this.showRecoveryKey = showRecoveryKey;
    }

    Messages messages() {
        return m;
    }

    void load() {
        load(null);
    }

    /** Reads the accounts again; then the sentence of what was just done, or how many there are. */
    private void load(String done) {
        executor.run(() -> {
            var ref = reference.load();
            return new Object[] {accounts.list(), ref.units(), ref.activeStaff()};
        }, r -> {
            @SuppressWarnings("unchecked")
            List<Account> found = (List<Account>) r[0];
            @SuppressWarnings("unchecked")
            List<Unit> us = (List<Unit>) r[1];
            @SuppressWarnings("unchecked")
            List<org.mediationledger.model.Staff> people = (List<org.mediationledger.model.Staff>) r[2];
            units.setAll(us);
            staff.setAll(people);
            rows.setAll(found);
            message.set(done != null ? done : m.get("accounts.count", found.size()));
        }, e -> message.set(Errors.sentence(m, e)));
    }

    String unitName(UUID id) {
        return id == null ? "" : units.stream().filter(u -> u.id().equals(id)).map(Unit::name).findFirst().orElse("");
    }

    String staffName(UUID id) {
        return id == null ? "" : staff.stream().filter(x -> x.id().equals(id)).map(x -> x.name()).findFirst().orElse("");
    }

    void add(String name, AccountRole role, UUID unitId, UUID staffId, char[] password) {
        executor.run(() -> accounts.add(name, role, unitId, staffId, password),
                a -> load(m.get("cli.accounts.added", a.name(), m.label(a.role()))), e -> message.set(Errors.sentence(m, e)));
    }

    void reset(String name, char[] password) {
        executor.run(() -> {
            accounts.resetPassword(name, password);
            return name;
        }, n -> load(m.get("cli.accounts.reset", n)), e -> message.set(Errors.sentence(m, e)));
    }

    void newRecoveryKey() {
        executor.run(accounts::newRecoveryKey, key -> {
            accounts.takeRecoveryKey();
            showRecoveryKey.accept(key);
        }, e -> message.set(Errors.sentence(m, e)));
    }
}
