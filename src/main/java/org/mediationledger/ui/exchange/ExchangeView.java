package org.mediationledger.ui.exchange;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.mediationledger.model.Messages;
import org.mediationledger.model.Permission;
import org.mediationledger.model.Unit;
import org.mediationledger.service.exchange.ExchangeService;
import org.mediationledger.ui.Fx;
import org.mediationledger.ui.Gate;

/** 数据交换: the peers and when each last exchanged, export, import and its result, the conflicts side by side. */
public final class ExchangeView extends VBox {
    private final ExchangeViewModel vm;
    private final Messages m;
    private final Supplier<List<Unit>> units;
    private final TableView<ExchangeService.Peer> peers = new TableView<>();
    private final TableView<ExchangeViewModel.Conflict> conflicts = new TableView<>();

    /** @param units the township's units (to choose the one a village ledger is set up for) */
    public ExchangeView(ExchangeViewModel vm, Supplier<List<Unit>> units) {
        super(12);
        this.vm = vm;
        this.m = vm.messages();
        this.units = units;
        setId("exchange-area");
        getStyleClass().add("page");
        Label title = new Label(m.get("nav.exchange"));
        title.getStyleClass().add("page-title");
        Label self = new Label();
        self.setId("exchange-self");
        self.setWrapText(true);
        self.textProperty().bind(Bindings.createStringBinding(() -> vm.self.get() == null ? m.get("exchange.notJoined")
                : m.get("exchange.selfIs", vm.self.get().name(), m.get("exchange.kind." + vm.self.get().kind())), vm.self));

        Button create = Gate.require(new Button(m.get("exchange.create")), Permission.EXCHANGE_DATA);
        create.setId("exchange-create");
        create.setOnAction(e -> createNode());
        create.visibleProperty().bind(Bindings.createBooleanBinding(() -> vm.self.get() == null
                || ExchangeService.TOWNSHIP.equals(vm.self.get().kind()), vm.self));
        create.managedProperty().bind(create.visibleProperty());
        // a new, empty ledger on a village PC: join the township with the set-up file it made
        Button join = Gate.require(new Button(m.get("exchange.join")), Permission.EXCHANGE_DATA);
        join.setId("exchange-join");
        join.setOnAction(e -> new JoinDialog(m, getScene().getWindow(), vm::join).ask());
        join.visibleProperty().bind(vm.self.isNull());
        join.managedProperty().bind(join.visibleProperty());
        Button export = Gate.require(new Button(m.get("exchange.export")), Permission.EXCHANGE_DATA);
        export.setId("exchange-export");
        export.disableProperty().bind(Bindings.isEmpty(vm.peers));
        export.setOnAction(e -> export());
        Button importFile = Gate.require(new Button(m.get("exchange.import")), Permission.EXCHANGE_DATA);
        importFile.setId("exchange-import");
        importFile.disableProperty().bind(vm.self.isNull());
        importFile.setOnAction(e -> importFile());
        FlowPane actions = new FlowPane(10, 6, join, create, export, importFile);
        actions.setAlignment(Pos.CENTER_LEFT);

        Label lastImport = new Label();
        lastImport.setId("exchange-last-import");
        lastImport.setWrapText(true);
        lastImport.textProperty().bind(vm.lastImport);
        lastImport.managedProperty().bind(vm.lastImport.isNotEmpty());
        Label message = new Label();
        message.setId("exchange-message");
        message.setWrapText(true);
        message.getStyleClass().add("hint");
        message.textProperty().bind(vm.message);
        message.managedProperty().bind(vm.message.isNotEmpty());

        peers.setId("exchange-peers");
        peers.setItems(vm.peers);
        peers.setPlaceholder(new Label(m.get("exchange.noPeers")));
        peers.getColumns().addAll(List.of(
                Fx.<ExchangeService.Peer>column(m.get("exchange.col.name"), p -> p.name(), 160),
                Fx.<ExchangeService.Peer>column(m.get("exchange.col.kind"), p -> m.get("exchange.kind." + p.kind()), 90),
                Fx.<ExchangeService.Peer>column(m.get("exchange.col.last"), p -> p.lastExchange() == null ? m.get("exchange.never")
                        : p.lastExchange().withNano(0).withSecond(0).toString().replace('T', ' '), 170),
                Fx.<ExchangeService.Peer>column(m.get("exchange.col.sent"), p -> String.valueOf(p.lastSent()), 100),
                Fx.<ExchangeService.Peer>column(m.get("exchange.col.received"), p -> String.valueOf(p.lastReceived()), 100)));
        peers.setPrefHeight(150);
        peers.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        Label conflictsTitle = new Label();
        conflictsTitle.getStyleClass().add("board-rate");
        conflictsTitle.textProperty().bind(Bindings.createStringBinding(() -> m.get("exchange.conflicts", vm.conflicts.size()), vm.conflicts));
        conflicts.setId("exchange-conflicts");
        conflicts.setItems(vm.conflicts);
        conflicts.setPlaceholder(new Label(m.get("exchange.noConflicts")));
        conflicts.getColumns().addAll(List.of(
                Fx.<ExchangeViewModel.Conflict>column(m.get("exchange.col.row"), c -> c.record(), 260),
                Fx.<ExchangeViewModel.Conflict>column(m.get("exchange.col.field"), c -> c.field(), 120),
                Fx.<ExchangeViewModel.Conflict>column(m.get("exchange.col.mine"), c -> value(c.conflict().mineMasked()), 220),
                Fx.<ExchangeViewModel.Conflict>column(m.get("exchange.col.theirs"), c -> value(c.conflict().theirsMasked()), 220)));
        conflicts.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(conflicts, Priority.ALWAYS);
        Button keepMine = Gate.require(new Button(m.get("exchange.keepMine")), Permission.EXCHANGE_DATA);
        keepMine.setId("exchange-keep-mine");
        Button takeTheirs = Gate.require(new Button(m.get("exchange.takeTheirs")), Permission.EXCHANGE_DATA);
        takeTheirs.setId("exchange-take-theirs");
        keepMine.disableProperty().bind(conflicts.getSelectionModel().selectedItemProperty().isNull());
        takeTheirs.disableProperty().bind(conflicts.getSelectionModel().selectedItemProperty().isNull());
        keepMine.setOnAction(e -> vm.resolve(conflicts.getSelectionModel().getSelectedItem(), false));
        takeTheirs.setOnAction(e -> vm.resolve(conflicts.getSelectionModel().getSelectedItem(), true));
        Label hint = new Label(m.get("exchange.conflictsHint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        FlowPane decide = new FlowPane(10, 6, keepMine, takeTheirs, hint);
        decide.setAlignment(Pos.CENTER_LEFT);

        getChildren().addAll(title, self, actions, message, lastImport, new Label(m.get("exchange.peers")), peers, conflictsTitle,
                conflicts, decide);
    }

    private String value(String v) {
        return v == null || v.isBlank() ? m.get("exchange.empty") : "true".equals(v) ? m.get("exchange.deleted")
                : "false".equals(v) ? m.get("exchange.notDeleted") : v;
    }

    private File chooseToSave(String name) {
        FileChooser fc = new FileChooser();
        fc.setInitialFileName(name);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get("exchange.fileKind"), "*.mlx", "*.mlnode"));
        return fc.showSaveDialog(getScene().getWindow());
    }

