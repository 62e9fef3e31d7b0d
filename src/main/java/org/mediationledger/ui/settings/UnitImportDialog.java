package org.mediationledger.ui.settings;

import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.mediationledger.model.Messages;
import org.mediationledger.service.UnitImport;
import org.mediationledger.service.UnitImport.Line;
import org.mediationledger.service.UnitImport.Outcome;
import org.mediationledger.ui.Fx;

/**
 * What a sheet of villages and grids will add, row by row, before anything is saved: new, already there, or an
 * error with its sentence (those rows are left out). 导入 keeps the rest; 取消 keeps nothing.
 */
final class UnitImportDialog {
    private UnitImportDialog() {
    }

    /** @return the set-up day for new units the sheet gives none, when the clerk chose to import */
    static Optional<LocalDate> show(Window owner, Messages m, UnitImport.Plan plan, LocalDate defaultDay) {
        Dialog<LocalDate> d = new Dialog<>();
        d.setTitle(m.get("import.units.title"));
        d.setHeaderText(m.get("import.units.header", plan.file().getFileName()));
        Label summary = new Label(m.get("import.units.summary", plan.count(Outcome.NEW_UNIT), plan.newGrids(),
                plan.count(Outcome.PRESENT), plan.count(Outcome.ERROR)));
        summary.setId("import-summary");
        summary.setWrapText(true);
        TableView<Line> table = new TableView<>();
        table.setId("import-rows");
        javafx.collections.transformation.FilteredList<Line> shown =
                new javafx.collections.transformation.FilteredList<>(javafx.collections.FXCollections.observableArrayList(plan.lines()));
        table.setItems(shown);
        // a long sheet: the rows to fix, at one click
        javafx.scene.control.CheckBox errorsOnly = new javafx.scene.control.CheckBox(m.get("import.errorsOnly", plan.count(Outcome.ERROR)));
        errorsOnly.setId("import-errors-only");
        errorsOnly.setDisable(plan.count(Outcome.ERROR) == 0);
        errorsOnly.selectedProperty().addListener((o, was, now) -> shown.setPredicate(now ? l -> l.outcome() == Outcome.ERROR : null));
        table.getColumns().add(Fx.column(m.get("import.col.row"), l -> String.valueOf(l.row()), 50));
        table.getColumns().add(Fx.column(m.get("import.units.col.unit"), Line::unit, 130));
        table.getColumns().add(Fx.column(m.get("import.units.col.kind"),
                l -> l.kind() == null || l.unit().isEmpty() ? "" : m.label(l.kind()), 80));
        table.getColumns().add(Fx.column(m.get("import.units.col.grid"), l -> l.grid() == null ? "" : l.grid(), 140));
        table.getColumns().add(Fx.column(m.get("import.units.col.established"),
                l -> l.establishedOn() == null ? "" : l.establishedOn().toString(), 100));
        TableColumn<Line, String> outcome = new TableColumn<>(m.get("import.col.outcome"));
        outcome.setCellValueFactory(x -> new ReadOnlyStringWrapper(x.getValue().problem() == null
                ? m.get("import.outcome." + x.getValue().outcome().name())
                : m.fieldLabel(x.getValue().problem().field()) + m.get("history.colon") + m.problem(x.getValue().problem())));
        outcome.setPrefWidth(300);
        outcome.setCellFactory(c -> new ImportOutcomeCell<>(l -> l.outcome() == Outcome.ERROR ? "import-error"
                : l.outcome() == Outcome.PRESENT ? "import-present" : "import-new"));
        table.getColumns().add(outcome);
        table.setPrefSize(820, 320);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        DatePicker day = new DatePicker(defaultDay);
        day.setId("import-established");
        Fx.isoDates(day);
        HBox dayRow = new HBox(8, new Label(m.get("import.units.defaultDay")), day);
        dayRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox box = new VBox(8, summary, errorsOnly, table, dayRow);
        if (!plan.ignored().isEmpty()) {
            Label ignored = new Label(m.get("import.ignoredColumns", String.join("、", plan.ignored())));
            ignored.getStyleClass().add("hint");
            ignored.setWrapText(true);
            box.getChildren().add(1, ignored);
        }
        d.getDialogPane().setContent(Fx.padded(box));
        ButtonType importIt = new ButtonType(m.get("import.units.go"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = Fx.cancel(m);
        d.getDialogPane().getButtonTypes().setAll(importIt, cancel);
        d.getDialogPane().lookupButton(importIt).setId("import-go");
        d.getDialogPane().lookupButton(importIt).setDisable(!plan.hasWork());
        d.setResizable(true);
        d.setResultConverter(b -> b == importIt ? (day.getValue() == null ? defaultDay : day.getValue()) : null);
        d.initOwner(owner);
        return d.showAndWait();
    }
}
