package org.mediationledger.ui;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.mediationledger.model.Messages;

/**
 * On an empty data file: start blank under the township's own name (the default button: Enter never loads example
 * data into a file meant to be real), load the demo township, which only its own button does, or join a township as a
 * village ledger with the set-up file the township made (issue 17).
 */
final class FirstRunDialog extends Dialog<FirstRunDialog.Choice> {
    /**
     * userName: who works with the ledger here (written into the history), blank to keep the system's login name;
     * adminPassword: when accounts are chosen, that person becomes the administrator with this password (else null).
     */
    record Choice(boolean loadDemo, String township, String userName, char[] adminPassword, boolean join) {
        Choice(boolean loadDemo, String township, String userName, char[] adminPassword) {
            this(loadDemo, township, userName, adminPassword, false);
        }
    }

    FirstRunDialog(Messages m, Window owner) {
        initOwner(owner);
        setTitle(m.get("firstRun.title"));
        setHeaderText(m.get("firstRun.header"));
        Label text = new Label(m.get("firstRun.text"));
        text.setWrapText(true);
        TextField township = new TextField();
        township.setId("first-run-township");
        township.setPromptText(m.get("firstRun.townshipPrompt"));
        TextField user = new TextField();
        user.setId("first-run-user");
        user.setPromptText(m.get("firstRun.userPrompt"));
        // several people on one PC, or a laptop that travels: accounts from the start, this person the administrator
        javafx.scene.control.CheckBox accounts = new javafx.scene.control.CheckBox(m.get("firstRun.accounts"));
        accounts.setId("first-run-accounts");
        accounts.setWrapText(true);
        javafx.scene.control.PasswordField password = new javafx.scene.control.PasswordField();
        password.setId("first-run-password");
        password.setPromptText(m.get("firstRun.passwordPrompt"));
        javafx.scene.control.PasswordField again = new javafx.scene.control.PasswordField();
        again.setId("first-run-password-again");
        again.setPromptText(m.get("login.again"));
        javafx.scene.layout.HBox passwords = new javafx.scene.layout.HBox(8, password, again);
        passwords.visibleProperty().bind(accounts.selectedProperty());
        passwords.managedProperty().bind(accounts.selectedProperty());
        Label passwordHint = new Label();
        passwordHint.setId("first-run-password-hint");
        passwordHint.getStyleClass().add("hint");
        passwordHint.setWrapText(true);
        passwordHint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        accounts.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        // the dialog grows to show the password fields whole, and shrinks back
        accounts.selectedProperty().addListener((o, was, now) -> javafx.application.Platform.runLater(() -> {
            if (getDialogPane().getScene() != null) {
                getDialogPane().getScene().getWindow().sizeToScene();
            }
        }));
        javafx.beans.binding.BooleanBinding accountsReady = javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !accounts.isSelected() || !user.getText().isBlank() && password.getText().length() >= 8
                        && password.getText().equals(again.getText()),
                accounts.selectedProperty(), user.textProperty(), password.textProperty(), again.textProperty());
        passwordHint.textProperty().bind(javafx.beans.binding.Bindings.when(accountsReady).then("")
                .otherwise(m.get("firstRun.accountsNeed")));
        passwordHint.managedProperty().bind(accounts.selectedProperty());
        passwordHint.visibleProperty().bind(accounts.selectedProperty());
        VBox box = new VBox(10, text, new Label(m.get("settings.township")), township, new Label(m.get("firstRun.user")), user,
                accounts, passwords, passwordHint);
        box.setPrefWidth(460);
        getDialogPane().setContent(Fx.padded(box));
        ButtonType demo = new ButtonType(m.get("firstRun.demo"), ButtonBar.ButtonData.OTHER);
        ButtonType blank = new ButtonType(m.get("firstRun.blank"), ButtonBar.ButtonData.OK_DONE);
        // a village PC: the township set up this village's ledger; the township's name comes with its set-up file
        ButtonType join = new ButtonType(m.get("firstRun.join"), ButtonBar.ButtonData.OTHER);
        getDialogPane().getButtonTypes().setAll(blank, demo, join);
        getDialogPane().lookupButton(blank).setId("first-run-blank");
        getDialogPane().lookupButton(demo).setId("first-run-demo");
        getDialogPane().lookupButton(join).setId("first-run-join");
        getDialogPane().lookupButton(join).disableProperty().bind(accountsReady.not());
        getDialogPane().lookupButton(blank).disableProperty().bind(township.textProperty().isEmpty().or(accountsReady.not()));
        getDialogPane().lookupButton(demo).disableProperty().bind(accountsReady.not());
        // Enter never loads the demo, whichever button has the focus: it starts blank once a name is typed, else nothing
        getDialogPane().addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                e.consume();
                if (!getDialogPane().lookupButton(blank).isDisabled()) {
                    ((javafx.scene.control.Button) getDialogPane().lookupButton(blank)).fire();
                }
            }
        });
        setOnShown(e -> javafx.application.Platform.runLater(township::requestFocus));
        java.util.function.Supplier<char[]> admin = () -> accounts.isSelected() ? password.getText().toCharArray() : null;
        setResultConverter(b -> b == blank ? new Choice(false, township.getText().strip(), user.getText().strip(), admin.get())
                : b == demo ? new Choice(true, null, user.getText().strip(), admin.get())
                : b == join ? new Choice(false, null, user.getText().strip(), admin.get(), true) : null);
    }
}
