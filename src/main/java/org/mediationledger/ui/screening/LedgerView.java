package org.mediationledger.ui.screening;

import java.io.File;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.stage.FileChooser;
import org.mediationledger.model.LedgerRow;
import org.mediationledger.model.Messages;
import org.mediationledger.model.Unit;
import org.mediationledger.service.LedgerExport;
import org.mediationledger.service.ReferenceData;
import org.mediationledger.ui.Fx;

/** 矛盾纠纷排查台账 on screen: the standard columns, CSV export, and a case opened from a chosen finding. */
public final class LedgerView extends BorderPane {
    final TableView<LedgerRow> table = new TableView<>();

    /** Prints the ledger of a period and units (null: all). */
    public interface PrintLedger {
        void print(java.time.LocalDate from, java.time.LocalDate to, List<java.util.UUID> units);
    }

    public LedgerView(LedgerViewModel vm, ReferenceData ref, Runnable onChanged, PrintLedger printLedger) {
        Messages m = vm.messages();
        setId("screening-ledger");
        DatePicker from = new DatePicker();
        Fx.isoDates(from);
        from.setPrefWidth(140);
        from.valueProperty().bindBidirectional(vm.from);
        DatePicker to = new DatePicker();
        Fx.isoDates(to);
        to.setPrefWidth(140);
        to.valueProperty().bindBidirectional(vm.to);
        ComboBox<Unit> unit = new ComboBox<>();
        unit.getItems().add(null);
        unit.getItems().addAll(ref.units());
        Fx.named(unit, Unit::name, m.get("filter.allUnits"));
        unit.valueProperty().bindBidirectional(vm.unit);
        Button show = new Button(m.get("board.show"));
        show.setId("ledger-show");
        show.setOnAction(e -> vm.load());
        Button export = new Button(m.get("ledger.export"));
        export.setId("ledger-export");
        export.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setInitialFileName(m.get("ledger.fileName", vm.from.get(), vm.to.get()) + ".csv");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
            File f = chooser.showSaveDialog(getScene().getWindow());
            if (f != null) {
                vm.exportCsv(f.toPath());
            }
        });
        Button openCase = new Button(m.get("ledger.openCase"));
        openCase.setId("ledger-open-case");
        openCase.setOnAction(e -> vm.openCase(table.getSelectionModel().getSelectedItem()));
        Button print = new Button(m.get("ledger.print"));
        print.setId("ledger-print");
        print.setOnAction(e -> {
            if (!org.mediationledger.ui.ViewModels.isRange(vm.from, vm.to, vm.message, m)) {
                return;
            }
            printLedger.print(vm.from.get(), vm.to.get(), vm.unit.get() == null ? null : List.of(vm.unit.get().id()));
        });
        Button assign = new Button(m.get("ledger.assignLeader"));
        assign.setId("ledger-assign-leader");
        org.mediationledger.ui.Gate.require(assign, org.mediationledger.model.Permission.ASSIGN_LEADER);
        assign.setOnAction(e -> vm.assignLeader(table.getSelectionModel().getSelectedItem()));
        Button delete = new Button(m.get("ledger.deleteRound"));
        delete.setId("ledger-delete-round");
        org.mediationledger.ui.Gate.require(delete, org.mediationledger.model.Permission.RECORD_SCREENING);
        // a round recorded by mistake goes at once, and 撤销 brings it back (no question to click through)
        delete.setOnAction(e -> vm.deleteRound(table.getSelectionModel().getSelectedItem(), onChanged));
        Button undo = new Button(m.get("action.undo"));
        undo.setId("ledger-undo");
        undo.visibleProperty().bind(vm.undoable.isNotNull());
        undo.managedProperty().bind(undo.visibleProperty());
        undo.setOnAction(e -> vm.undoDelete(onChanged));
        Label message = new Label();
        message.setId("ledger-message");
        message.textProperty().bind(vm.message);
        FlowPane top = new FlowPane(8, 8, new Label(m.get("board.range")), from, new Label("—"), to, unit, show, export, print, openCase,
                assign, delete, message, undo);
        top.setAlignment(Pos.CENTER_LEFT);
        setTop(top);

        for (LedgerExport.Column col : LedgerExport.COLUMNS) {
            TableColumn<LedgerRow, String> c = new TableColumn<>(LedgerExport.title(m, col));
            c.setCellValueFactory(x -> new ReadOnlyStringWrapper(col.text().apply(m, x.getValue())));
            c.setPrefWidth(col.screenWidth());
            table.getColumns().add(org.mediationledger.ui.Fx.titleFits(c));
        }
        table.setId("ledger-table");
        table.setItems(vm.rows);
        table.setPlaceholder(new Label(m.get("ledger.none")));
        setCenter(table);
        BorderPane.setMargin(table, new Insets(10, 0, 0, 0));
    }
}
