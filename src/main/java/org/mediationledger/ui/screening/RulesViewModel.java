package org.mediationledger.ui.screening;

import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mediationledger.model.Messages;
import org.mediationledger.model.Problem;
import org.mediationledger.model.ScreeningValidator;
import org.mediationledger.model.SensitivePeriod;
import org.mediationledger.model.UnitKind;
import org.mediationledger.service.ScreeningService;
import org.mediationledger.ui.Errors;
import org.mediationledger.ui.TaskExecutor;

/** Frequency rules per unit level and the sensitive periods. */
public final class RulesViewModel {
    private final ScreeningService screening;
    private final TaskExecutor executor;
    private final Messages m;
    private final Runnable onChanged;
    final IntegerProperty village = new SimpleIntegerProperty(1);
    final IntegerProperty community = new SimpleIntegerProperty(1);
    final ObservableList<SensitivePeriod> periods = FXCollections.observableArrayList();
    final StringProperty message = new SimpleStringProperty("");

    public RulesViewModel(ScreeningService screening, TaskExecutor executor, Messages m, Runnable onChanged) {
        this.screening = screening;
        this.executor = executor;
        this.m = m;
        this.onChanged = onChanged;
    }

    Messages messages() {
        return m;
    }

    public void load() {
        executor.run(() -> new Object[] {screening.rules(), screening.sensitivePeriods()}, r -> {
            @SuppressWarnings("unchecked")
            var rules = (java.util.Map<UnitKind, Integer>) r[0];
            village.set(rules.get(UnitKind.VILLAGE));
            community.set(rules.get(UnitKind.COMMUNITY));
            @SuppressWarnings("unchecked")
            var ps = (List<SensitivePeriod>) r[1];
            periods.setAll(ps);
        }, e -> message.set(Errors.sentence(m, e)));
    }

    void saveRules() {
        int v = village.get();
        int c = community.get();
        executor.run(() -> {
            screening.setRoundsPerWeek(UnitKind.VILLAGE, v);
            screening.setRoundsPerWeek(UnitKind.COMMUNITY, c);
            return null;
        }, x -> {
            message.set(m.get("settings.saved"));
            onChanged.run();
        }, e -> message.set(Errors.sentence(m, e)));
    }

    /** The sentence for a period the dialog is about to save, or "" when it may be saved. */
    String check(SensitivePeriod p) {
        List<Problem> problems = ScreeningValidator.validate(p);
        return problems.isEmpty() ? "" : m.fieldLabel(problems.get(0).field()) + "：" + m.problem(problems.get(0));
    }

    void save(SensitivePeriod p) {
        executor.run(() -> screening.saveSensitivePeriod(p), x -> {
            message.set(m.get("settings.saved"));
            load();
            onChanged.run();
        }, e -> message.set(Errors.sentence(m, e)));
    }

    void delete(SensitivePeriod p) {
        executor.run(() -> {
            screening.deleteSensitivePeriod(p.id());
            return null;
        }, x -> {
            message.set(m.get("settings.deleted", p.name()));
            load();
            onChanged.run();
        }, e -> message.set(Errors.sentence(m, e)));
    }
}
