package org.mediationledger.ui.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.mediationledger.model.CaseDraft;
import org.mediationledger.model.CaseSource;
import org.mediationledger.model.CaseValidator;
import org.mediationledger.model.ConcurrentEditException;
import org.mediationledger.model.DisputeType;
import org.mediationledger.model.MediationCase;
import org.mediationledger.model.Messages;
import org.mediationledger.model.MicroGrid;
import org.mediationledger.model.PartyRole;
import org.mediationledger.model.Problem;
import org.mediationledger.model.RiskLevel;
import org.mediationledger.model.Staff;
import org.mediationledger.model.StaffRole;
import org.mediationledger.model.Unit;
import org.mediationledger.model.ValidationException;
import org.mediationledger.service.CaseService;
import org.mediationledger.service.ReferenceData;
import org.mediationledger.ui.Errors;
import org.mediationledger.ui.TaskExecutor;

/**
 * The intake form of a case (new or existing). Holds what the user typed as properties, validates it into
 * field-by-field messages and saves in the background. A failed save keeps everything typed.
 */
public final class CaseFormViewModel {
    private final CaseService cases;
    private final TaskExecutor executor;
    private final Messages messages;
    private final ReferenceData ref;
    private MediationCase original;
    private final org.mediationledger.model.CaseOrigin origin;

    final ObjectProperty<CaseSource> source = new SimpleObjectProperty<>(CaseSource.PARTY_APPLICATION);
    final ObjectProperty<DisputeType> disputeType = new SimpleObjectProperty<>();
    final ObjectProperty<Unit> unit = new SimpleObjectProperty<>();
    final ObjectProperty<MicroGrid> grid = new SimpleObjectProperty<>();
    final StringProperty summary = new SimpleStringProperty("");
    final StringProperty requests = new SimpleStringProperty("");
    final StringProperty peopleInvolved = new SimpleStringProperty("");
    final StringProperty amountInvolved = new SimpleStringProperty("");
    final ObjectProperty<RiskLevel> riskLevel = new SimpleObjectProperty<>(RiskLevel.YELLOW);
    final ObjectProperty<LocalDate> receivedDate = new SimpleObjectProperty<>();
    final StringProperty receivedDateText = new SimpleStringProperty("");
    final ObjectProperty<Staff> mediator = new SimpleObjectProperty<>();
    final ObservableList<PartyModel> parties = FXCollections.observableArrayList();
    final ObservableList<MicroGrid> gridChoices = FXCollections.observableArrayList();

    /** field path -> the sentence shown beside that field (errors block saving, warnings do not). */
    final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    final ObservableMap<String, String> warnings = FXCollections.observableHashMap();
    final StringProperty status = new SimpleStringProperty("");
    final BooleanProperty saving = new SimpleBooleanProperty(false);
    /** Something was typed or chosen since the form was opened (or last saved): leaving it asks first. */
    final BooleanProperty dirty = new SimpleBooleanProperty(false);
    /** Counts the changes made in the form (a draft kept on disk follows it). */
    final javafx.beans.property.IntegerProperty edits = new javafx.beans.property.SimpleIntegerProperty();
    final ObjectProperty<ConcurrentEditException> conflict = new SimpleObjectProperty<>();
    private boolean triedToSave;

    public CaseFormViewModel(CaseService cases, TaskExecutor executor, Messages messages, ReferenceData ref, MediationCase existing) {
        this(cases, executor, messages, ref, existing, null, null);
    }

    /** A new case pre-filled from a screening finding or a reception matter; saving links the two. */
    public CaseFormViewModel(CaseService cases, TaskExecutor executor, Messages messages, ReferenceData ref, CaseDraft prefill,
                             org.mediationledger.model.CaseOrigin origin) {
        this(cases, executor, messages, ref, null, prefill, origin);
    }

