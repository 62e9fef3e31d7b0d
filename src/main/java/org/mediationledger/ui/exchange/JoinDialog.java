package org.mediationledger.ui.exchange;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.mediationledger.model.Messages;
import org.mediationledger.service.exchange.ExchangeService;
import org.mediationledger.ui.Fx;

/**
 * 加入乡镇: on a village PC, the set-up file the township made and the join code written down there. Joining runs in the
 * background; a file that is not a set-up file or a mistyped code is one sentence under the fields, and the dialog stays
 * open with what was typed, so the clerk corrects the code and tries again. Closes with the result once joined.
 */
public final class JoinDialog extends Dialog<ExchangeService.Result> {
    /** Joins in the background and answers on the JavaFX thread: the result, or the sentence for the user. */
    @FunctionalInterface
    public interface Joiner {
        void join(Path setupFile, String code, Consumer<ExchangeService.Result> joined, Consumer<String> refused);
    }

    public JoinDialog(Messages m, Window owner, Joiner joiner) {
        initOwner(owner);
        setTitle(m.get("exchange.join.title"));
        setHeaderText(m.get("exchange.join.header"));
        Label text = new Label(m.get("exchange.join.text"));
        text.setWrapText(true);
        text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        TextField file = new TextField();
        file.setId("join-file");
        file.setPromptText(m.get("exchange.join.filePrompt"));
        Button choose = new Button(m.get("exchange.join.choose"));
        choose.setId("join-choose");
        choose.setOnAction(e -> {
            FileChooser fc = new FileChooser();
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get("exchange.join.fileKind"), "*.mlnode", "*.mlx"));
            File f = fc.showOpenDialog(getDialogPane().getScene().getWindow());
            if (f != null) {
                file.setText(f.getPath());
            }
        });
        HBox.setHgrow(file, Priority.ALWAYS);
        TextField code = new TextField();
        code.setId("join-code");
        code.setPromptText(m.get("exchange.join.codePrompt"));
        code.setStyle("-fx-font-family: monospace;");
        Label problem = Fx.dialogError(this);
        problem.setId("join-problem");
        ProgressIndicator working = new ProgressIndicator();
        working.setPrefSize(22, 22);
        working.setVisible(false);
        Label workingText = new Label(m.get("exchange.join.working"));
        workingText.visibleProperty().bind(working.visibleProperty());
        VBox box = new VBox(8, text, new Label(m.get("exchange.join.file")), new HBox(8, file, choose),
                new Label(m.get("exchange.join.code")), code, problem, new HBox(8, working, workingText));
        box.setPrefWidth(520);
        getDialogPane().setContent(Fx.padded(box));
        ButtonType join = new ButtonType(m.get("exchange.join.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = Fx.cancel(m);
        getDialogPane().getButtonTypes().setAll(join, cancel);
        Button joinButton = (Button) getDialogPane().lookupButton(join);
        joinButton.setId("join-ok");
        joinButton.disableProperty().bind(file.textProperty().isEmpty().or(code.textProperty().isEmpty()).or(working.visibleProperty()));
        getDialogPane().lookupButton(cancel).disableProperty().bind(working.visibleProperty());
        final ExchangeService.Result[] result = {null};
        // the dialog closes only once joined: a refusal stays here, next to the fields, with what was typed
        joinButton.addEventFilter(ActionEvent.ACTION, e -> {
            if (result[0] != null) {
                return;
            }
            e.consume();
            Path setup;
            try {
                setup = Path.of(file.getText().strip());
            } catch (java.nio.file.InvalidPathException notAPath) {
                // a character no file name may hold (typed or pasted): the same sentence as a file not there
                problem.setText(m.get("exchange.join.noFile", file.getText().strip()));
                return;
            }
            if (!Files.isRegularFile(setup)) {
                problem.setText(m.get("exchange.join.noFile", setup));
                return;
            }
            problem.setText("");
            working.setVisible(true);
            joiner.join(setup, code.getText(), r -> {
                working.setVisible(false);
                result[0] = r;
                setResult(r);
                close();
            }, sentence -> {
                working.setVisible(false);
                problem.setText(sentence);
                code.requestFocus();
            });
        });
        setResultConverter(b -> b == join ? result[0] : null);
        setOnShown(e -> javafx.application.Platform.runLater(file::requestFocus));
    }

    /** Shows the dialog and waits: the result once joined, empty when the clerk cancelled. */
    public Optional<ExchangeService.Result> ask() {
        return showAndWait();
    }
}
