package org.mediationledger.ui.settings;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.mediationledger.model.Messages;
import org.mediationledger.service.RegisterImport;
import org.mediationledger.service.RegisterImport.Line;
import org.mediationledger.service.RegisterImport.Outcome;
import org.mediationledger.ui.Fx;

/**
 * What a workbook will bring, row by row, before anything is saved (issue 19): new, already present, or an error with
 * its sentence (those rows are left out). A column the program did not understand can be read as one of the
 * register's columns (读取), and the rows with errors saved as a workbook to fix.
 */
final class RegisterImportDialog {
    private RegisterImportDialog() {
    }

    enum Choice { IMPORT, REREAD, SAVE_ERRORS, CANCEL }

    /** Chosen for a name the ledger lacks: add it to the ledger (a village, a dispute type) rather than read it as another. */
    static final String CREATE = "\u0000create";

    /** Takes the names chosen to be added out of the names read as the ledger's own: field -> names to add. */
    static Map<String, java.util.Set<String>> takeCreations(Map<String, Map<String, String>> names) {
        Map<String, java.util.Set<String>> out = new LinkedHashMap<>();
        names.forEach((field, n) -> n.entrySet().removeIf(e -> {
            if (CREATE.equals(e.getValue())) {
                out.computeIfAbsent(field, k -> new java.util.TreeSet<>()).add(e.getKey());
                return true;
            }
            return false;
        }));
        names.values().removeIf(Map::isEmpty);
        return out;
    }

    /**
     * What the clerk chose, with the columns mapped by hand (column name as written -> field), the names read as the
     * ledger's own (field -> name -> the ledger's name) and where errors go.
     */
    record Answer(Choice choice, Map<String, String> mapped, Map<String, Map<String, String>> names, Optional<Path> errorsTo) {
    }

    /** The dialog, or a test's answer in its place. */
    @FunctionalInterface
    interface Answerer {
        Answer answer(Window owner, Messages m, RegisterImport.Plan plan, Map<String, String> mapped,
                      Map<String, Map<String, String>> names);
    }

