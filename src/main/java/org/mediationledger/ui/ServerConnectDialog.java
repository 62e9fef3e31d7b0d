package org.mediationledger.ui;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.mediationledger.model.Messages;
import org.mediationledger.model.ServerAddress;
import org.mediationledger.model.ValidationException;
import org.mediationledger.service.Services;

/**
 * 连接服务器数据库 (issue 18): the ledger on a PostgreSQL server — its address (remembered on this PC by the caller) and
 * the password (never remembered). Connecting runs in the background; an address the program cannot read, a wrong
 * password or a server that does not answer is one sentence under the fields, and the dialog stays open with what was
 * typed. Closes with the opened ledger, or with the clerk's choice to use this PC's data file instead.
 */
public final class ServerConnectDialog extends Dialog<ServerConnectDialog.Choice> {
    /** What the clerk chose: the ledger on the server (opened), or this PC's data file. */
    public record Choice(Services services, ServerAddress address, boolean useFile) {
    }

    /** Opens the server's ledger in the background and answers on the JavaFX thread: the ledger, or the sentence. */
    @FunctionalInterface
    public interface Connector {
        void connect(ServerAddress address, char[] password, Consumer<Services> opened, Consumer<String> refused);
    }

    public ServerConnectDialog(Messages m, Window owner, String address, Connector connector) {
        initOwner(owner);
        setTitle(m.get("server.title"));
        setHeaderText(m.get("server.header"));
        Label text = new Label(m.get("server.text"));
        text.setWrapText(true);
        text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        TextField where = new TextField(address == null ? "" : address);
        where.setId("server-address");
        where.setPromptText("postgresql://ledger_clerk@10.0.0.5:5432/ledger?sslmode=verify-full");
        PasswordField password = new PasswordField();
        password.setId("server-password");
        Label problem = Fx.dialogError(this);
        problem.setId("server-problem");
        ProgressIndicator working = new ProgressIndicator();
        working.setPrefSize(22, 22);
        working.setVisible(false);
        Label workingText = new Label(m.get("server.connecting"));
        workingText.visibleProperty().bind(working.visibleProperty());
        VBox box = new VBox(8, text, new Label(m.get("server.address")), where, new Label(m.get("server.password")), password,
                problem, new HBox(8, working, workingText));
        box.setPrefWidth(560);
        getDialogPane().setContent(Fx.padded(box));
        ButtonType connect = new ButtonType(m.get("server.connect"), ButtonBar.ButtonData.OK_DONE);
        ButtonType useFile = new ButtonType(m.get("server.useFile"), ButtonBar.ButtonData.OTHER);
        ButtonType cancel = Fx.cancel(m);
        getDialogPane().getButtonTypes().setAll(connect, useFile, cancel);
        Button connectButton = (Button) getDialogPane().lookupButton(connect);
        connectButton.setId("server-connect");
        getDialogPane().lookupButton(useFile).setId("server-use-file");
        connectButton.disableProperty().bind(where.textProperty().isEmpty().or(working.visibleProperty()));
        getDialogPane().lookupButton(useFile).disableProperty().bind(working.visibleProperty());
        getDialogPane().lookupButton(cancel).disableProperty().bind(working.visibleProperty());
        final Choice[] result = {null};
        connectButton.addEventFilter(ActionEvent.ACTION, e -> {
            if (result[0] != null) {
                return;
            }
            e.consume();
            ServerAddress a;
            try {
                a = ServerAddress.parse(where.getText());
            } catch (ValidationException bad) {
                problem.setText(m.problem(bad.problems().get(0)));
                where.requestFocus();
                return;
            }
            problem.setText("");
            working.setVisible(true);
            connector.connect(a, password.getText().toCharArray(), s -> {
                working.setVisible(false);
                result[0] = new Choice(s, a, false);
                setResult(result[0]);
                close();
            }, sentence -> {
                working.setVisible(false);
                problem.setText(sentence);
                password.requestFocus();
            });
        });
        setResultConverter(b -> b == connect ? result[0] : b == useFile ? new Choice(null, null, true) : null);
        setOnShown(e -> javafx.application.Platform.runLater(where.getText().isEmpty() ? where::requestFocus : password::requestFocus));
    }

    /** Shows the dialog and waits: the opened ledger or the file chosen; empty when the clerk cancelled. */
    public Optional<Choice> ask() {
        return showAndWait();
    }
}
