package org.mediationledger.ui.cases;

import java.util.List;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mediationledger.model.AuditEntry;
import org.mediationledger.model.MediationCase;
import org.mediationledger.model.Messages;
import org.mediationledger.service.CaseService;
import org.mediationledger.ui.Errors;
import org.mediationledger.ui.TaskExecutor;

/** One case as read: its fields, its parties (numbers masked unless asked) and its history. */
public final class CaseDetailViewModel {
    private final CaseService cases;
    private final org.mediationledger.service.ScreeningService screening;
    final StringProperty fromFinding = new SimpleStringProperty("");
    /** "此案有 1 处交换冲突待处理…" while a data exchange left a conflict on it, else empty. */
    final StringProperty exchangeConflict = new SimpleStringProperty("");
    private final TaskExecutor executor;
    private final Messages messages;
    final ObjectProperty<MediationCase> kase = new SimpleObjectProperty<>();
    final ObservableList<AuditEntry> history = FXCollections.observableArrayList();
    final BooleanProperty showFullNumbers = new SimpleBooleanProperty(false);
    final StringProperty message = new SimpleStringProperty("");
    final ObjectProperty<org.mediationledger.model.PathState> path = new SimpleObjectProperty<>();
    final ObservableList<org.mediationledger.model.TimelineEntry> timeline = FXCollections.observableArrayList();
    private org.mediationledger.service.PathService paths;

    /** The case's path service (the mediation steps); without it the detail shows no path. */
    public void setPathService(org.mediationledger.service.PathService p) {
        this.paths = p;
    }

    org.mediationledger.service.PathService paths() {
        return paths;
    }

    /** Where the case stands, in one sentence: state and level, resolution, deadline, agreement, referral, prevention. */
    String pathSentence(org.mediationledger.model.PathState p) {
        Messages m = messages;
        java.time.LocalDate today = paths.today();
        java.util.List<String> parts = new java.util.ArrayList<>();
        parts.add(m.get("path.state", m.label(p.status()), p.currentLevel() == null ? "—" : m.label(p.currentLevel())));
        p.resolutionLevel().ifPresent(l -> parts.add(m.get("path.resolved", m.label(l))));
        if (p.awaitingNextStep()) {
            parts.add(m.get("path.awaitingNextStep"));
        }
        if (p.termination() != null) {
            parts.add(m.get("path.terminated", p.termination().date()));
        }
        if (p.status() == org.mediationledger.model.CaseStatus.REGISTERED || p.status() == org.mediationledger.model.CaseStatus.IN_MEDIATION) {
            java.time.LocalDate due = p.deadline(mediationDays);
            long left = java.time.temporal.ChronoUnit.DAYS.between(today, due);
            parts.add(left < 0 ? m.get("path.overdue", due, -left) : m.get("path.due", due, left));
        }
        if (p.agreement() != null) {
            var a = p.agreement();
            parts.add(a.effectiveDate().map(d -> m.get("path.effective", d)).orElse(m.get("path.notEffective")));
            if (a.confirmationAppliedDate() == null) {
                a.confirmationDaysLeft(today).ifPresent(d -> parts.add(d >= 0 ? m.get("path.confirmLeft", d, a.confirmationDeadline().get())
                        : m.get("path.confirmClosed", a.confirmationDeadline().get())));
            }
        }
        if (p.referredTo() != null) {
            parts.add(m.get("path.referredTo", p.referredTo()));
        }
        var pv = p.prevention();
        Object[][] flags = {{"preventedSuicide", pv.suicide()}, {"preventedCriminal", pv.criminal()},
            {"stoppedFight", pv.groupFight()}, {"stoppedPetition", pv.groupPetition()}};
        for (Object[] f : flags) {
            if (f[1] != null) {
                parts.add(m.get("path.preventionPeople", m.fieldLabel((String) f[0]), f[1]));
            }
        }
        return String.join("；", parts);
    }

    /** Whether a step may be taken now: the path's transitions (the escalation button also refers a case out). */
    static boolean enabled(org.mediationledger.model.PathState p, org.mediationledger.model.CaseAction a) {
        return org.mediationledger.service.PathService.allowed(p.status(), a)
                || a == org.mediationledger.model.CaseAction.ESCALATE
                && org.mediationledger.service.PathService.allowed(p.status(), org.mediationledger.model.CaseAction.REFER_OUT);
    }

    /** The mediation period can be extended while the case is being mediated. */
    static boolean extendable(org.mediationledger.model.PathState p) {
        return p.status() == org.mediationledger.model.CaseStatus.REGISTERED
                || p.status() == org.mediationledger.model.CaseStatus.IN_MEDIATION;
    }

