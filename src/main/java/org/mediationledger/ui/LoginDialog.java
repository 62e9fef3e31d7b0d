package org.mediationledger.ui;

import javafx.event.ActionEvent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.mediationledger.model.Account;
import org.mediationledger.model.Messages;
import org.mediationledger.service.AccountService;

/**
 * 登录: name and password, checked in the background; a wrong one is one sentence under the fields (with how many tries
 * are left), the password field emptied, the name kept. A password an administrator set is changed here before the
 * ledger opens (twice typed).
 */
public final class LoginDialog extends Dialog<Account> {
    private final Messages m;
    private final TaskExecutor executor;
    private final AccountService accounts;
    private final TextField name = new TextField();
    private final PasswordField password = new PasswordField();
    private final PasswordField newPassword = new PasswordField();
    private final PasswordField again = new PasswordField();
    private final TextField recoveryKey = new TextField();
    private final javafx.scene.control.Hyperlink forgot;
    private boolean recovering;
    private final Label error = Fx.errorLabel();
    private final ButtonType ok;
    private Account loggedIn;

    public LoginDialog(Messages m, Window owner, TaskExecutor executor, AccountService accounts, String township) {
        this.m = m;
        this.executor = executor;
        this.accounts = accounts;
        initOwner(owner);
        setTitle(m.get("login.title"));
        setHeaderText(township == null || township.isBlank() ? m.get("login.title") : m.get("login.header", township));
        name.setId("login-name");
        password.setId("login-password");
        newPassword.setId("login-new-password");
        again.setId("login-new-again");
        error.setId("login-error");
        error.setMaxWidth(360);
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        g.addRow(0, new Label(m.fieldLabel("account.name")), name);
        g.addRow(1, new Label(m.fieldLabel("account.password")), password);
        g.add(error, 1, 2);
        forgot = new javafx.scene.control.Hyperlink(m.get("recovery.forgot"));
        forgot.setId("login-forgot");
        forgot.setOnAction(e -> askForTheRecoveryKey());
        g.add(forgot, 1, 3);
        recoveryKey.setId("login-recovery-key");
        recoveryKey.setPrefColumnCount(24);
        getDialogPane().setContent(Fx.padded(g));
        ok = new ButtonType(m.get("login.ok"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(ok, Fx.cancel(m));
        getDialogPane().lookupButton(ok).setId("login-ok");
        getDialogPane().lookupButton(ok).addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            submit();
        });
        setResultConverter(b -> b == ok ? loggedIn : null);
        setOnShown(e -> name.requestFocus());
    }

    /** After the idle lock: the same person goes on, so the name is given and only the password asked. */
    public void fixName(String who) {
        name.setText(who);
        name.setEditable(false);
        setOnShown(e -> password.requestFocus());
    }

    private void submit() {
        error.setText("");
        getDialogPane().lookupButton(ok).setDisable(true);
        if (recovering) {
            if (!newPassword.getText().equals(again.getText())) {
                notTheSame();
                return;
            }
            String n = name.getText();
            String key = recoveryKey.getText();
            char[] neu = newPassword.getText().toCharArray();
            executor.run(() -> accounts.recover(n, key, neu), a -> {
                loggedIn = a;
                finish();
            }, this::refused);
        } else if (loggedIn == null) {
            String n = name.getText();
            char[] p = password.getText().toCharArray();
            executor.run(() -> accounts.login(n, p), a -> {
                getDialogPane().lookupButton(ok).setDisable(false);
                loggedIn = a;
                if (a.mustChange()) {
                    askForANewPassword();
                } else {
                    finish();
                }
            }, this::refused);
        } else {
            if (!newPassword.getText().equals(again.getText())) {
                notTheSame();
                return;
            }
            char[] old = password.getText().toCharArray();
            char[] neu = newPassword.getText().toCharArray();
            executor.run(() -> {
                accounts.changePassword(old, neu);
                return accounts.session().account().orElseThrow();
            }, a -> {
                loggedIn = a;
                finish();
            }, this::refused);
        }
    }

    private void notTheSame() {
        getDialogPane().lookupButton(ok).setDisable(false);
        error.setText(m.get("login.notTheSame"));
        javafx.application.Platform.runLater(() -> getDialogPane().getScene().getWindow().sizeToScene());
    }

    private void refused(Throwable t) {
        getDialogPane().lookupButton(ok).setDisable(false);
        error.setText(Errors.sentence(m, t));
        javafx.application.Platform.runLater(() -> getDialogPane().getScene().getWindow().sizeToScene()); // the sentence whole
        if (loggedIn == null && !recovering) {
            password.clear();
            password.requestFocus();
        }
    }

    private void askForANewPassword() {
        showStep(m.get("login.mustChange"), m.get("login.newPassword"), newPassword, m.get("login.again"), again);
        newPassword.requestFocus();
    }

    /** 忘记密码？: the administrator's name, the printed recovery key and a new password (twice). */
    private void askForTheRecoveryKey() {
        recovering = true;
        error.setText("");
        setTitle(m.get("recovery.dialogTitle"));
        showStep(m.get("recovery.dialogText"), m.fieldLabel("account.name"), name, m.get("recovery.key"), recoveryKey,
                m.get("login.newPassword"), newPassword, m.get("login.again"), again);
        javafx.scene.control.Button go = (javafx.scene.control.Button) getDialogPane().lookupButton(ok);
        go.setText(m.get("recovery.ok"));
        go.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // the longer text whole, not "设新密…"
        getDialogPane().getScene().getWindow().sizeToScene();
        recoveryKey.requestFocus();
    }

    /** The dialog's next step: a sentence saying why, its fields (label, control, …) and the error line under them. */
    private void showStep(String whyText, Object... labelsAndControls) {
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        Label why = new Label(whyText);
        why.setWrapText(true);
        why.setMaxWidth(380);
        g.add(why, 0, 0, 2, 1);
        for (int i = 0; i < labelsAndControls.length; i += 2) {
            g.addRow(1 + i / 2, new Label((String) labelsAndControls[i]), (javafx.scene.Node) labelsAndControls[i + 1]);
        }
        g.add(error, 1, 1 + labelsAndControls.length / 2);
        getDialogPane().setContent(Fx.padded(g));
        getDialogPane().getScene().getWindow().sizeToScene();
    }

    private void finish() {
        setResult(loggedIn);
        close();
    }
}