    static Answer show(Window owner, Messages m, RegisterImport.Plan plan, Map<String, String> mappedSoFar,
                       Map<String, Map<String, String>> namesSoFar) {
        Dialog<Answer> d = new Dialog<>();
        d.setTitle(m.get("import.register." + (plan.kind() == RegisterImport.Kind.CASES ? "cases" : "ledger")));
        d.setHeaderText(m.get("import.register.header", plan.file().getFileName()));
        Label summary = new Label(m.get("import.register.summary", plan.count(Outcome.NEW), plan.count(Outcome.PRESENT),
                plan.count(Outcome.ERROR)));
        summary.setId("register-import-summary");
        summary.setWrapText(true);
        Label columns = new Label(m.get("import.register.columns", String.join("、", plan.columns().values())));
        columns.getStyleClass().add("hint");
        columns.setWrapText(true);
        VBox box = new VBox(8, summary, columns);

        // the columns nobody understood: each may be read as one of the register's columns
        Map<String, String> mapped = new LinkedHashMap<>(mappedSoFar);
        Map<String, List<String>> fields = RegisterImport.columns(plan.kind());
        if (!plan.unknownColumns().isEmpty()) {
            GridPane grid = new GridPane();
            grid.setHgap(8);
            grid.setVgap(4);
            grid.add(new Label(m.get("import.register.unknownColumns")), 0, 0, 2, 1);
            int row = 1;
            for (String column : plan.unknownColumns()) {
                ComboBox<String> as = new ComboBox<>(FXCollections.observableArrayList(fields.keySet()));
                as.getItems().add(0, "");
                as.setId("map-" + row);
                as.setConverter(new StringConverter<>() {
                    @Override
                    public String toString(String field) {
                        return field == null || field.isEmpty() ? m.get("import.register.notImported") : fields.get(field).get(0);
                    }

                    @Override
                    public String fromString(String s) {
                        return s;
                    }
                });
                as.setValue(mapped.getOrDefault(column, ""));
                as.valueProperty().addListener((o, was, now) -> {
                    if (now == null || now.isEmpty()) {
                        mapped.remove(column);
                    } else {
                        mapped.put(column, now);
                    }
                });
                grid.add(new Label(column.replace('\n', ' ')), 0, row);
                grid.add(as, 1, row);
                row++;
            }
            box.getChildren().add(grid);
        }
        // names the ledger does not have: each may be read as one of its own (东山 as 东山村)
        Map<String, Map<String, String>> names = new LinkedHashMap<>();
        namesSoFar.forEach((f, n) -> names.put(f, new LinkedHashMap<>(n)));
        List<String> namedFields = RegisterImport.NAMED_FIELDS.stream().filter(plan.unknownNames()::containsKey).toList();
        if (!namedFields.isEmpty()) {
            GridPane grid = new GridPane();
            grid.setHgap(8);
            grid.setVgap(4);
            grid.add(new Label(m.get("import.register.unknownNameChoices")), 0, 0, 2, 1);
            int row = 1;
            for (String field : namedFields) {
                for (String name : plan.unknownNames().get(field)) {
                    ComboBox<String> as = new ComboBox<>(FXCollections.observableArrayList(plan.choices().getOrDefault(field, List.of())));
                    as.getItems().add(0, "");
                    if (RegisterImport.CREATABLE_FIELDS.contains(field)) {
                        as.getItems().add(1, CREATE);
                    }
                    as.setId("name-" + row);
                    as.setConverter(new StringConverter<>() {
                        @Override
                        public String toString(String ours) {
                            return ours == null || ours.isEmpty() ? m.get("import.register.notMapped")
                                    : CREATE.equals(ours) ? m.get("import.register.create", name) : ours;
                        }

                        @Override
                        public String fromString(String text) {
                            return text;
                        }
                    });
                    as.setValue(names.getOrDefault(field, Map.of()).getOrDefault(name, ""));
                    as.valueProperty().addListener((o, was, now) -> {
                        if (now == null || now.isEmpty()) {
                            names.getOrDefault(field, new LinkedHashMap<>()).remove(name);
                        } else {
                            names.computeIfAbsent(field, k -> new LinkedHashMap<>()).put(name, now);
                        }
                    });
                    grid.add(new Label(m.fieldLabel(field) + " “" + name + "”"), 0, row);
                    grid.add(as, 1, row);
                    row++;
                }
            }
            box.getChildren().add(grid);
        }
        if (!plan.unknownNames().isEmpty()) {
            Label unknown = new Label(m.get("import.register.unknownNames", String.join("；", plan.unknownNames().entrySet().stream()
                    .map(e -> m.fieldLabel(e.getKey()) + "：" + String.join("、", e.getValue())).toList())));
            unknown.setId("register-import-unknown-names");
            unknown.getStyleClass().add("error-text");
            unknown.setWrapText(true);
            unknown.setMinHeight(Label.USE_PREF_SIZE);
            box.getChildren().add(unknown);
        }

        TableView<Line> table = new TableView<>();
        table.setId("register-import-rows");
        FilteredList<Line> shown = new FilteredList<>(FXCollections.observableArrayList(plan.lines()));
        table.setItems(shown);
        CheckBox errorsOnly = new CheckBox(m.get("import.errorsOnly", plan.count(Outcome.ERROR)));
        errorsOnly.setId("register-import-errors-only");
        errorsOnly.setDisable(plan.count(Outcome.ERROR) == 0);
        errorsOnly.selectedProperty().addListener((o, was, now) -> shown.setPredicate(now ? l -> l.outcome() == Outcome.ERROR : null));
        table.getColumns().add(Fx.column(m.get("import.col.row"), l -> String.valueOf(l.row()), 50));
        table.getColumns().add(Fx.column(m.get("import.col.key"), Line::key, 300));
        TableColumn<Line, String> outcome = new TableColumn<>(m.get("import.col.outcome"));
        outcome.setCellValueFactory(x -> new ReadOnlyStringWrapper(x.getValue().problems().isEmpty()
                ? m.get("import.outcome." + x.getValue().outcome().name())
                : String.join("；", x.getValue().problems().stream().map(p -> m.fieldLabel(p.field()) + m.get("history.colon") + m.problem(p)).toList())));
        outcome.setPrefWidth(420);
        outcome.setCellFactory(c -> new ImportOutcomeCell<>(l -> l.outcome() == Outcome.ERROR ? "import-error"
                : l.outcome() == Outcome.PRESENT ? "import-present" : "import-new"));
        table.getColumns().add(outcome);
        table.setPrefSize(860, 340);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        box.getChildren().addAll(errorsOnly, table);
        d.getDialogPane().setContent(Fx.padded(box));

        ButtonType importIt = new ButtonType(m.get("import.register.go", plan.count(Outcome.NEW)), ButtonBar.ButtonData.OK_DONE);
        ButtonType reread = new ButtonType(m.get("import.register.reread"), ButtonBar.ButtonData.OTHER);
        ButtonType saveErrors = new ButtonType(m.get("import.register.saveErrors"), ButtonBar.ButtonData.LEFT);
        ButtonType cancel = Fx.cancel(m);
        d.getDialogPane().getButtonTypes().setAll(importIt, reread, saveErrors, cancel);
        d.getDialogPane().lookupButton(importIt).setId("register-import-go");
        d.getDialogPane().lookupButton(importIt).setDisable(!plan.hasWork());
        d.getDialogPane().lookupButton(reread).setId("register-import-reread");
        d.getDialogPane().lookupButton(reread).setVisible(!plan.unknownColumns().isEmpty() || !namedFields.isEmpty());
        d.getDialogPane().lookupButton(saveErrors).setId("register-import-save-errors");
        d.getDialogPane().lookupButton(saveErrors).setDisable(plan.count(Outcome.ERROR) == 0);
        d.setResizable(true);
        d.setResultConverter(b -> {
            if (b == importIt) {
                return new Answer(Choice.IMPORT, mapped, names, Optional.empty());
            }
            if (b == reread) {
                return new Answer(Choice.REREAD, mapped, names, Optional.empty());
            }
            if (b == saveErrors) {
                FileChooser chooser = new FileChooser();
                chooser.setInitialFileName(m.get("import.errors.sheet") + ".xlsx");
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Excel", "*.xlsx"));
                java.io.File f = chooser.showSaveDialog(owner);
                return new Answer(Choice.SAVE_ERRORS, mapped, names, Optional.ofNullable(f).map(java.io.File::toPath));
            }
            return new Answer(Choice.CANCEL, mapped, names, Optional.empty());
        });
        d.initOwner(owner);
        return d.showAndWait().orElse(new Answer(Choice.CANCEL, mapped, names, Optional.empty()));
    }
}