    /** Takes a step of the path with what its dialog gave, in the background; the page follows. */
    void take(org.mediationledger.model.CaseAction a, Object input) {
        MediationCase c = kase.get();
        if (c == null || paths == null) {
            return;
        }
        UUID id = c.id();
        var s = paths;
        switch (a) {
            case ATTEMPT -> step(() -> s.attempt(id, (org.mediationledger.model.MediationAttempt) input), id);
            case ESCALATE -> step(() -> s.escalate(id, (org.mediationledger.model.Escalation) input), id);
            case TERMINATE -> step(() -> s.terminate(id, (org.mediationledger.model.Termination) input), id);
            case AGREE -> step(() -> s.agree(id, (org.mediationledger.model.Agreement) input), id);
            case PERFORM -> step(() -> s.perform(id, (org.mediationledger.model.Performance) input), id);
            case FOLLOW_UP -> step(() -> s.followUp(id, (org.mediationledger.model.FollowUp) input), id);
            case WITHDRAW -> step(() -> s.withdraw(id), id);
            case CLOSE -> step(() -> s.close(id), id);
            case ARCHIVE -> step(() -> s.archive(id), id);
            default -> { }
        }
    }

    void extend(org.mediationledger.model.Extension x) {
        MediationCase c = kase.get();
        if (c != null && paths != null) {
            step(() -> paths.extend(c.id(), x), c.id());
        }
    }

    void setPrevention(org.mediationledger.model.Prevention x) {
        MediationCase c = kase.get();
        if (c != null && paths != null) {
            step(() -> paths.setPrevention(c.id(), x), c.id());
        }
    }

    Messages messages() {
        return messages;
    }

    /** The mediation period in force, read with the path (the setting lives in the data file). */
    int mediationDays = org.mediationledger.model.CasePath.DEFAULT_MEDIATION_DAYS;

    record PathLoaded(org.mediationledger.model.PathState state, List<org.mediationledger.model.TimelineEntry> timeline,
                      int mediationDays) {
    }

    void loadPath(UUID id) {
        if (paths == null) {
            return;
        }
        executor.run(() -> {
            var st = paths.path(id);
            return new PathLoaded(st, paths.timeline(st), paths.mediationDays());
        }, l -> {
            mediationDays = l.mediationDays();
            path.set(l.state());
            timeline.setAll(l.timeline());
        }, e -> message.set(Errors.sentence(messages, e)));
    }

    /** Runs one step of the path in the background, then shows the case again; a refusal is one sentence. */
    void step(java.util.concurrent.Callable<Object> work, UUID id) {
        executor.run(() -> {
            work.call();
            return null;
        }, x -> {
            message.set(messages.get("settings.saved"));
            load(id);
        }, e -> message.set(Errors.sentence(messages, e)));
    }

    public CaseDetailViewModel(CaseService cases, org.mediationledger.service.ScreeningService screening, TaskExecutor executor,
                               Messages messages) {
        this.cases = cases;
        this.screening = screening;
        this.executor = executor;
        this.messages = messages;
        // seeing numbers in full is recorded in the case's history, as printing them is
        showFullNumbers.addListener((o, was, now) -> {
            MediationCase c = kase.get();
            if (now && c != null) {
                executor.run(() -> {
                    cases.recordFullView(c.id());
                    return cases.history(c.id());
                }, history::setAll, e -> message.set(Errors.sentence(messages, e)));
            }
        });
    }

    record Loaded(MediationCase kase, List<AuditEntry> history, org.mediationledger.model.Finding finding, int conflicts) {
    }

    void load(UUID id) {
        executor.run(() -> {
            MediationCase k = cases.get(id).orElse(null);
            return new Loaded(k, cases.history(id), screening.findingOfCase(id).orElse(null), k == null ? 0 : cases.openExchangeConflicts(id));
        }, loaded -> {
            if (loaded.kase() == null) {
                message.set(messages.get("detail.gone"));
                return;
            }
            kase.set(loaded.kase());
            history.setAll(loaded.history());
            fromFinding.set(loaded.finding() == null ? "" : messages.get("detail.fromFinding", loaded.finding().summary()));
            exchangeConflict.set(loaded.conflicts() == 0 ? "" : messages.get("detail.exchangeConflict", loaded.conflicts()));
            loadPath(id);
        }, failure -> message.set(Errors.sentence(messages, failure)));
    }
}
