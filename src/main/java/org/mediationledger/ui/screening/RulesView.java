package org.mediationledger.ui.screening;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.mediationledger.model.Messages;
import org.mediationledger.model.SensitivePeriod;
import org.mediationledger.ui.Fx;

/** How often each level screens, and the sensitive periods with their daily rule. */
public final class RulesView extends VBox {
    public RulesView(RulesViewModel vm) {
        super(12);
        Messages m = vm.messages();
        setId("screening-rules");
        setPadding(new Insets(10, 0, 0, 0));
        Spinner<Integer> village = new Spinner<>(1, 7, 1);
        village.getValueFactory().valueProperty().addListener((o, was, now) -> vm.village.set(now));
        vm.village.addListener((o, was, now) -> village.getValueFactory().setValue(now.intValue()));
        Spinner<Integer> community = new Spinner<>(1, 7, 1);
        community.getValueFactory().valueProperty().addListener((o, was, now) -> vm.community.set(now));
        vm.community.addListener((o, was, now) -> community.getValueFactory().setValue(now.intValue()));
        Button saveRules = new Button(m.get("action.save"));
        saveRules.setOnAction(e -> vm.saveRules());
        GridPane rules = new GridPane();
        rules.setHgap(10);
        rules.setVgap(8);
        rules.addRow(0, new Label(m.get("rules.village")), village, new Label(m.get("rules.perWeek")));
        rules.addRow(1, new Label(m.get("rules.community")), community, new Label(m.get("rules.perWeek")));
        rules.add(saveRules, 1, 2);

        TableView<SensitivePeriod> table = new TableView<>(vm.periods);
        table.setId("sensitive-periods");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(col(m.get("field.name"), SensitivePeriod::name),
                col(m.get("field.start"), p -> p.start().toString()), col(m.get("field.end"), p -> p.end().toString()),
                col(m.get("field.roundsPerDay"), p -> String.valueOf(p.roundsPerDay()))));
        table.setPrefHeight(220);
        Button add = new Button(m.get("settings.add"));
        add.setId("add-sensitive-period");
        org.mediationledger.ui.Gate.require(add, org.mediationledger.model.Permission.CHANGE_SETTINGS);
        add.setOnAction(e -> dialog(vm, m).ifPresent(vm::save));
        Button delete = new Button(m.get("settings.delete"));
        delete.setOnAction(e -> {
            SensitivePeriod p = table.getSelectionModel().getSelectedItem();
            if (p != null && org.mediationledger.ui.Fx.confirm(getScene().getWindow(), m,
                    m.get("rules.deleteQuestion", p.name(), p.start(), p.end()), m.get("settings.delete"), "confirm-delete",
                    m.get("action.cancel"))) {
                vm.delete(p);
            }
        });
        Label message = new Label();
        message.textProperty().bind(vm.message);
        Label hint = new Label(m.get("rules.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        Label periodsTitle = new Label(m.get("rules.periods"));
        periodsTitle.getStyleClass().add("party-head");
        Label rulesTitle = new Label(m.get("rules.title"));
        rulesTitle.getStyleClass().add("party-head");
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().setAll(rulesTitle, rules, periodsTitle, table, new HBox(8, add, delete, message), hint);
    }

    private java.util.Optional<SensitivePeriod> dialog(RulesViewModel vm, Messages m) {
        Dialog<SensitivePeriod> d = new Dialog<>();
        d.setTitle(m.get("rules.addPeriod"));
        TextField name = new TextField();
        name.setId("period-name");
        name.setPromptText(m.get("rules.namePrompt"));
        DatePicker start = new DatePicker();
        Fx.isoDates(start);
        start.setId("period-start");
        DatePicker end = new DatePicker();
        Fx.isoDates(end);
        end.setId("period-end");
        Spinner<Integer> perDay = new Spinner<>(1, 10, 1);
        Label error = Fx.errorLabel();
        error.setId("period-error");
        java.util.function.Supplier<SensitivePeriod> read = () -> new SensitivePeriod(null, name.getText(),
                start.getValue(), end.getValue(), perDay.getValue());
        ButtonType ok = Fx.form(d, m, error, () -> vm.check(read.get()), m.get("field.name"), name, m.get("field.start"), start,
                m.get("field.end"), end, m.get("field.roundsPerDay"), perDay);
        d.setResultConverter(b -> b == ok ? read.get() : null);
        if (getScene() != null) {
            d.initOwner(getScene().getWindow());
        }
        return d.showAndWait();
    }

    private static <T> TableColumn<T, String> col(String title, java.util.function.Function<T, String> f) {
        TableColumn<T, String> c = new TableColumn<>(title);
        org.mediationledger.ui.Fx.titleFits(c);
        c.setCellValueFactory(x -> new ReadOnlyStringWrapper(f.apply(x.getValue())));
        return c;
    }

}
