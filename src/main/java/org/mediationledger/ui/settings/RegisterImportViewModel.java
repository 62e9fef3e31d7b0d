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
    void plan(Path file, Kind kind, Map<String, String> mapped, Consumer<RegisterImport.Plan> then) {
        message.set(m.get("import.reading", file.getFileName()));
        executor.run(() -> imports.plan(file, kind, mapped), p -> {
            message.set("");
            then.accept(p);
        }, this::failed);
    }

    /** Saves the plan's new rows in one transaction and remembers the columns mapped by hand. */
    void apply(RegisterImport.Plan plan, Map<String, String> mapped) {
        message.set(m.get("import.register.saving", plan.count(Outcome.NEW)));
        executor.run(() -> {
            var r = imports.apply(plan);
            if (!mapped.isEmpty()) {
                imports.rememberMapping(plan.kind(), mapped);
            }
            return r;
        }, r -> {
            String what = plan.kind() == Kind.CASES ? m.get("import.register.doneCases", r.cases())
                    : m.get("import.register.doneLedger", r.rounds(), r.findings());
            message.set(m.get("import.register.done", plan.count(Outcome.NEW), plan.count(Outcome.PRESENT), plan.count(Outcome.ERROR), what));
            onImported.run();
        }, this::failed);
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
