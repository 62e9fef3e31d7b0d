package org.mediationledger.ui.settings;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.mediationledger.model.Messages;
import org.mediationledger.service.RegisterImport.Kind;

/**
 * Settings → 导入原有台账: the case register or the screening ledger an office kept in Excel/WPS, and the templates. The
 * file is read and checked first; the dialog shows every row (new, present, error) before anything is saved.
 */
final class RegisterImportPane extends VBox {
    private final RegisterImportViewModel vm;
    private final Messages m;
    /** How a file is picked (the system's chooser; a headless test gives one): (owner, kind) -> the file. */
    private BiFunction<Window, Kind, Optional<Path>> picker = this::pick;
    /** What the clerk does with a plan (the dialog; a headless test answers for it). */
    private RegisterImportDialog.Answerer answerer = RegisterImportDialog::show;

    RegisterImportPane(RegisterImportViewModel vm) {
        super(10);
        this.vm = vm;
        this.m = vm.messages();
        setId("register-import");
        setPadding(new Insets(12));
        Label intro = new Label(m.get("import.register.intro"));
        intro.setWrapText(true);
        intro.setMinHeight(USE_PREF_SIZE);
        Button cases = SettingsView.button(m.get("import.register.cases"), "import-cases", () -> choose(Kind.CASES));
        Button ledger = SettingsView.button(m.get("import.register.ledger"), "import-ledger", () -> choose(Kind.LEDGER));
        Button casesTemplate = SettingsView.button(m.get("import.register.templateCases"), "template-cases", () -> saveTemplate(Kind.CASES));
        Button ledgerTemplate = SettingsView.button(m.get("import.register.templateLedger"), "template-ledger", () -> saveTemplate(Kind.LEDGER));
        Label hint = new Label(m.get("import.register.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        hint.setMinHeight(USE_PREF_SIZE);
        Label message = new Label();
        message.setId("register-import-message");
        message.setWrapText(true);
        message.setMinHeight(USE_PREF_SIZE);
        message.textProperty().bind(vm.message);
        // while rows are being saved: how far, and a way to stop (nothing of the file is then kept)
        javafx.scene.control.ProgressBar bar = new javafx.scene.control.ProgressBar();
        bar.setId("register-import-progress");
        bar.setPrefWidth(320);
        bar.progressProperty().bind(vm.progress);
        Button stop = new Button(m.get("import.register.stop"));
        stop.setId("register-import-stop");
        stop.setOnAction(e -> vm.stop());
        HBox running = new HBox(8, bar, stop);
        running.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        running.visibleProperty().bind(vm.progress.greaterThanOrEqualTo(0));
        running.managedProperty().bind(running.visibleProperty());
        cases.disableProperty().bind(running.visibleProperty());
        ledger.disableProperty().bind(running.visibleProperty());
        getChildren().addAll(intro, new HBox(8, cases, ledger), new HBox(8, casesTemplate, ledgerTemplate), hint, running, message);
    }

    void setPicker(BiFunction<Window, Kind, Optional<Path>> picker) {
        this.picker = picker;
    }

    void setAnswerer(RegisterImportDialog.Answerer answerer) {
        this.answerer = answerer;
    }

    private void choose(Kind kind) {
        picker.apply(getScene().getWindow(), kind).ifPresent(f -> read(f, kind, new LinkedHashMap<>(), new LinkedHashMap<>()));
    }

    /** Reads the file (with the columns and names mapped so far), shows the plan; the clerk imports, maps, or stops. */
    private void read(Path file, Kind kind, Map<String, String> mapped, Map<String, Map<String, String>> names) {
        read(file, kind, mapped, names, null, Map.of());
    }

    /** As read, first adding to the ledger the names chosen to be added (listed by the plan before). */
    private void read(Path file, Kind kind, Map<String, String> mapped, Map<String, Map<String, String>> names,
                      org.mediationledger.service.RegisterImport.Plan before, Map<String, java.util.Set<String>> create) {
        vm.plan(file, kind, mapped, names, before, create, plan -> {
            RegisterImportDialog.Answer a = answerer.answer(getScene().getWindow(), m, plan, mapped, names);
            Map<String, java.util.Set<String>> added = RegisterImportDialog.takeCreations(a.names());
            switch (a.choice()) {
                case IMPORT, REREAD -> {
                    if (a.choice() == RegisterImportDialog.Choice.IMPORT && added.isEmpty()) {
                        vm.apply(plan, a.mapped(), a.names());
                    } else {
                        read(file, kind, a.mapped(), a.names(), plan, added);
                    }
                }
                case SAVE_ERRORS -> a.errorsTo().ifPresent(out -> vm.saveErrors(plan, out));
                case CANCEL -> {
                }
            }
        });
    }

    private Optional<Path> pick(Window owner, Kind kind) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get(kind == Kind.CASES ? "import.register.cases" : "import.register.ledger"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get("import.sheets"), "*.xlsx", "*.xls", "*.csv"));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(java.io.File::toPath);
    }

    private void saveTemplate(Kind kind) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(m.get("import.template." + kind.name()) + ".xlsx");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Excel", "*.xlsx"));
        java.io.File f = chooser.showSaveDialog(getScene().getWindow());
        if (f != null) {
            vm.saveTemplate(kind, f.toPath());
        }
    }
}
