package org.mediationledger.ui.settings;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.mediationledger.model.DisputeType;
import org.mediationledger.model.DisputeTypeList;
import org.mediationledger.model.Masking;
import org.mediationledger.model.Messages;
import org.mediationledger.model.MicroGrid;
import org.mediationledger.model.Staff;
import org.mediationledger.model.StaffRole;
import org.mediationledger.model.Unit;
import org.mediationledger.model.UnitKind;
import org.mediationledger.service.ReferenceData;
import org.mediationledger.ui.Fx;

/** Settings: basics, units and grids, staff, dispute-type lists. */
public final class SettingsView extends BorderPane {
    private final SettingsViewModel vm;
    private final Messages m;
    private final ListView<Unit> units = new ListView<>();
    private final ListView<MicroGrid> grids = new ListView<>();
    private final TableView<Staff> staff = new TableView<>();
    private final ComboBox<DisputeTypeList> typeLists = new ComboBox<>();
    private final ListView<DisputeType> types = new ListView<>();

    private final String language;
    private final TabPane tabs;
    private final java.util.function.Predicate<String> chooseLanguage;

    /** @param chooseLanguage keeps the chosen interface language ("zh" or "en") and says whether it took effect at once */
    public SettingsView(SettingsViewModel vm, String language, java.util.function.Predicate<String> chooseLanguage) {
        this(vm, language, chooseLanguage, null);
    }

    /** @param backups the 数据备份 tab's view model (null: no such tab) */
    public SettingsView(SettingsViewModel vm, String language, java.util.function.Predicate<String> chooseLanguage,
                        BackupViewModel backups) {
        this.vm = vm;
        this.m = vm.messages();
        this.language = language;
        this.chooseLanguage = chooseLanguage;
        setId("settings");
        getStyleClass().add("page");
        Label title = new Label(m.get("nav.settings"));
        title.getStyleClass().add("page-title");
        Label message = new Label();
        message.setId("settings-message");
        message.textProperty().bind(vm.message);
        HBox head = new HBox(16, title, message);
        head.setAlignment(Pos.CENTER_LEFT);
        setTop(head);
        tabs = new TabPane(new Tab(m.get("settings.tab.basics"), basics()), new Tab(m.get("settings.tab.units"), unitsTab()),
                new Tab(m.get("settings.tab.staff"), staffTab()), new Tab(m.get("settings.tab.types"), typesTab()));
        if (backups != null) {
            tabs.getTabs().add(loadingWhenShown("settings-tab-backup", m.get("settings.tab.backup"), new BackupPane(backups),
                    backups::load));
        }
        // tabs of work the one logged in may not do are left out (the guide's tab numbers count only those shown)
        if (!org.mediationledger.ui.Gate.may(org.mediationledger.model.Permission.EDIT_REFERENCE)) {
            tabs.getTabs().remove(1, 4);
        }
        if (!org.mediationledger.ui.Gate.may(org.mediationledger.model.Permission.MAKE_BACKUP)
                && !org.mediationledger.ui.Gate.may(org.mediationledger.model.Permission.VIEW_HISTORY)) {
            tabs.getTabs().removeIf(t -> "settings-tab-backup".equals(t.getId()));
        }
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        setCenter(tabs);
        BorderPane.setMargin(tabs, new Insets(10, 0, 0, 0));
        vm.data.addListener((o, was, now) -> show(now));
    }

