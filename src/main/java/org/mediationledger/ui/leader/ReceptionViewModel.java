package org.mediationledger.ui.leader;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mediationledger.model.Messages;
import org.mediationledger.service.ReceptionService;
import org.mediationledger.ui.Errors;
import org.mediationledger.ui.TaskExecutor;

/** Reception days of the last year and the ones planned, and the petition matters that are late. */
public final class ReceptionViewModel {
    private final ReceptionService reception;
    private final TaskExecutor executor;
    private final Messages m;
    final ObservableList<org.mediationledger.model.ReceptionDay> days = FXCollections.observableArrayList();
    final ObservableList<ReceptionService.LatePetition> late = FXCollections.observableArrayList();
    final StringProperty message = new SimpleStringProperty("");

    private final java.util.function.BiConsumer<org.mediationledger.model.CaseDraft, java.util.UUID> openCase;

    /** openCase opens the case intake pre-filled from a visitor's matter (the draft and the matter's id). */
    public ReceptionViewModel(ReceptionService reception, TaskExecutor executor, Messages m,
                              java.util.function.BiConsumer<org.mediationledger.model.CaseDraft, java.util.UUID> openCase) {
        this.openCase = openCase;
        this.reception = reception;
        this.executor = executor;
        this.m = m;
    }

    Messages messages() {
        return m;
    }

    LocalDate today() {
        return reception.today();
    }

    record Loaded(List<org.mediationledger.model.ReceptionDay> days, List<ReceptionService.LatePetition> late) {
    }

    public void load() {
        LocalDate t = reception.today();
        executor.run(() -> new Loaded(reception.days(t.minusYears(1), t.plusYears(1)), reception.overduePetitions()), l -> {
            List<org.mediationledger.model.ReceptionDay> newestFirst = new java.util.ArrayList<>(l.days());
            java.util.Collections.reverse(newestFirst);
            days.setAll(newestFirst);
            late.setAll(l.late());
        }, e -> message.set(Errors.sentence(m, e)));
    }

    void change(Callable<Object> work) {
        org.mediationledger.ui.ViewModels.change(executor, m, message, work, this::load);
    }

    ReceptionService reception() {
        return reception;
    }

    /** 转为调解案件: the case intake pre-filled from the matter; saving links the two. */
    void openCase(org.mediationledger.model.ReceptionMatter x) {
        if (x == null) {
            message.set(m.get("reception.chooseMatter"));
            return;
        }
        if (x.caseId() != null) {
            message.set(m.get("error.matterAlreadyCase"));
            return;
        }
        executor.run(() -> reception.draftFromMatter(x.id()), d -> openCase.accept(d, x.id()), e -> message.set(Errors.sentence(m, e)));
    }
}
