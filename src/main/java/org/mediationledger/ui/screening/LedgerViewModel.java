package org.mediationledger.ui.screening;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mediationledger.model.CaseDraft;
import org.mediationledger.model.LedgerRow;
import org.mediationledger.model.Messages;
import org.mediationledger.model.Unit;
import org.mediationledger.service.LedgerExport;
import org.mediationledger.service.ScreeningService;
import org.mediationledger.ui.Errors;
import org.mediationledger.ui.TaskExecutor;

/** The screening ledger for a period and a unit (or all), its CSV export and "open a case" on a finding. */
public final class LedgerViewModel {
    private final ScreeningService screening;
    private final TaskExecutor executor;
    private final Messages m;
    final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    final ObjectProperty<Unit> unit = new SimpleObjectProperty<>();
    final ObservableList<LedgerRow> rows = FXCollections.observableArrayList();
    final StringProperty message = new SimpleStringProperty("");
    private final BiConsumer<CaseDraft, UUID> openCase;

    private final java.util.function.Consumer<org.mediationledger.model.LedgerRow> assignFinding;

    public LedgerViewModel(ScreeningService screening, TaskExecutor executor, Messages m, BiConsumer<CaseDraft, UUID> openCase,
                           java.util.function.Consumer<org.mediationledger.model.LedgerRow> assignFinding) {
        this.assignFinding = assignFinding;
        this.screening = screening;
        this.executor = executor;
        this.m = m;
        this.openCase = openCase;
        LocalDate today = screening.today();
        from.set(today.withDayOfMonth(1));
        to.set(today);
    }

    Messages messages() {
        return m;
    }

    public void load() {
        if (!org.mediationledger.ui.ViewModels.isRange(from, to, message, m)) {
            return;
        }
        LocalDate f = from.get();
        LocalDate t = to.get();
        List<UUID> units = unit.get() == null ? null : List.of(unit.get().id());
        executor.run(() -> screening.ledger(f, t, units), r -> {
            rows.setAll(r);
            // while a delete can be undone its sentence stays, with the 撤销 beside it
            // (and a restore's sentence once, on the reload that follows it)
            message.set(notice.isEmpty() ? m.get("ledger.count", r.size()) : notice + " " + m.get("ledger.count", r.size()));
            if (undoable.get() == null) {
                notice = "";
            }
        }, e -> message.set(Errors.sentence(m, e)));
    }

    private java.util.function.BiConsumer<String, Path> onExported = (what, f) -> { };

    /** Told of every file written (the window records it in the history). */
    public void setOnExported(java.util.function.BiConsumer<String, Path> onExported) {
        this.onExported = onExported;
    }

    void exportCsv(Path file) {
        List<LedgerRow> snapshot = List.copyOf(rows);
        executor.run(() -> {
            LedgerExport.writeCsv(snapshot, file, m);
            return file;
        }, f -> {
            message.set(m.get("ledger.exported", snapshot.size(), f));
            onExported.accept(m.get("export.ledger"), f);
        }, e -> message.set(Errors.sentence(m, e)));
    }

    /** The round last deleted, while 撤销 can bring it back. */
    final javafx.beans.property.ObjectProperty<LedgerRow> undoable = new javafx.beans.property.SimpleObjectProperty<>();
    /** The last delete's or undo's sentence, kept before the row count while it is news. */
    private String notice = "";

    /** Removes the round of the chosen line (recorded by mistake); the board and the ledger follow; 撤销 brings it back. */
    void deleteRound(LedgerRow row, Runnable onDeleted) {
        if (row == null) {
            message.set(m.get("ledger.chooseRound"));
            return;
        }
        long findings = rows.stream().filter(r -> r.roundId().equals(row.roundId()) && r.findingId() != null).count();
        executor.run(() -> {
            screening.delete(row.roundId());
            return null;
        }, x -> {
            undoable.set(row);
            notice = m.get("ledger.roundDeleted", row.date(), row.unit(), findings);
            message.set(notice);
            onDeleted.run();
        }, e -> message.set(Errors.sentence(m, e)));
    }

    /** 撤销: the round just deleted comes back, with its findings. */
    void undoDelete(Runnable onRestored) {
        LedgerRow row = undoable.get();
        if (row == null) {
            return;
        }
        executor.run(() -> {
            screening.restore(row.roundId());
            return null;
        }, x -> {
            undoable.set(null);
            notice = m.get("ledger.roundRestored", row.date(), row.unit());
            message.set(notice);
            onRestored.run();
        }, e -> message.set(Errors.sentence(m, e)));
    }

    void openCase(LedgerRow row) {
        if (row == null || row.findingId() == null) {
            message.set(m.get("ledger.chooseFinding"));
            return;
        }
        if (row.caseId() != null) {
            message.set(m.get("error.findingAlreadyCase"));
            return;
        }
        executor.run(() -> screening.draftFromFinding(row.findingId()), d -> openCase.accept(d, row.findingId()),
                e -> message.set(Errors.sentence(m, e)));
    }

    /** 交领导包案: a finding that is not a case goes to a leader (one that became a case is assigned by its case number). */
    void assignLeader(LedgerRow row) {
        if (row == null || row.findingId() == null) {
            message.set(m.get("ledger.chooseFinding"));
            return;
        }
        if (row.caseId() != null) {
            message.set(m.get("ledger.assignTheCase"));
            return;
        }
        assignFinding.accept(row);
    }
}
