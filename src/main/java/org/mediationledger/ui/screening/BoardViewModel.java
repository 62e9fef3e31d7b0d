package org.mediationledger.ui.screening;

import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.mediationledger.model.Compliance;
import org.mediationledger.model.Messages;
import org.mediationledger.model.Unit;
import org.mediationledger.service.ScreeningService;
import org.mediationledger.ui.Errors;
import org.mediationledger.ui.TaskExecutor;

/** The compliance board: a range (the current quarter by default), the board computed in the background. */
public final class BoardViewModel {
    private final ScreeningService screening;
    private final TaskExecutor executor;
    private final Messages m;
    final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    final ObjectProperty<Compliance.Board> board = new SimpleObjectProperty<>();
    final ObjectProperty<Unit> selected = new SimpleObjectProperty<>();
    final StringProperty message = new SimpleStringProperty("");
    private final Runnable onChanged;

    public BoardViewModel(ScreeningService screening, TaskExecutor executor, Messages m, Runnable onChanged) {
        this.screening = screening;
        this.executor = executor;
        this.m = m;
        this.onChanged = onChanged;
        LocalDate[] q = ScreeningService.quarterOf(screening.today());
        from.set(q[0]);
        to.set(q[1]);
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
        executor.run(() -> screening.compliance(f, t, null), board::set, e -> message.set(Errors.sentence(m, e)));
    }

    /** 零报告 for the selected unit today: it screened and found nothing. */
    void zeroReportToday() {
        Unit u = selected.get();
        if (u == null) {
            message.set(m.get("board.chooseUnit"));
            return;
        }
        executor.run(() -> screening.recordZeroReport(u.id(), screening.today(), null), r -> {
            message.set(m.get("board.zeroRecorded", u.name(), r.date()));
            onChanged.run();
            load();
        }, e -> message.set(Errors.sentence(m, e)));
    }
}