    private CaseFormViewModel(CaseService cases, TaskExecutor executor, Messages messages, ReferenceData ref,
                              MediationCase existing, CaseDraft prefill, org.mediationledger.model.CaseOrigin origin) {
        this.origin = origin;
        this.cases = cases;
        this.executor = executor;
        this.messages = messages;
        this.ref = ref;
        unit.addListener((o, was, now) -> {
            gridChoices.setAll(now == null ? List.of() : ref.activeGridsOf(now.id()));
            if (grid.get() != null && (now == null || !grid.get().unitId().equals(now.id()))) {
                grid.set(null);
            }
        });
        if (existing != null) {
            load(existing);
        } else if (prefill != null) {
            loadDraft(prefill);
            if (parties.stream().noneMatch(p -> p.role.get() == PartyRole.RESPONDENT)) {
                parties.add(new PartyModel(PartyRole.RESPONDENT));
            }
        } else {
            receivedDate.set(cases.today());
            receivedDateText.set(cases.today().toString());
            parties.add(new PartyModel(PartyRole.APPLICANT));
            parties.add(new PartyModel(PartyRole.RESPONDENT));
        }
        List<Observable> watched = new ArrayList<>(List.of(source, disputeType, unit, grid, summary, requests,
                peopleInvolved, amountInvolved, riskLevel, receivedDate, receivedDateText, mediator));
        watched.forEach(o -> o.addListener(x -> changed()));
        parties.addListener((ListChangeListener<PartyModel>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(p -> List.of(p.observables()).forEach(o -> o.addListener(x -> changed())));
            }
            changed();
        });
        parties.forEach(p -> List.of(p.observables()).forEach(o -> o.addListener(x -> changed())));
        noUnitsHint();
    }

    private void load(MediationCase c) {
        original = c;
        loadDraft(c.draft());
    }

    private void loadDraft(CaseDraft d) {
        source.set(d.source());
        disputeType.set(ref.type(d.disputeTypeId()).orElse(null));
        unit.set(ref.unit(d.unitId()).orElse(null));
        grid.set(d.gridId() == null ? null : ref.grid(d.gridId()).orElse(null));
        summary.set(d.summary());
        requests.set(d.requests() == null ? "" : d.requests());
        peopleInvolved.set(d.peopleInvolved() == null ? "" : d.peopleInvolved().toString());
        amountInvolved.set(d.amountInvolved() == null ? "" : d.amountInvolved().toPlainString());
        riskLevel.set(d.riskLevel());
        receivedDate.set(d.receivedDate());
        receivedDateText.set(d.receivedDate() == null ? "" : d.receivedDate().toString());
        mediator.set(d.mediatorId() == null ? null : ref.staffMember(d.mediatorId()).orElse(null));
        parties.setAll(d.parties().stream().map(PartyModel::new).toList());
    }

    /** What is typed, as plain values (ids, texts), for a draft kept on disk. */
    java.util.Map<String, Object> snapshot() {
        java.util.Map<String, Object> o = new java.util.LinkedHashMap<>();
        o.put("source", source.get() == null ? null : source.get().name());
        o.put("disputeType", disputeType.get() == null ? null : disputeType.get().id().toString());
        o.put("unit", unit.get() == null ? null : unit.get().id().toString());
        o.put("grid", grid.get() == null ? null : grid.get().id().toString());
        o.put("summary", summary.get());
        o.put("requests", requests.get());
        o.put("peopleInvolved", peopleInvolved.get());
        o.put("amountInvolved", amountInvolved.get());
        o.put("riskLevel", riskLevel.get() == null ? null : riskLevel.get().name());
        o.put("receivedDate", receivedDateText.get());
        o.put("mediator", mediator.get() == null ? null : mediator.get().id().toString());
        List<java.util.Map<String, Object>> ps = new ArrayList<>();
        for (PartyModel p : parties) {
            java.util.Map<String, Object> x = new java.util.LinkedHashMap<>();
            x.put("role", p.role.get() == null ? null : p.role.get().name());
            x.put("name", p.name.get());
            x.put("gender", p.gender.get() == null ? null : p.gender.get().name());
            x.put("ethnicity", p.ethnicity.get());
            x.put("birthDate", p.birthDateText.get());
            x.put("age", p.age.get());
            x.put("occupation", p.occupation.get());
            x.put("phone", p.phone.get());
            x.put("address", p.address.get());
            x.put("idNumber", p.idNumber.get());
            ps.add(x);
        }
        o.put("parties", ps);
        return o;
    }

    /** Puts a kept draft back into the form (ids that no longer name anything are left empty). */
    @SuppressWarnings("unchecked")
    void restore(java.util.Map<String, Object> o) {
        java.util.function.Function<String, String> str = k -> o.get(k) == null ? "" : String.valueOf(o.get(k));
        java.util.function.Function<String, UUID> id = k -> {
            try {
                return o.get(k) == null ? null : UUID.fromString(String.valueOf(o.get(k)));
            } catch (IllegalArgumentException e) {
                return null;
            }
        };
        try {
            source.set(o.get("source") == null ? null : CaseSource.valueOf(str.apply("source")));
            riskLevel.set(o.get("riskLevel") == null ? null : RiskLevel.valueOf(str.apply("riskLevel")));
        } catch (IllegalArgumentException e) {
            // an unknown constant stays at the form's default
        }
        disputeType.set(id.apply("disputeType") == null ? null : ref.type(id.apply("disputeType")).orElse(null));
        unit.set(id.apply("unit") == null ? null : ref.unit(id.apply("unit")).orElse(null));
        grid.set(id.apply("grid") == null ? null : ref.grid(id.apply("grid")).orElse(null));
        summary.set(str.apply("summary"));
        requests.set(str.apply("requests"));
        peopleInvolved.set(str.apply("peopleInvolved"));
        amountInvolved.set(str.apply("amountInvolved"));
        receivedDateText.set(str.apply("receivedDate"));
        try {
            receivedDate.set(str.apply("receivedDate").isBlank() ? null : LocalDate.parse(str.apply("receivedDate")));
        } catch (java.time.format.DateTimeParseException e) {
            receivedDate.set(null);
        }
        mediator.set(id.apply("mediator") == null ? null : ref.staffMember(id.apply("mediator")).orElse(null));
        List<PartyModel> restored = new ArrayList<>();
        for (Object raw : o.get("parties") instanceof List<?> l ? l : List.of()) {
            if (!(raw instanceof java.util.Map<?, ?> x)) {
                continue;
            }
            java.util.Map<String, Object> px = (java.util.Map<String, Object>) x;
            java.util.function.Function<String, String> ps = k -> px.get(k) == null ? "" : String.valueOf(px.get(k));
            PartyModel p;
            try {
                p = new PartyModel(px.get("role") == null ? PartyRole.APPLICANT : PartyRole.valueOf(ps.apply("role")));
            } catch (IllegalArgumentException e) {
                p = new PartyModel(PartyRole.APPLICANT);
            }
            p.name.set(ps.apply("name"));
            try {
                p.gender.set(px.get("gender") == null ? null : org.mediationledger.model.Gender.valueOf(ps.apply("gender")));
            } catch (IllegalArgumentException e) {
                p.gender.set(null);
            }
            p.ethnicity.set(ps.apply("ethnicity"));
            p.birthDateText.set(ps.apply("birthDate"));
            try {
                p.birthDate.set(ps.apply("birthDate").isBlank() ? null : LocalDate.parse(ps.apply("birthDate")));
            } catch (java.time.format.DateTimeParseException e) {
                p.birthDate.set(null);
            }
            p.age.set(ps.apply("age"));
            p.occupation.set(ps.apply("occupation"));
            p.phone.set(ps.apply("phone"));
            p.address.set(ps.apply("address"));
            p.idNumber.set(ps.apply("idNumber"));
            restored.add(p);
        }
        if (!restored.isEmpty()) {
            parties.setAll(restored);
        }
        dirty.set(true);
    }

    /** Where this new case comes from (a finding, a reception matter), or null. */
    public org.mediationledger.model.CaseOrigin origin() {
        return origin;
    }

    public boolean isNew() {
        return original == null;
    }

    public MediationCase original() {
        return original;
    }

    List<CaseSource> sources() {
        return List.of(CaseSource.values());
    }

    List<DisputeType> types() {
        List<DisputeType> active = new ArrayList<>(ref.activeTypes());
        if (disputeType.get() != null && !active.contains(disputeType.get())) {
            active.add(0, disputeType.get()); // an old case keeps the type of its list version
        }
        return active;
    }

    List<Unit> units() {
        return ref.activeUnits();
    }

    List<Staff> mediators() {
        // the mediators first, then legal advisers and clerks who also mediate
        List<StaffRole> roles = List.of(StaffRole.MEDIATOR, StaffRole.LEGAL_ADVISER, StaffRole.CLERK);
        return ref.activeStaffFirst(StaffRole.MEDIATOR, StaffRole.LEGAL_ADVISER, StaffRole.CLERK).stream()
                .filter(s -> roles.contains(s.role())).toList();
    }

    Messages messages() {
        return messages;
    }

    void addParty(PartyRole role) {
        parties.add(new PartyModel(role));
    }

    void removeParty(PartyModel p) {
        parties.remove(p);
    }

    private void changed() {
        dirty.set(true);
        edits.set(edits.get() + 1);
        revalidateIfTried();
    }

    /** Whether leaving the form would throw away something typed. */
    public boolean hasUnsavedInput() {
        return dirty.get();
    }

    private void revalidateIfTried() {
        if (triedToSave) {
            validate();
        }
    }

    /** Checks everything that can be checked without the database; fills errors and warnings. */
    boolean validate() {
        List<Problem> problems = new ArrayList<>();
        CaseDraft d = toDraft(problems);
        problems.addAll(CaseValidator.validate(d, cases.today()));
        show(problems);
        return !CaseValidator.hasErrors(problems);
    }

    private void show(List<Problem> problems) {
        errors.clear();
        warnings.clear();
        for (Problem p : problems) {
            (p.blocking() ? errors : warnings).putIfAbsent(p.field(), messages.problem(p));
        }
        long n = problems.stream().filter(Problem::blocking).map(Problem::field).distinct().count();
        status.set(n == 0 ? "" : messages.get("form.fixFields", n));
        noUnitsHint();
    }

    /** With no village to choose from, the form says where villages are added. */
    private void noUnitsHint() {
        if (units().isEmpty()) {
            errors.remove("unit");
            warnings.put("unit", messages.get("form.noUnits"));
        }
    }

    /** What was typed, as a draft; text that does not parse adds a problem and leaves the value empty. */
    CaseDraft toDraft(List<Problem> parseProblems) {
        Integer people = null;
        if (!peopleInvolved.get().isBlank()) {
            try {
                people = Integer.valueOf(peopleInvolved.get().strip());
            } catch (NumberFormatException e) {
                parseProblems.add(Problem.error("peopleInvolved", "error.wholeNumber"));
            }
        }
        BigDecimal amount = null;
        if (!amountInvolved.get().isBlank()) {
            try {
                amount = new BigDecimal(amountInvolved.get().strip().replace(",", "").replace("，", ""));
                if (amount.scale() > 2) {
                    parseProblems.add(Problem.error("amountInvolved", "error.amountFormat"));
                }
            } catch (NumberFormatException e) {
                parseProblems.add(Problem.error("amountInvolved", "error.amountFormat"));
            }
        }
        if (receivedDate.get() == null && !receivedDateText.get().isBlank()) {
            parseProblems.add(Problem.error("receivedDate", "error.dateFormat", receivedDateText.get()));
        }
        List<org.mediationledger.model.Party> ps = new ArrayList<>();
        for (int i = 0; i < parties.size(); i++) {
            PartyModel p = parties.get(i);
            Integer age = null;
            if (!p.age.get().isBlank()) {
                try {
                    age = Integer.valueOf(p.age.get().strip());
                } catch (NumberFormatException e) {
                    parseProblems.add(Problem.error("parties[" + i + "].age", "error.wholeNumber"));
                }
            }
            if (p.birthDate.get() == null && !p.birthDateText.get().isBlank()) {
                parseProblems.add(Problem.error("parties[" + i + "].birthDate", "error.dateFormat", p.birthDateText.get()));
            }
            ps.add(p.toParty(age));
        }
        return new CaseDraft(source.get(), disputeType.get() == null ? null : disputeType.get().id(),
                unit.get() == null ? null : unit.get().id(), grid.get() == null ? null : grid.get().id(),
                summary.get(), requests.get(), people, amount, riskLevel.get(), receivedDate.get(),
                mediator.get() == null ? null : mediator.get().id(), ps);
    }

    /** Saves in the background; onSaved runs with the stored case. */
    void save(Consumer<MediationCase> onSaved) {
        triedToSave = true;
        if (!validate() || saving.get()) {
            return;
        }
        CaseDraft d = toDraft(new ArrayList<>());
        saving.set(true);
        status.set(messages.get("form.saving"));
        executor.run(() -> original != null ? cases.update(original.id(), original.version(), d)
                        : origin != null ? cases.registerFrom(d, origin) : cases.register(d),
                saved -> {
                    saving.set(false);
                    dirty.set(false);
                    status.set("");
                    original = saved;
                    onSaved.accept(saved);
                },
                this::failed);
    }

    private void failed(Throwable t) {
        saving.set(false);
        if (t instanceof ValidationException v) {
            show(v.problems());
        } else if (t instanceof ConcurrentEditException c) {
            status.set(messages.get("form.conflict"));
            conflict.set(c);
        } else {
            status.set(Errors.sentence(messages, t));
        }
    }

    /** After a conflict: keep my values and save them over the stored version, knowingly. */
    void overwriteAfterConflict(Consumer<MediationCase> onSaved) {
        ConcurrentEditException c = conflict.get();
        if (c == null) {
            return;
        }
        conflict.set(null);
        MediationCase stored = c.stored();
        original = new MediationCase(stored.id(), stored.caseNumber(), stored.caseYear(), stored.caseSeq(), stored.status(),
                stored.draft(), stored.version(), stored.createdAt(), stored.updatedAt());
        // parties someone else removed meanwhile are added again as new rows
        parties.replaceAll(p -> p.id != null && stored.draft().parties().stream().noneMatch(q -> q.id().equals(p.id))
                ? copyAsNew(p) : p);
        save(onSaved);
    }

    /** After a conflict: drop my changes and show what is stored. */
    void reloadAfterConflict() {
        ConcurrentEditException c = conflict.get();
        if (c != null) {
            conflict.set(null);
            load(c.stored());
            status.set(messages.get("form.reloaded"));
        }
    }

    private static PartyModel copyAsNew(PartyModel p) {
        PartyModel n = new PartyModel(p.toParty(null).withId(null));
        n.age.set(p.age.get());
        return n;
    }
}
