package org.mediationledger.ui.settings;

import java.util.Arrays;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.mediationledger.model.Account;
import org.mediationledger.model.AccountRole;
import org.mediationledger.model.Messages;
import org.mediationledger.model.Unit;
import org.mediationledger.ui.Fx;

/**
 * Settings → 账户, for administrators: who may log in and as what, 添加账户, 重设密码 (which also unlocks a locked
 * account and gives it the key to the encrypted numbers), 换恢复密钥.
 */
final class AccountsPane extends VBox {
    private final AccountsViewModel vm;
    private final Messages m;

    AccountsPane(AccountsViewModel vm) {
        super(10);
        this.vm = vm;
        this.m = vm.messages();
        setId("accounts-pane");
        setPadding(new Insets(16));
        TableView<Account> table = new TableView<>(vm.rows);
        table.setId("accounts-table");
        table.getColumns().setAll(java.util.List.of(
                Fx.<Account>column(m.fieldLabel("account.name"), Account::name, 140),
                Fx.<Account>column(m.fieldLabel("account.role"), a -> m.label(a.role()), 140),
                Fx.<Account>column(m.fieldLabel("account.unit"), a -> vm.unitName(a.unitId()), 140),
                Fx.<Account>column(m.fieldLabel("account.staff"), a -> vm.staffName(a.staffId()), 140),
                Fx.<Account>column(m.get("accounts.col.state"), this::state, 260)));
        table.setPlaceholder(new Label(m.get("accounts.none")));
        VBox.setVgrow(table, Priority.ALWAYS);
        Button add = new Button(m.get("accounts.add"));
        add.setId("accounts-add");
        add.getStyleClass().add("accent");
        add.setOnAction(e -> addDialog());
        Button reset = new Button(m.get("accounts.reset"));
        reset.setId("accounts-reset");
        reset.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        reset.setOnAction(e -> resetDialog(table.getSelectionModel().getSelectedItem()));
        Button recovery = new Button(m.get("accounts.newRecoveryKey"));
        recovery.setId("accounts-recovery");
        recovery.setOnAction(e -> {
            javafx.scene.control.Alert sure = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION,
                    m.get("accounts.newRecoveryKey.confirm"), javafx.scene.control.ButtonType.OK, javafx.scene.control.ButtonType.CANCEL);
            sure.initOwner(getScene().getWindow());
            sure.setHeaderText(null);
            sure.showAndWait().filter(b -> b == javafx.scene.control.ButtonType.OK).ifPresent(b -> vm.newRecoveryKey());
        });
        Label message = new Label();
        message.setId("accounts-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.message);
        getChildren().addAll(new HBox(8, add, reset, recovery), table, message);
    }

    private String state(Account a) {
        if (a.retiredOn() != null) {
            return m.get("accounts.state.retired", a.retiredOn());
        }
        if (a.lockedUntil() != null && a.lockedAt(java.time.LocalDateTime.now())) {
            return m.get("accounts.state.locked", a.lockedUntil().withSecond(0).withNano(0).toLocalTime());
        }
        return a.mustChange() ? m.get("accounts.state.mustChange") : m.get("accounts.state.ok");
    }

    private void addDialog() {
        Dialog<Boolean> d = new Dialog<>();
        d.initOwner(getScene().getWindow());
        d.setTitle(m.get("accounts.add"));
        TextField name = new TextField();
        name.setId("account-name");
        ComboBox<AccountRole> role = new ComboBox<>();
        role.setId("account-role");
        role.getItems().setAll(Arrays.asList(AccountRole.values()));
        Fx.named(role, m::label, "");
        role.setValue(AccountRole.CLERK);
        ComboBox<Unit> unit = new ComboBox<>(vm.units);
        unit.setId("account-unit");
        Fx.named(unit, Unit::name, m.get("accounts.unitForVillage"));
        unit.disableProperty().bind(role.valueProperty().isNotEqualTo(AccountRole.VILLAGE));
        ComboBox<org.mediationledger.model.Staff> person = new ComboBox<>(vm.staff);
        person.setId("account-staff");
        Fx.named(person, x -> x.name(), m.get("accounts.staffForMediator"));
        person.disableProperty().bind(role.valueProperty().isNotEqualTo(AccountRole.MEDIATOR)
                .and(role.valueProperty().isNotEqualTo(AccountRole.LEADER)));
        PasswordField pw = new PasswordField();
        pw.setId("account-password");
        PasswordField again = new PasswordField();
        again.setId("account-again");
        Label error = Fx.errorLabel();
        error.setId("account-error");
        var ok = Fx.form(d, m, error, () -> problem(name.getText(), pw, again, role.getValue() == AccountRole.VILLAGE && unit.getValue() == null),
                m.fieldLabel("account.name"), name, m.fieldLabel("account.role"), role, m.fieldLabel("account.unit"), unit,
                m.fieldLabel("account.staff"), person, m.get("accounts.firstPassword"), pw, m.get("login.again"), again);
        d.setResultConverter(b -> b == ok);
        d.setOnShown(e -> name.requestFocus());
        if (d.showAndWait().orElse(false)) {
            vm.add(name.getText(), role.getValue(), role.getValue() == AccountRole.VILLAGE ? unit.getValue().id() : null,
                    person.isDisabled() || person.getValue() == null ? null : person.getValue().id(), pw.getText().toCharArray());
        }
    }

    private void resetDialog(Account a) {
        Dialog<Boolean> d = new Dialog<>();
        d.initOwner(getScene().getWindow());
        d.setTitle(m.get("accounts.reset"));
        d.setHeaderText(m.get("accounts.reset.header", a.name()));
        PasswordField pw = new PasswordField();
        pw.setId("account-password");
        PasswordField again = new PasswordField();
        again.setId("account-again");
        Label error = Fx.errorLabel();
        error.setId("account-error");
        var ok = Fx.form(d, m, error, () -> problem(a.name(), pw, again, false),
                m.get("accounts.firstPassword"), pw, m.get("login.again"), again);
        d.setResultConverter(b -> b == ok);
        d.setOnShown(e -> pw.requestFocus());
        if (d.showAndWait().orElse(false)) {
            vm.reset(a.name(), pw.getText().toCharArray());
        }
    }

    /** The sentence for what is wrong in the form, or "" (the service checks again). */
    private String problem(String name, PasswordField pw, PasswordField again, boolean unitMissing) {
        if (name == null || name.isBlank()) {
            return m.get("accounts.nameMissing");
        }
        if (unitMissing) {
            return m.get("accounts.unitMissing");
        }
        if (pw.getText().length() < 8) {
            return m.get("access.passwordShort");
        }
        if (!pw.getText().equals(again.getText())) {
            return m.get("login.notTheSame");
        }
        return "";
    }
}
