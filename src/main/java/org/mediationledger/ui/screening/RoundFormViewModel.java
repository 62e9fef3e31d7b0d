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

    /** Everything typed and chosen, as plain values for a draft on disk (ids for reference data). */
    java.util.Map<String, Object> snapshot() {
        java.util.Map<String, Object> o = new java.util.LinkedHashMap<>();
        o.put("date", dateText.get());
        o.put("unit", unit.get() == null ? null : unit.get().id().toString());
        o.put("grid", grid.get() == null ? null : grid.get().id().toString());
        o.put("kind", kind.get() == null ? null : kind.get().name());
        o.put("lead", lead.get() == null ? null : lead.get().id().toString());
        o.put("others", others.stream().map(x -> x.id().toString()).toList());
        o.put("notes", notes.get());
        List<Object> fs = new ArrayList<>();
        for (FindingModel f : findings) {
            java.util.Map<String, Object> x = new java.util.LinkedHashMap<>();
            x.put("summary", f.summary.get());
            x.put("type", f.type.get() == null ? null : f.type.get().id().toString());
            x.put("people", f.people.get());
            x.put("amount", f.amount.get());
            x.put("risk", f.risk.get() == null ? null : f.risk.get().name());
            x.put("measures", f.measures.get());
            x.put("status", f.status.get() == null ? null : f.status.get().name());
            x.put("parties", f.parties.stream().map(p -> java.util.Map.of("name", p.name.get(), "phone", p.phone.get())).toList());
            fs.add(x);
        }
        o.put("findings", fs);
        return o;
    }

    /** The unit a draft was typed for (null for none or an unknown one). */
    static java.util.UUID draftUnit(java.util.Map<String, Object> o) {
        return uuid(o.get("unit"));
    }

    /** Puts a draft back; reference data that is gone since (a retired grid, a deleted type) is left empty. */
    void restore(java.util.Map<String, Object> o) {
        String d = text(o.get("date"));
        if (!d.isBlank()) {
            dateText.set(d);
            try {
                date.set(LocalDate.parse(d));
            } catch (java.time.format.DateTimeParseException e) {
                date.set(null);
            }
        }
        java.util.Optional.ofNullable(uuid(o.get("unit"))).flatMap(ref::unit).ifPresent(unit::set);
        java.util.Optional.ofNullable(uuid(o.get("grid"))).flatMap(ref::grid).filter(g -> gridChoices.contains(g)).ifPresent(grid::set);
        enumOf(ScreeningKind.class, o.get("kind")).ifPresent(kind::set);
        java.util.Optional.ofNullable(uuid(o.get("lead"))).flatMap(ref::staffMember).ifPresent(lead::set);
        if (o.get("others") instanceof List<?> l) {
            others.setAll(l.stream().map(RoundFormViewModel::uuid).filter(java.util.Objects::nonNull)
                    .map(ref::staffMember).flatMap(java.util.Optional::stream).toList());
        }
        notes.set(text(o.get("notes")));
        List<FindingModel> fs = new ArrayList<>();
        for (Object raw : o.get("findings") instanceof List<?> l ? l : List.of()) {
            if (!(raw instanceof java.util.Map<?, ?> x)) {
                continue;
            }
            FindingModel f = new FindingModel();
            f.summary.set(text(x.get("summary")));
            java.util.Optional.ofNullable(uuid(x.get("type"))).flatMap(ref::type).ifPresent(f.type::set);
            f.people.set(text(x.get("people")));
            f.amount.set(text(x.get("amount")));
            enumOf(org.mediationledger.model.RiskLevel.class, x.get("risk")).ifPresent(f.risk::set);
            f.measures.set(text(x.get("measures")));
            enumOf(org.mediationledger.model.FindingStatus.class, x.get("status")).ifPresent(f.status::set);
            List<FindingModel.PartyRow> rows = new ArrayList<>();
            for (Object p : x.get("parties") instanceof List<?> pl ? pl : List.of()) {
                if (p instanceof java.util.Map<?, ?> pm) {
                    FindingModel.PartyRow row = new FindingModel.PartyRow();
                    row.name.set(text(pm.get("name")));
                    row.phone.set(text(pm.get("phone")));
                    rows.add(row);
                }
            }
            if (!rows.isEmpty()) {
                f.parties.setAll(rows);
            }
            fs.add(f);
        }
        findings.setAll(fs);
    }

    private static String text(Object o) {
        return o == null ? "" : String.valueOf(o);
    }

    private static java.util.UUID uuid(Object o) {
        try {
            return o == null ? null : java.util.UUID.fromString(String.valueOf(o));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> java.util.Optional<E> enumOf(Class<E> type, Object o) {
        try {
            return o == null ? java.util.Optional.empty() : java.util.Optional.of(Enum.valueOf(type, String.valueOf(o)));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
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