    private Node basics() {
        TextField township = new TextField();
        township.setId("setting-township");
        township.textProperty().bindBidirectional(vm.township);
        TextField user = new TextField();
        user.setId("setting-user");
        user.textProperty().bindBidirectional(vm.userName);
        user.setDisable(org.mediationledger.ui.Gate.accountsOn()); // with accounts the history writes the account's name
        Label townshipError = Fx.errorLabel();
        townshipError.textProperty().bind(vm.townshipError);
        Label userError = Fx.errorLabel();
        userError.textProperty().bind(vm.userNameError);
        Button save = new Button(m.get("action.save"));
        save.setId("save-basics");
        org.mediationledger.ui.Gate.require(save, org.mediationledger.model.Permission.CHANGE_SETTINGS);
        save.getStyleClass().add("accent");
        save.setOnAction(e -> vm.saveBasics());
        GridPane g = new GridPane();
        g.setHgap(12);
        g.setVgap(6);
        g.addRow(0, new Label(m.get("settings.township")), new VBox(2, township, townshipError));
        g.addRow(1, new Label(m.get("settings.user")), new VBox(2, user, userError));
        Label hint = new Label(m.get("settings.userHint"));
        hint.getStyleClass().add("hint");
        g.add(hint, 1, 2);
        javafx.scene.control.Spinner<Integer> days = intSpinner("setting-mediation-days", 1, 365, vm.mediationDays);
        g.addRow(3, new Label(m.get("settings.mediationDays")), flow(days, new Label(m.get("settings.mediationDaysHint"))));
        javafx.scene.control.Spinner<Integer> months = intSpinner("setting-leader-months", 1, 24, vm.leaderMonths);
        javafx.scene.control.Spinner<Integer> maxExt = intSpinner("setting-leader-max-extension", 1, 180, vm.leaderMaxExtension);
        g.addRow(4, new Label(m.get("settings.leaderTerms")), flow(months, new Label(m.get("settings.leaderMonths")), maxExt,
                new Label(m.get("settings.leaderMaxExtension"))));
        g.add(save, 1, 5);
        ComboBox<String> lang = new ComboBox<>();
        lang.setId("setting-language");
        lang.getItems().setAll("zh", "en");
        Fx.named(lang, l -> m.get("settings.language." + l), "");
        lang.setValue(language);
        Label langHint = new Label();
        langHint.getStyleClass().add("hint");
        lang.valueProperty().addListener((o, was, now) -> {
            if (!chooseLanguage.test(now)) { // not at once while a form holds unsaved input
                langHint.setText(m.get("settings.languageHint"));
            }
        });
        g.addRow(6, new Label(m.get("settings.language")), new VBox(2, lang, langHint));
        // without the right to change settings they are shown, not offered for typing (the language stays each person's)
        boolean mayChange = org.mediationledger.ui.Gate.may(org.mediationledger.model.Permission.CHANGE_SETTINGS);
        township.setDisable(!mayChange);
        days.setDisable(!mayChange);
        months.setDisable(!mayChange);
        maxExt.setDisable(!mayChange);
        hint.setVisible(!org.mediationledger.ui.Gate.accountsOn()); // with accounts the history writes the account's name
        hint.setManaged(hint.isVisible());
        g.setPadding(new Insets(16));
        // the row names are never cut ("Mediation per…"); the controls beside them take what is left
        g.getChildren().stream().filter(n -> GridPane.getColumnIndex(n) == null || GridPane.getColumnIndex(n) == 0)
                .filter(n -> n instanceof Label).forEach(n -> ((Label) n).setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE));
        javafx.scene.layout.ColumnConstraints names = new javafx.scene.layout.ColumnConstraints();
        javafx.scene.layout.ColumnConstraints values = new javafx.scene.layout.ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        g.getColumnConstraints().setAll(names, values);
        return g;
    }

    /** Controls with their words, wrapping onto a second line in a narrow window. */
    private static javafx.scene.layout.FlowPane flow(Node... nodes) {
        javafx.scene.layout.FlowPane f = new javafx.scene.layout.FlowPane(8, 6, nodes);
        f.setAlignment(Pos.CENTER_LEFT);
        f.setPrefWrapLength(360);
        return f;
    }

    /** Every delete asks first and names what it removes; "取消" is the default, so Enter removes nothing. */
    private boolean confirmDelete(String name) {
        ButtonType yes = new ButtonType(m.get("settings.delete"), javafx.scene.control.ButtonBar.ButtonData.OTHER);
        ButtonType no = Fx.cancel(m);
        javafx.scene.control.Alert a = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION,
                m.get("settings.confirmDelete", name), yes, no);
        a.setHeaderText(null);
        a.initOwner(getScene().getWindow());
        ((Button) a.getDialogPane().lookupButton(no)).setDefaultButton(true);
        a.getDialogPane().lookupButton(yes).setId("confirm-delete");
        return a.showAndWait().filter(b -> b == yes).isPresent();
    }

    /** Asks for the day something was retired (merged, renamed away, left the post); today by default. */
    private Optional<java.time.LocalDate> retireDay(String name) {
        Dialog<java.time.LocalDate> d = new Dialog<>();
        d.setTitle(m.get("settings.retire"));
        javafx.scene.control.DatePicker day = org.mediationledger.ui.FormDialog.date(vm.today());
        day.setId("retire-date");
        Label text = new Label(m.get("settings.retireText", name));
        text.setWrapText(true);
        text.setMaxWidth(420);
        d.getDialogPane().setContent(Fx.padded(new VBox(8, text, new HBox(8, new Label(m.get("field.retiredOn")), day))));
        ButtonType ok = new ButtonType(m.get("settings.retire"), javafx.scene.control.ButtonBar.ButtonData.OTHER);
        ButtonType no = Fx.cancel(m);
        d.getDialogPane().getButtonTypes().setAll(ok, no);
        // nothing in the window undoes a retirement: "取消" is the default, so Enter changes nothing
        ((Button) d.getDialogPane().lookupButton(no)).setDefaultButton(true);
        d.getDialogPane().lookupButton(ok).setId("confirm-retire");
        d.getDialogPane().lookupButton(ok).disableProperty().bind(day.valueProperty().isNull());
        d.setResultConverter(b -> b == ok ? day.getValue() : null);
        owner(d);
        return d.showAndWait();
    }

    private String lifeOf(Unit u) {
        return u.retired() ? m.get("settings.unit.retiredOn", u.retiredOn())
                : u.establishedOn() == null ? "" : m.get("settings.unit.since", u.establishedOn());
    }

    /** Shows a tab of the settings: 0 basics, 1 units and grids, 2 staff, 3 types. */
    /** Settings → 历史记录, for those who may see the history; filled when first shown. */
    public void addHistoryTab(HistoryViewModel history) {
        if (!org.mediationledger.ui.Gate.may(org.mediationledger.model.Permission.VIEW_HISTORY)) {
            return;
        }
        tabs.getTabs().add(loadingWhenShown("settings-tab-history", m.get("settings.tab.history"), new HistoryPane(history),
                history::search));
    }

    private RegisterImportPane registerImport;

    /** How the workbook of 导入原有台账 is picked (the system's chooser; a headless test gives a file). */
    public void setRegisterFilePicker(java.util.function.BiFunction<javafx.stage.Window, org.mediationledger.service.RegisterImport.Kind,
            java.util.Optional<java.nio.file.Path>> picker) {
        if (registerImport != null) {
            registerImport.setPicker(picker);
        }
    }

    /** Settings → 导入原有台账 (issue 19), for the office (administrator, clerk). */
    public void addRegisterImportTab(RegisterImportViewModel imports) {
        if (!org.mediationledger.ui.Gate.may(org.mediationledger.model.Permission.IMPORT_REGISTERS)) {
            return;
        }
        registerImport = new RegisterImportPane(imports);
        Tab tab = new Tab(m.get("settings.tab.registerImport"), registerImport);
        tab.setId("settings-tab-register-import");
        tabs.getTabs().add(tab);
    }

    /** Settings → 账户, for administrators of a ledger with accounts; read each time it is chosen. */
    public void addAccountsTab(AccountsViewModel accounts) {
        if (!org.mediationledger.ui.Gate.accountsOn() || !org.mediationledger.ui.Gate.may(org.mediationledger.model.Permission.MANAGE_ACCOUNTS)) {
            return;
        }
        tabs.getTabs().add(loadingWhenShown("settings-tab-accounts", m.get("settings.tab.accounts"), new AccountsPane(accounts), accounts::load));
    }

    /** A tab whose content is read from the ledger each time it is chosen. */
    private static Tab loadingWhenShown(String id, String title, Node content, Runnable load) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        tab.selectedProperty().addListener((o, was, now) -> {
            if (now) {
                load.run();
            }
        });
        return tab;
    }

    public void showTab(int index) {
        tabs.getSelectionModel().select(index);
    }

    /** 从表格导入…: the clerk picks a sheet, sees what it will add, and imports it or not. */
    public void chooseAndImportUnits() {
        sheetPicker.apply(getScene().getWindow()).ifPresent(this::importUnitsFrom);
    }

    private java.util.function.Function<javafx.stage.Window, java.util.Optional<java.nio.file.Path>> sheetPicker = this::pickSheet;

    private java.util.Optional<java.nio.file.Path> pickSheet(javafx.stage.Window owner) {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle(m.get("import.units.title"));
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter(m.get("import.sheets"), "*.xlsx", "*.xls", "*.csv"));
        return java.util.Optional.ofNullable(chooser.showOpenDialog(owner)).map(java.io.File::toPath);
    }

    /** How the sheet to import is picked (the system's file chooser; a headless test gives a file). */
    public void setSheetPicker(java.util.function.Function<javafx.stage.Window, java.util.Optional<java.nio.file.Path>> picker) {
        this.sheetPicker = picker;
    }

    /** The import from a chosen file: the plan is read in the background, then shown before anything is saved. */
    public void importUnitsFrom(java.nio.file.Path file) {
        showTab(1);
        vm.planImport(file, plan -> UnitImportDialog.show(getScene().getWindow(), m, plan, vm.defaultEstablished())
                .ifPresent(day -> vm.applyImport(plan, day)));
    }

    private void chooseTemplateFile() {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setInitialFileName(m.get("import.units.sheet") + ".xlsx");
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("Excel", "*.xlsx"));
        java.io.File f = chooser.showSaveDialog(getScene().getWindow());
        if (f != null) {
            vm.saveTemplate(f.toPath());
        }
    }

    private Node unitsTab() {
        units.setId("settings-units");
        named(units, u -> u.name() + "（" + m.label(u.kind()) + "）" + (u.retired() ? lifeOf(u) : ""));
        grids.setId("settings-grids");
        named(grids, g -> g.name() + (g.retired() ? m.get("settings.unit.retiredOn", g.retiredOn()) : ""));
        units.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> showGrids(now));
        Button addUnit = button(m.get("settings.add"), "add-unit", () -> unitDialog(null).ifPresent(vm::saveUnit));
        Button renameUnit = button(m.get("settings.edit"), "edit-unit", () -> selected(units).flatMap(this::unitDialog).ifPresent(vm::saveUnit));
        Button deleteUnit = button(m.get("settings.delete"), "delete-unit", () -> selected(units).filter(u -> confirmDelete(u.name())).ifPresent(vm::deleteUnit));
        Button addGrid = button(m.get("settings.add"), "add-grid", () -> selected(units).ifPresent(u ->
                ask(m.get("settings.grid.name"), "").ifPresent(n -> vm.saveGrid(new MicroGrid(null, u.id(), n, grids.getItems().size() + 1, 0)))));
        Button renameGrid = button(m.get("settings.edit"), "edit-grid", () -> selected(grids).ifPresent(g ->
                ask(m.get("settings.grid.name"), g.name()).ifPresent(n -> vm.saveGrid(new MicroGrid(g.id(), g.unitId(), n, g.sortOrder(), g.version())))));
        Button deleteGrid = button(m.get("settings.delete"), "delete-grid", () -> selected(grids).filter(g -> confirmDelete(g.name())).ifPresent(vm::deleteGrid));
        Button retireUnit = button(m.get("settings.retire"), "retire-unit", () -> selected(units).filter(u -> !u.retired())
                .ifPresent(u -> retireDay(u.name()).ifPresent(d -> vm.retireUnit(u, d))));
        Button retireGrid = button(m.get("settings.retire"), "retire-grid", () -> selected(grids).filter(g -> !g.retired())
                .ifPresent(g -> retireDay(g.name()).ifPresent(d -> vm.retireGrid(g, d))));
        Label lifeHint = new Label(m.get("settings.unit.lifeHint"));
        lifeHint.getStyleClass().add("hint");
        lifeHint.setWrapText(true);
        Button importUnits = button(m.get("import.units.button"), "import-units", this::chooseAndImportUnits);
        Button template = button(m.get("import.units.template"), "units-template", this::chooseTemplateFile);
        Label importHint = new Label(m.get("import.units.hint"));
        importHint.getStyleClass().add("hint");
        importHint.setWrapText(true);
        importHint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        lifeHint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox left = new VBox(6, new Label(m.get("settings.units")), units, new HBox(6, addUnit, renameUnit, retireUnit, deleteUnit),
                lifeHint, new HBox(6, importUnits, template), importHint);
        VBox right = new VBox(6, new Label(m.get("settings.grids")), grids, new HBox(6, addGrid, renameGrid, retireGrid, deleteGrid));
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox box = new HBox(16, left, right);
        box.setPadding(new Insets(12));
        return box;
    }

    private Node staffTab() {
        staff.setId("settings-staff");
        staff.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        staff.getColumns().setAll(List.of(col(m.get("settings.staff.name"), Staff::name),
                col(m.get("settings.staff.role"), s -> m.label(s.role())),
                col(m.get("settings.staff.unit"), s -> s.unitId() == null ? m.get("settings.staff.township")
                        : vm.data.get().unit(s.unitId()).map(Unit::name).orElse("")),
                col(m.get("settings.staff.phone"), s -> Masking.phone(s.phone())),
                col(m.get("settings.staff.retired"), s -> s.retired() ? s.retiredOn().toString() : "")));
        Button add = button(m.get("settings.add"), "add-staff", () -> staffDialog(null).ifPresent(vm::saveStaff));
        Button edit = button(m.get("settings.edit"), "edit-staff", () -> selected(staff).flatMap(this::staffDialog).ifPresent(vm::saveStaff));
        Button delete = button(m.get("settings.delete"), "delete-staff", () -> selected(staff).filter(x -> confirmDelete(x.name())).ifPresent(vm::deleteStaff));
        Button retire = button(m.get("settings.retire"), "retire-staff", () -> selected(staff).filter(x -> !x.retired())
                .ifPresent(x -> retireDay(x.name()).ifPresent(d -> vm.retireStaff(x, d))));
        VBox box = new VBox(6, staff, new HBox(6, add, edit, retire, delete));
        VBox.setVgrow(staff, Priority.ALWAYS);
        box.setPadding(new Insets(12));
        return box;
    }

    private Node typesTab() {
        typeLists.setId("settings-type-lists");
        Fx.named(typeLists, l -> m.get("settings.types.version", l.listVersion(), l.title())
                + (l.active() ? m.get("settings.types.active") : ""), "");
        typeLists.valueProperty().addListener((o, was, now) -> types.getItems().setAll(vm.typesOf(now)));
        types.setId("settings-types");
        named(types, DisputeType::name);
        Button add = button(m.get("settings.add"), "add-type", () -> activeListSelected().ifPresent(l ->
                ask(m.get("settings.types.name"), "").ifPresent(n -> vm.saveType(new DisputeType(null, l.id(), n, 0, 0)))));
        Button rename = button(m.get("settings.edit"), "edit-type", () -> activeListSelected().flatMap(l -> selected(types)).ifPresent(t ->
                ask(m.get("settings.types.name"), t.name()).ifPresent(n -> vm.saveType(new DisputeType(t.id(), t.listId(), n, t.sortOrder(), t.version())))));
        Button delete = button(m.get("settings.delete"), "delete-type", () -> activeListSelected().flatMap(l -> selected(types))
                .filter(t -> confirmDelete(t.name())).ifPresent(vm::deleteType));
        Button newVersion = button(m.get("settings.types.newVersion"), "new-type-version", () ->
                ask(m.get("settings.types.title"), typeLists.getValue() == null ? "" : typeLists.getValue().title()).ifPresent(vm::newTypeVersion));
        Label hint = new Label(m.get("settings.types.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        VBox box = new VBox(6, typeLists, types, new HBox(6, add, rename, delete, newVersion), hint);
        VBox.setVgrow(types, Priority.ALWAYS);
        box.setPadding(new Insets(12));
        return box;
    }

    private Optional<DisputeTypeList> activeListSelected() {
        DisputeTypeList l = typeLists.getValue();
        if (l == null || !l.active()) {
            vm.message.set(m.get("settings.types.onlyActive"));
            return Optional.empty();
        }
        return Optional.of(l);
    }

    private void show(ReferenceData d) {
        if (d == null) {
            return;
        }
        Unit selectedUnit = units.getSelectionModel().getSelectedItem();
        units.getItems().setAll(d.units());
        if (selectedUnit != null) {
            d.units().stream().filter(u -> u.id().equals(selectedUnit.id())).findFirst()
                    .ifPresent(u -> units.getSelectionModel().select(u));
        }
        showGrids(units.getSelectionModel().getSelectedItem());
        staff.getItems().setAll(d.staff());
        DisputeTypeList keep = typeLists.getValue();
        typeLists.getItems().setAll(d.typeLists());
        typeLists.setValue(d.typeLists().stream().filter(l -> keep != null && l.id().equals(keep.id())).findFirst()
                .orElse(d.activeList().orElse(null)));
        types.getItems().setAll(vm.typesOf(typeLists.getValue()));
    }

    private void showGrids(Unit u) {
        grids.getItems().setAll(u == null || vm.data.get() == null ? List.of() : vm.data.get().gridsOf(u.id()));
    }

    private Optional<Unit> unitDialog(Unit existing) {
        Dialog<Unit> d = new Dialog<>();
        d.setTitle(m.get(existing == null ? "settings.unit.add" : "settings.unit.edit"));
        TextField name = new TextField(existing == null ? "" : existing.name());
        name.setId("unit-name");
        ComboBox<UnitKind> kind = new ComboBox<>();
        kind.getItems().setAll(UnitKind.values());
        Fx.named(kind, m::label, "");
        kind.setValue(existing == null ? UnitKind.VILLAGE : existing.kind());
        javafx.scene.control.DatePicker established = org.mediationledger.ui.FormDialog.date(
                existing == null || existing.establishedOn() == null ? vm.today() : existing.establishedOn());
        established.setId("unit-established");
        Label error = Fx.errorLabel();
        ButtonType ok = Fx.form(d, m, error, () -> name.getText().isBlank() ? m.get("settings.unit.nameRequired")
                        : established.getValue() == null ? m.fieldLabel("establishedOn") + "：" + m.get("error.required") : "",
                m.get("settings.unit.name"), name, m.get("settings.unit.kind"), kind, m.get("field.establishedOn"), established);
        d.setResultConverter(b -> b == ok ? new Unit(existing == null ? null : existing.id(), name.getText().strip(),
                kind.getValue(), existing == null ? units.getItems().size() + 1 : existing.sortOrder(),
                existing == null ? 0 : existing.version(), established.getValue(), existing == null ? null : existing.retiredOn()) : null);
        owner(d);
        return d.showAndWait();
    }

    private Optional<Staff> staffDialog(Staff existing) {
        Dialog<Staff> d = new Dialog<>();
        d.setTitle(m.get(existing == null ? "settings.staff.add" : "settings.staff.edit"));
        TextField name = new TextField(existing == null ? "" : existing.name());
        ComboBox<StaffRole> role = new ComboBox<>();
        role.getItems().setAll(StaffRole.values());
        Fx.named(role, m::label, "");
        role.setValue(existing == null ? StaffRole.MEDIATOR : existing.role());
        ComboBox<Unit> unit = new ComboBox<>();
        unit.getItems().add(null);
        unit.getItems().addAll(vm.data.get().units());
        Fx.named(unit, Unit::name, m.get("settings.staff.township"));
        unit.setValue(existing == null || existing.unitId() == null ? null : vm.data.get().unit(existing.unitId()).orElse(null));
        TextField phone = new TextField(existing == null || existing.phone() == null ? "" : existing.phone());
        Label error = Fx.errorLabel();
        ButtonType ok = Fx.form(d, m, error, () -> vm.checkStaff(name.getText(), role.getValue(), phone.getText()),
                m.get("settings.staff.name"), name, m.get("settings.staff.role"), role, m.get("settings.staff.unit"), unit,
                m.get("settings.staff.phone"), phone);
        d.setResultConverter(b -> b == ok ? new Staff(existing == null ? null : existing.id(), name.getText().strip(),
                role.getValue(), unit.getValue() == null ? null : unit.getValue().id(), phone.getText(),
                existing == null ? 0 : existing.version()) : null);
        owner(d);
        return d.showAndWait();
    }

    private Optional<String> ask(String label, String initial) {
        TextInputDialog d = new TextInputDialog(initial);
        d.setTitle(m.get("app.title"));
        d.setHeaderText(null);
        d.setContentText(label);
        ButtonType ok = Fx.ok(m);
        d.getDialogPane().getButtonTypes().setAll(ok, Fx.cancel(m));
        d.getDialogPane().lookupButton(ok).disableProperty().bind(d.getEditor().textProperty().isEmpty());
        owner(d);
        return d.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    private void owner(Dialog<?> d) {
        if (getScene() != null) {
            d.initOwner(getScene().getWindow());
        }
    }

    private static <T> Optional<T> selected(ListView<T> list) {
        return Optional.ofNullable(list.getSelectionModel().getSelectedItem());
    }

    private static <T> Optional<T> selected(TableView<T> table) {
        return Optional.ofNullable(table.getSelectionModel().getSelectedItem());
    }

    /** A button with its id for tests and its action (the settings' tabs and panes). */
    static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static <T> void named(ListView<T> list, Function<T, String> name) {
        list.setCellFactory(lv -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : name.apply(item));
            }
        });
    }

    private static <T> TableColumn<T, String> col(String title, Function<T, String> f) {
        TableColumn<T, String> c = new TableColumn<>(title);
        org.mediationledger.ui.Fx.titleFits(c);
        c.setCellValueFactory(x -> new ReadOnlyStringWrapper(f.apply(x.getValue())));
        return c;
    }

    /** An editable spinner kept in step with an integer property of the view model. */
    private static javafx.scene.control.Spinner<Integer> intSpinner(String id, int min, int max,
                                                                    javafx.beans.property.IntegerProperty value) {
        javafx.scene.control.Spinner<Integer> s = new javafx.scene.control.Spinner<>(min, max, value.get());
        s.setId(id);
        s.setEditable(true);
        s.setPrefWidth(90);
        value.addListener((o, was, now) -> s.getValueFactory().setValue(now.intValue()));
        s.valueProperty().addListener((o, was, now) -> value.set(now));
        return s;
    }
}
