package org.mediationledger.ui.settings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.mediationledger.model.Messages;
import org.mediationledger.service.BackupService;
import org.mediationledger.ui.Fx;

/** The 数据备份 tab: the list of backups, 立即备份, 从备份恢复…, and the rules. */
final class BackupPane extends VBox {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final BackupViewModel vm;
    private final Messages m;
    private final TableView<BackupService.Backup> table = new TableView<>();

    BackupPane(BackupViewModel vm) {
        super(10);
        this.vm = vm;
        this.m = vm.messages();
        setId("backup-pane");
        setPadding(new Insets(16));
        setMinWidth(0);
        Label where = new Label(m.get("backup.folder", vm.folder()));
        where.getStyleClass().add("hint");
        where.setWrapText(true);
        where.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label message = new Label();
        message.setId("backup-message");
        message.textProperty().bind(vm.message);
        message.setWrapText(true);
        Label error = Fx.errorLabel();
        error.setId("backup-error");
        error.textProperty().bind(vm.error);

        table.setId("backup-table");
        table.setItems(vm.rows);
        table.getColumns().add(Fx.column(m.get("backup.col.made"), b -> b.made().format(WHEN), 150));
        table.getColumns().get(0).setMinWidth(140);
        table.getColumns().add(Fx.column(m.get("backup.col.kind"), b -> m.get("backup.kind." + b.kind().name()), 110));
        table.getColumns().add(Fx.column(m.get("backup.col.cases"), b -> count(b.cases()), 70));
        table.getColumns().add(Fx.column(m.get("backup.col.rounds"), b -> count(b.rounds()), 70));
        table.getColumns().add(Fx.column(m.get("backup.col.findings"), b -> count(b.findings()), 70));
        table.getColumns().add(Fx.column(m.get("backup.col.size"), b -> b.bytes() < 0 ? "" : String.format("%.1f MB", b.bytes() / 1048576.0), 80));
        table.getColumns().add(Fx.column(m.get("backup.col.file"), b -> b.file().getFileName().toString(), 260));
        table.setPlaceholder(new Label(m.get("backup.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setMinWidth(0);
        table.setPrefHeight(260);
        VBox.setVgrow(table, Priority.ALWAYS);

        Button now = new Button(m.get("backup.now"));
        now.setId("backup-now");
        org.mediationledger.ui.Gate.require(now, org.mediationledger.model.Permission.MAKE_BACKUP);
        now.getStyleClass().add("accent");
        now.setOnAction(e -> vm.backupNow());
        Button restore = new Button(m.get("backup.restore"));
        restore.setId("backup-restore");
        org.mediationledger.ui.Gate.require(restore, org.mediationledger.model.Permission.RESTORE_BACKUP);
        restore.setOnAction(e -> chooseAndRestore());
        Button verify = new Button(m.get("audit.verify"));
        verify.setId("audit-verify");
        org.mediationledger.ui.Gate.require(verify, org.mediationledger.model.Permission.VIEW_HISTORY);
        verify.setOnAction(e -> vm.verifyHistory());
        HBox buttons = new HBox(10, now, restore, verify, message);
        buttons.setAlignment(Pos.CENTER_LEFT);

        Spinner<Integer> daily = spinner("backup-keep-daily", 1, 366, vm.keepDaily);
        Spinner<Integer> weekly = spinner("backup-keep-weekly", 0, 520, vm.keepWeekly);
        Spinner<Integer> free = spinner("backup-min-free", 0, 100_000, vm.minFreeMb);
        TextField second = new TextField();
        second.setId("backup-second-folder");
        second.setPromptText(m.get("backup.secondPrompt"));
        second.textProperty().bindBidirectional(vm.secondFolder);
        HBox.setHgrow(second, Priority.ALWAYS);
        Button save = new Button(m.get("action.save"));
        save.setId("backup-save-rules");
        org.mediationledger.ui.Gate.require(save, org.mediationledger.model.Permission.CHANGE_SETTINGS);
        save.setOnAction(e -> vm.saveRules());
        GridPane rules = new GridPane();
        rules.setHgap(10);
        rules.setVgap(6);
        rules.addRow(0, new Label(m.get("backup.keep")), new HBox(8, daily, new Label(m.get("backup.keepDaily")), weekly,
                new Label(m.get("backup.keepWeekly"))));
        rules.addRow(1, new Label(m.get("backup.second")), second);
        Label freeHint = new Label(m.get("backup.minFreeHint"));
        freeHint.setWrapText(true);
        rules.addRow(2, new Label(m.get("backup.minFree")), new HBox(8, free, freeHint));
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMinWidth(0);
        rules.getColumnConstraints().setAll(labels, fields);
        rules.add(save, 1, 3);
        GridPane.setHgrow(second, Priority.ALWAYS);
        getChildren().setAll(where, buttons, error, table, rules);
    }

    private static String count(long n) {
        return n < 0 ? "" : String.valueOf(n);
    }

    /** The selected backup, or one chosen from a folder (a USB stick); its contents are read and shown before asking. */
    private void chooseAndRestore() {
        BackupService.Backup selected = table.getSelectionModel().getSelectedItem();
        Path zip;
        if (selected != null) {
            zip = selected.file();
        } else {
            FileChooser fc = new FileChooser();
            fc.setTitle(m.get("backup.restore"));
            if (Files.isDirectory(vm.folder())) {
                fc.setInitialDirectory(vm.folder().toFile());
            }
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get("backup.zipFilter"), "*.zip"));
            java.io.File f = fc.showOpenDialog(getScene().getWindow());
            if (f == null) {
                return;
            }
            zip = f.toPath();
        }
        Path chosen = zip;
        vm.peek(chosen, counts -> ask(chosen, counts));
    }

    private void ask(Path zip, Map<String, Long> counts) {
        ButtonType go = new ButtonType(m.get("backup.restoreYes"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, m.get("backup.restoreQuestion", zip.getFileName(),
                counts.getOrDefault("MEDIATION_CASE", 0L), counts.getOrDefault("SCREENING_ROUND", 0L),
                counts.getOrDefault("FINDING", 0L)), go, Fx.cancel(m));
        a.setHeaderText(m.get("backup.restore"));
        a.initOwner(getScene().getWindow());
        a.getDialogPane().lookupButton(go).setId("backup-restore-yes");
        if (a.showAndWait().filter(b -> b == go).isPresent()) {
            vm.restore(zip);
        }
    }

    private static Spinner<Integer> spinner(String id, int min, int max, javafx.beans.property.IntegerProperty value) {
        Spinner<Integer> s = new Spinner<>(min, max, value.get());
        s.setId(id);
        s.setEditable(true);
        s.setPrefWidth(120);
        value.addListener((o, was, now) -> s.getValueFactory().setValue(now.intValue()));
        s.valueProperty().addListener((o, was, now) -> value.set(now));
        return s;
    }
}
