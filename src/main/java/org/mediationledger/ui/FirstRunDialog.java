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
 * data into a file meant to be real), or load the demo township, which only its own button does.
 */
final class FirstRunDialog extends Dialog<FirstRunDialog.Choice> {
    /** userName: who works with the ledger here (written into the history), blank to keep the system's login name. */
    record Choice(boolean loadDemo, String township, String userName) {
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
        VBox box = new VBox(10, text, new Label(m.get("settings.township")), township, new Label(m.get("firstRun.user")), user);
        box.setPrefWidth(460);
        getDialogPane().setContent(Fx.padded(box));
        ButtonType demo = new ButtonType(m.get("firstRun.demo"), ButtonBar.ButtonData.OTHER);
        ButtonType blank = new ButtonType(m.get("firstRun.blank"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(blank, demo);
        getDialogPane().lookupButton(blank).setId("first-run-blank");
        getDialogPane().lookupButton(demo).setId("first-run-demo");
        getDialogPane().lookupButton(blank).disableProperty().bind(township.textProperty().isEmpty());
        // Enter never loads the demo, whichever button has the focus: it starts blank once a name is typed, else nothing
        getDialogPane().addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                e.consume();
                if (!township.getText().isBlank()) {
                    ((javafx.scene.control.Button) getDialogPane().lookupButton(blank)).fire();
                }
            }
        });
        setOnShown(e -> javafx.application.Platform.runLater(township::requestFocus));
        setResultConverter(b -> b == blank ? new Choice(false, township.getText().strip(), user.getText().strip())
                : b == demo ? new Choice(true, null, user.getText().strip()) : null);
    }
}