    private void createNode() {
        List<String> names = units.get().stream().map(Unit::name).toList();
        if (names.isEmpty()) {
            return;
        }
        ChoiceDialog<String> d = new ChoiceDialog<>(names.get(0), names);
        d.initOwner(getScene().getWindow());
        d.setTitle(m.get("exchange.create"));
        d.setHeaderText(m.get("exchange.createWhich"));
        d.showAndWait().ifPresent(unit -> {
            File f = chooseToSave(unit + ".mlnode");
            if (f != null) {
                vm.createNode(unit, f.toPath(), this::showCode);
            }
        });
    }

    /** The join code, once, in a box the clerk can copy from or write down. */
    private void showCode(String code) {
        TextArea text = new TextArea(code);
        text.setEditable(false);
        text.setPrefRowCount(2);
        text.setId("exchange-join-code");
        text.setStyle("-fx-font-family: monospace; -fx-font-size: 18px;");
        Alert a = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.OK);
        a.initOwner(getScene().getWindow());
        a.setTitle(m.get("exchange.create"));
        a.setHeaderText(m.get("exchange.codeHeader"));
        a.getDialogPane().setContent(new VBox(8, new Label(m.get("exchange.codeHint")), text));
        a.show();
    }

    private void export() {
        List<String> names = vm.peers.stream().map(ExchangeService.Peer::name).toList();
        String to;
        if (names.size() == 1) {
            to = names.get(0);
        } else {
            ExchangeService.Peer chosen = peers.getSelectionModel().getSelectedItem();
            if (chosen == null) {
                vm.message.set(m.get("exchange.choosePeer"));
                return;
            }
            to = chosen.name();
        }
        File f = chooseToSave(to + "-" + java.time.LocalDate.now() + ".mlx");
        if (f != null) {
            vm.export(to, f.toPath());
        }
    }

    private void importFile() {
        FileChooser fc = new FileChooser();
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get("exchange.fileKind"), "*.mlx"));
        File f = fc.showOpenDialog(getScene().getWindow());
        if (f != null) {
            importFile(Path.of(f.getPath()));
        }
    }

    /** Imports this file, as after choosing it (the result shows under the buttons, conflicts in the list). */
    public void importFile(Path file) {
        vm.importFile(file);
    }
}
