package org.mediationledger.ui;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.mediationledger.model.Messages;
import org.mediationledger.service.PaperService;
import org.mediationledger.ui.paper.PreviewDialog;

/**
 * The recovery key, shown once when the ledger turns to encryption (or a new key is made): large, selectable, with a
 * button that prints the recovery sheet through the usual preview. The key is in no file unless the clerk saves one.
 */
public final class RecoveryKeyDialog extends Dialog<Void> {

    /** @param replacing a new key for one whose paper was lost (the old one stops working), not the first */
    public RecoveryKeyDialog(Messages m, Window owner, TaskExecutor executor, PaperService papers, String key, String adminName,
                             boolean replacing) {
        initOwner(owner);
        setTitle(m.get("recovery.title"));
        setHeaderText(m.get("recovery.header"));
        Label text = new Label(m.get(replacing ? "recovery.textNew" : "recovery.text"));
        text.setWrapText(true);
        text.setPrefWidth(560);
        text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        TextField shown = new TextField(key);
        shown.setId("recovery-key");
        shown.setEditable(false);
        shown.setPrefWidth(560);
        shown.setStyle("-fx-font-family: monospace; -fx-font-size: 20px; -fx-font-weight: bold;");
        Button print = new Button(m.get("recovery.print"));
        print.setId("recovery-print");
        print.setOnAction(e -> PreviewDialog.show(getDialogPane().getScene().getWindow(), m, executor, m.get("paper.recoveryTitle"),
                m.get("paper.recoveryTitle") + ".pdf", false, full -> papers.recoverySheet(key, adminName)));
        VBox box = new VBox(12, text, shown, print);
        getDialogPane().setContent(Fx.padded(box));
        ButtonType done = new ButtonType(m.get("recovery.done"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(done);
        getDialogPane().lookupButton(done).setId("recovery-done");
    }

    /** Shows the recovery key made just now, if one was (once). */
    public static void showIfNew(Messages m, Window owner, TaskExecutor executor, org.mediationledger.service.Services services) {
        services.accounts().takeRecoveryKey().ifPresent(key -> new RecoveryKeyDialog(m, owner, executor, services.papers(), key,
                services.accounts().session().account().map(a -> a.name()).orElse(""), false).showAndWait());
    }
}
