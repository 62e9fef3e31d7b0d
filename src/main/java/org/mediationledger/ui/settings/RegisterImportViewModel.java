package org.mediationledger.ui.settings;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.mediationledger.model.Messages;
import org.mediationledger.service.RegisterImport;
import org.mediationledger.service.RegisterImport.Kind;
import org.mediationledger.service.RegisterImport.Outcome;
import org.mediationledger.ui.Errors;
import org.mediationledger.ui.TaskExecutor;

/**
 * Settings → 导入原有台账 (issue 19): a workbook read and checked in the background, its plan shown, the new rows saved
 * in the background, the rows with errors saved as a workbook; what happened is one sentence in message.
 */
public final class RegisterImportViewModel {
    private final RegisterImport imports;
    private final TaskExecutor executor;
    private final Messages m;
    private final Runnable onImported;
    /** The last thing that happened, as a sentence (reading…, imported …, a problem). */
    public final StringProperty message = new SimpleStringProperty("");
    /** How far the import being saved has come (0–1); -1 while none runs. */
    public final javafx.beans.property.DoubleProperty progress = new javafx.beans.property.SimpleDoubleProperty(-1);
    /** Set to stop the import being saved (nothing of it is kept). */
    private final java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();

    /** @param onImported told on the JavaFX thread after rows were saved (the lists and figures read again) */
    public RegisterImportViewModel(RegisterImport imports, TaskExecutor executor, Messages m, Runnable onImported) {
        this.imports = imports;
        this.executor = executor;
        this.m = m;
        this.onImported = onImported;
    }

    Messages messages() {
        return m;
    }

    /** Reads and checks the file (with columns mapped by hand for it); nothing is saved. */
    void plan(Path file, Kind kind, Map<String, String> mapped, Map<String, Map<String, String>> names,
              Consumer<RegisterImport.Plan> then) {
        plan(file, kind, mapped, names, null, Map.of(), then);
    }

    /** As plan, first adding to the ledger the villages and types the plan before listed as lacking and the clerk chose to add. */
    void plan(Path file, Kind kind, Map<String, String> mapped, Map<String, Map<String, String>> names, RegisterImport.Plan before,
              Map<String, java.util.Set<String>> create, Consumer<RegisterImport.Plan> then) {
        message.set(m.get("import.reading", file.getFileName()));
        executor.run(() -> {
            if (before != null && !create.isEmpty()) {
                imports.createNames(before, create);
            }
            return imports.plan(file, kind, mapped, names);
        }, p -> {
            message.set("");
            then.accept(p);
        }, this::failed);
    }

    /** Saves the plan's new rows in one transaction and remembers the columns and names mapped by hand. */
    void apply(RegisterImport.Plan plan, Map<String, String> mapped, Map<String, Map<String, String>> names) {
        message.set(m.get("import.register.saving", plan.count(Outcome.NEW)));
        stop.set(false);
        progress.set(0);
        executor.run(() -> {
            int[] shown = {-1};
            var r = imports.apply(plan, (done, total) -> {
                // the bar moves by hundredths: 10,000 rows are 100 updates of the window, not 10,000
                int percent = total == 0 ? 100 : done * 100 / total;
                if (percent != shown[0]) {
                    shown[0] = percent;
                    javafx.application.Platform.runLater(() -> progress.set(percent / 100.0));
                }
                return !stop.get();
            });
            if (!mapped.isEmpty()) {
                imports.rememberMapping(plan.kind(), mapped);
            }
            if (!names.isEmpty()) {
                imports.rememberNames(names);
            }
            return r;
        }, r -> {
            String what = plan.kind() == Kind.CASES ? m.get("import.register.doneCases", r.cases())
                    : m.get("import.register.doneLedger", r.rounds(), r.findings());
            progress.set(-1);
            message.set(m.get("import.register.done", plan.count(Outcome.NEW), plan.count(Outcome.PRESENT), plan.count(Outcome.ERROR), what));
            onImported.run();
        }, t -> {
            progress.set(-1);
            if (t instanceof java.util.concurrent.CancellationException) {
                message.set(m.get("import.register.stopped"));
            } else {
                failed(t);
            }
        });
    }

    /** Stops the import being saved: its transaction is undone, nothing of the file is kept. */
    void stop() {
        stop.set(true);
    }

    void saveErrors(RegisterImport.Plan plan, Path out) {
        executor.run(() -> {
            RegisterImport.writeErrors(plan, out, m);
            return out;
        }, p -> message.set(m.get("import.register.errorsSaved", p)), this::failed);
    }

    void saveTemplate(Kind kind, Path out) {
        executor.run(() -> {
            RegisterImport.writeTemplate(kind, out, m);
            return out;
        }, p -> message.set(m.get("import.register.templateSaved", p)), this::failed);
    }

    private void failed(Throwable t) {
        message.set(Errors.sentence(m, t));
    }
}
