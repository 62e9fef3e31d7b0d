package org.mediationledger.ui.screening;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.mediationledger.model.Finding;
import org.mediationledger.model.FindingParty;
import org.mediationledger.model.Messages;
import org.mediationledger.model.MicroGrid;
import org.mediationledger.model.Problem;
import org.mediationledger.model.ScreeningKind;
import org.mediationledger.model.ScreeningRound;
import org.mediationledger.model.ScreeningValidator;
import org.mediationledger.model.Staff;
import org.mediationledger.model.Unit;
import org.mediationledger.model.ValidationException;
import org.mediationledger.service.ReferenceData;
import org.mediationledger.service.ScreeningService;
import org.mediationledger.ui.Errors;
import org.mediationledger.ui.TaskExecutor;

/** Records one screening round; with no finding it is a zero report. A refused save keeps everything typed. */
public final class RoundFormViewModel {
    private final ScreeningService screening;
    private final TaskExecutor executor;
    private final Messages m;
    final ReferenceData ref;
    final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    final StringProperty dateText = new SimpleStringProperty("");
    final ObjectProperty<Unit> unit = new SimpleObjectProperty<>();
    final ObjectProperty<MicroGrid> grid = new SimpleObjectProperty<>();
    final ObservableList<MicroGrid> gridChoices = FXCollections.observableArrayList();
    final ObjectProperty<ScreeningKind> kind = new SimpleObjectProperty<>(ScreeningKind.ROUTINE);
    final ObjectProperty<Staff> lead = new SimpleObjectProperty<>();
    final ObservableList<Staff> others = FXCollections.observableArrayList();
    final StringProperty notes = new SimpleStringProperty("");
    final ObservableList<FindingModel> findings = FXCollections.observableArrayList();
    final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    final ObservableMap<String, String> warnings = FXCollections.observableHashMap();
    final StringProperty status = new SimpleStringProperty("");
    final BooleanProperty saving = new SimpleBooleanProperty(false);

    public RoundFormViewModel(ScreeningService screening, TaskExecutor executor, Messages m, ReferenceData ref, Unit forUnit) {
        this.screening = screening;
        this.executor = executor;
        this.m = m;
        this.ref = ref;
        unit.addListener((o, was, now) -> {
            gridChoices.setAll(now == null ? List.of() : ref.activeGridsOf(now.id()));
            if (grid.get() != null && (now == null || !grid.get().unitId().equals(now.id()))) {
                grid.set(null);
            }
        });
        date.set(screening.today());
        dateText.set(screening.today().toString());
        unit.set(forUnit);
        initialUnit = forUnit;
    }

    private final Unit initialUnit;

    /** Whether leaving the form would throw away something typed or chosen since it was opened. */
    public boolean hasUnsavedInput() {
        return !notes.get().isBlank() || !findings.isEmpty() || !others.isEmpty() || lead.get() != null || grid.get() != null
                || kind.get() != ScreeningKind.ROUTINE || unit.get() != initialUnit
                || !dateText.get().equals(screening.today().toString());
    }

    Messages messages() {
        return m;
    }

    void addFinding() {
        findings.add(new FindingModel());
    }

    void removeFinding(FindingModel f) {
        findings.remove(f);
    }

    ScreeningRound toRound(List<Problem> parse) {
        if (date.get() == null && !dateText.get().isBlank()) {
            parse.add(Problem.error("roundDate", "error.dateFormat", dateText.get()));
        }
        List<Finding> fs = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            FindingModel f = findings.get(i);
            String pre = "findings[" + i + "].";
            Integer people = null;
            if (!f.people.get().isBlank()) {
                try {
                    people = Integer.valueOf(f.people.get().strip());
                } catch (NumberFormatException e) {
                    parse.add(Problem.error(pre + "peopleInvolved", "error.wholeNumber"));
                }
            }
            BigDecimal amount = null;
            if (!f.amount.get().isBlank()) {
                try {
                    amount = new BigDecimal(f.amount.get().strip().replace(",", ""));
                } catch (NumberFormatException e) {
                    parse.add(Problem.error(pre + "amountInvolved", "error.amountFormat"));
                }
            }
            List<FindingParty> parties = f.parties.stream().filter(p -> !p.name.get().isBlank() || !p.phone.get().isBlank())
                    .map(p -> new FindingParty(p.name.get(), p.phone.get())).toList();
            fs.add(new Finding(null, f.summary.get(), f.type.get() == null ? null : f.type.get().id(), parties, people, amount,
                    f.risk.get(), f.measures.get(), f.status.get(), null));
        }
        return new ScreeningRound(null, date.get(), unit.get() == null ? null : unit.get().id(),
                grid.get() == null ? null : grid.get().id(), kind.get(), lead.get() == null ? null : lead.get().id(),
                others.stream().map(Staff::id).toList(), notes.get(), fs, 0);
    }

    boolean validate() {
        List<Problem> problems = new ArrayList<>();
        ScreeningRound r = toRound(problems);
        problems.addAll(ScreeningValidator.validate(r, screening.today()));
        show(problems);
        return problems.stream().noneMatch(Problem::blocking);
    }

    private void show(List<Problem> problems) {
        errors.clear();
        warnings.clear();
        problems.forEach(p -> (p.blocking() ? errors : warnings).putIfAbsent(p.field(), m.problem(p)));
        long n = problems.stream().filter(Problem::blocking).map(Problem::field).distinct().count();
        status.set(n == 0 ? "" : m.get("form.fixFields", n));
    }

    void save(Consumer<ScreeningRound> onSaved) {
        if (!validate() || saving.get()) {
            return;
        }
        ScreeningRound r = toRound(new ArrayList<>());
        saving.set(true);
        status.set(m.get("form.saving"));
        executor.run(() -> screening.record(r), saved -> {
            saving.set(false);
            status.set("");
            onSaved.accept(saved);
        }, e -> {
            saving.set(false);
            if (e instanceof ValidationException v) {
                show(v.problems());
            } else {
                status.set(Errors.sentence(m, e));
            }
        });
    }
}
