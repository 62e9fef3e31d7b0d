package org.mediationledger.ui.stats;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Window;
import org.mediationledger.model.CaseRef;
import org.mediationledger.model.Messages;
import org.mediationledger.ui.Fx;

/** The cases behind a figure, in a dialog: number, received, status, summary; a double click opens the case. */
public final class CaseListDialog {
    private CaseListDialog() {
    }

    public static void show(Window owner, Messages m, String title, List<CaseRef> list, Consumer<UUID> openCase) {
        TableView<CaseRef> t = new TableView<>();
        t.setId("drill-table");
        t.getItems().setAll(list);
        t.setPlaceholder(new Label(m.get("stats.noCases")));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.getColumns().setAll(List.of(Fx.<CaseRef>column(m.get("col.caseNumber"), CaseRef::caseNumber, 230),
                Fx.<CaseRef>column(m.get("col.received"), c -> c.received().toString(), 100),
                Fx.<CaseRef>column(m.get("col.status"), c -> m.label(c.status()), 90),
                Fx.<CaseRef>column(m.get("field.summary"), CaseRef::summary, 300)));
        t.setPrefSize(860, 420);
        t.setMinWidth(860);
        Dialog<Void> d = new Dialog<>();
        d.setTitle(title);
        d.setHeaderText(title);
        d.getDialogPane().setContent(Fx.padded(t));
        d.getDialogPane().getButtonTypes().setAll(Fx.ok(m));
        d.getDialogPane().setMinSize(900, 560);
        d.setResizable(true);
        d.initOwner(owner);
        t.setRowFactory(tv -> {
            TableRow<CaseRef> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    UUID id = row.getItem().id();
                    d.close();
                    openCase.accept(id);
                }
            });
            return row;
        });
        d.show();
    }
}
