package org.mediationledger.ui.settings;

import java.time.format.DateTimeFormatter;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.mediationledger.model.AuditEntry;
import org.mediationledger.model.Messages;
import org.mediationledger.ui.Fx;
import org.mediationledger.model.HistoryText;

/** Settings → 历史记录: who changed what and when, across the ledger, with filters. */
final class HistoryPane extends VBox {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    static final java.util.List<String> ACTIONS = java.util.List.of("INSERT", "UPDATE", "DELETE", "RESTORE", "PRINT_FULL",
            "SHOW_FULL", "EXPORT", "RESTORE_BACKUP", "LOGIN", "LOCK", "ENCRYPT");

    HistoryPane(HistoryViewModel vm) {
        super(10);
        Messages m = vm.messages();
        setId("history-pane");
        setPadding(new Insets(16));
        ComboBox<String> person = new ComboBox<>(vm.people);
        person.setId("history-person");
        person.setPromptText(m.get("history.filter.anyone"));
        person.valueProperty().bindBidirectional(vm.person);
        ComboBox<String> action = new ComboBox<>();
        action.setId("history-action");
        action.getItems().add(null);
        action.getItems().addAll(ACTIONS);
        Fx.named(action, a -> m.get("audit.action." + a, "").strip(), m.get("history.filter.anyAction"));
        action.valueProperty().bindBidirectional(vm.action);
        TextField caseNumber = new TextField();
        caseNumber.setId("history-case");
        caseNumber.setPromptText(m.get("history.filter.case"));
        caseNumber.textProperty().bindBidirectional(vm.caseNumber);
        DatePicker from = new DatePicker();
        Fx.isoDates(from);
        from.valueProperty().bindBidirectional(vm.from);
        DatePicker to = new DatePicker();
        Fx.isoDates(to);
        to.valueProperty().bindBidirectional(vm.to);
        Button find = new Button(m.get("history.filter.apply"));
        find.setId("history-find");
        find.getStyleClass().add("accent");
        find.setDefaultButton(true);
        find.setOnAction(e -> vm.search());
        caseNumber.setOnAction(e -> vm.search());
        Label message = new Label();
        message.setId("history-message");
        message.textProperty().bind(vm.message);
        FlowPane filters = new FlowPane(8, 6, person, action, caseNumber, from, new Label("—"), to, find, message);
        filters.setAlignment(Pos.CENTER_LEFT);

        TableView<AuditEntry> table = new TableView<>(vm.entries);
        table.setId("history-table");
        table.getColumns().add(Fx.column(m.get("history.col.at"), a -> WHEN.format(a.at()), 150));
        table.getColumns().add(Fx.column(m.get("history.col.who"), AuditEntry::userName, 100));
        table.getColumns().add(Fx.column(m.get("history.col.what"), a -> HistoryText.what(m, a), 170));
        table.getColumns().add(Fx.column(m.get("history.col.changes"), a -> HistoryText.changes(m, a), 480));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setVgrow(table, Priority.ALWAYS);
        getChildren().setAll(filters, table);
    }
}
