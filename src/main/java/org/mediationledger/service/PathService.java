package org.mediationledger.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.mediationledger.model.Agreement;
import org.mediationledger.model.AttemptResult;
import org.mediationledger.model.CaseAction;
import org.mediationledger.model.CasePath;
import org.mediationledger.model.CaseStatus;
import org.mediationledger.model.Escalation;
import org.mediationledger.model.Extension;
import org.mediationledger.model.FieldChange;
import org.mediationledger.model.FollowUp;
import org.mediationledger.model.MediationAttempt;
import org.mediationledger.model.MediationCase;
import org.mediationledger.model.Messages;
import org.mediationledger.model.PathState;
import org.mediationledger.model.PathValidator;
import org.mediationledger.model.Performance;
import org.mediationledger.model.Prevention;
import org.mediationledger.model.Problem;
import org.mediationledger.model.Termination;
import org.mediationledger.model.TimelineEntry;
import org.mediationledger.model.ValidationException;
import org.mediationledger.model.WorkItem;
import org.mediationledger.store.PathRepository;

/** The mediation path of a case: attempts, escalation, agreement, performance, follow-up, closing; and "my work". */
public final class PathService {
    public static final int SOON_DAYS = 7;
    private final PathRepository repo;
    private final CaseService cases;
    private final ReferenceService reference;
    private final SettingsService settings;
    private final Messages m;
    private final Clock clock;

    public PathService(PathRepository repo, CaseService cases, ReferenceService reference, SettingsService settings, Messages m,
                       Clock clock) {
        this.settings = settings;
        this.repo = repo;
        this.cases = cases;
        this.reference = reference;
        this.m = m;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Days within which mediation is normally concluded (a setting, 30 by default). */
    public int mediationDays() {
        return settings.mediationDays();
    }

    public PathState path(UUID caseId) {
        return repo.load(caseId);
    }

    private static void refuseIf(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    public PathState attempt(UUID caseId, MediationAttempt a) {
        mayWorkOn(caseId);
        PathState now = repo.load(caseId);
        refuseIf(PathValidator.attempt(a, now.received(), now.currentLevel(), today()));
        return repo.apply(caseId, CaseAction.ATTEMPT, a.result(), attemptStep(caseId, a));
    }

    private PathRepository.Step attemptStep(UUID caseId, MediationAttempt a) {
        return (tx, c, at) -> {
            PathRepository.insertAttempt(tx, caseId, a, at);
            c.setCurrentLevel(a.level());
            return List.of(attemptChange(a));
        };
    }

    private FieldChange attemptChange(MediationAttempt a) {
        return new FieldChange("attempt", "", m.label(a.level()) + " " + m.label(a.result()));
    }

    private static FieldChange agreementChange(Agreement a) {
        return new FieldChange("agreement", "", a.terms());
    }

    private static FieldChange terminationChange(Termination t) {
        return new FieldChange("termination", "", t.date() + " " + t.reason());
    }

    /**
     * The result a case from an old register carries (issue 19), for the case about to be registered with it (received
     * that day, not yet mediated): the attempt, then for a success the agreement, for a failure the end of the mediation
     * — checked as each step is (ValidationException), and the history's words for them, in order. The import saves the
     * case and its result together (CaseService.registerImported).
     */
    public List<FieldChange> importedResult(UUID mediatorId, LocalDate received, MediationAttempt a, Agreement agreement,
                                            Termination end) {
        mayWorkOnCaseOf(mediatorId);
        List<Problem> problems = new ArrayList<>(PathValidator.attempt(a, received, null, today()));
        List<FieldChange> changes = new ArrayList<>();
        changes.add(attemptChange(a));
        if (agreement != null) {
            problems.addAll(PathValidator.agreement(agreement, received, today()));
            changes.add(agreementChange(agreement));
        }
        if (end != null) {
            problems.addAll(PathValidator.termination(end, a.date(), today()));
            changes.add(terminationChange(end));
        }
        refuseIf(problems);
        return changes;
    }

    /** Up a level (toLevel) or out of mediation (outTo); the level comes from where the case stands now. */
    public PathState escalate(UUID caseId, Escalation e) {
        mayWorkOn(caseId);
        PathState now = repo.load(caseId);
        Escalation full = new Escalation(null, e.date(), now.currentLevel(),
                e.toLevel() != null ? e.toLevel() : null, e.outTo(), e.reason());
        refuseIf(PathValidator.escalation(full, now.received(), today()));
        CaseAction action = full.isOut() ? CaseAction.REFER_OUT : CaseAction.ESCALATE;
        return repo.apply(caseId, action, null, (tx, c, at) -> {
            PathRepository.insertEscalation(tx, caseId, full, at);
            List<FieldChange> reopened = new ArrayList<>();
            if (c.getTerminatedDate() != null && !full.isOut()) {
                // a terminated mediation taken up a level is being mediated again; the audit keeps the ended one
                reopened.add(new FieldChange("terminatedDate", c.getTerminatedDate().toString(), ""));
                c.setTerminatedDate(null);
                c.setTerminationReason(null);
            }
            if (full.isOut()) {
                c.setReferredTo(full.outTo());
                return List.of(new FieldChange("referredTo", "", full.outTo()));
            }
            c.setCurrentLevel(full.toLevel());
            reopened.add(new FieldChange("level", now.currentLevel() == null ? "" : m.label(now.currentLevel()),
                    m.label(full.toLevel())));
            return reopened;
        });
    }

    /**
     * Ends the mediation as failed (调解终结): the only step that concludes a case as unsuccessful. Dated not before
     * the last attempt nor the receipt.
     */
    public PathState terminate(UUID caseId, Termination t) {
        mayWorkOn(caseId);
        PathState now = repo.load(caseId);
        refuseIf(PathValidator.termination(t, terminationNotBefore(now), today()));
        return repo.apply(caseId, CaseAction.TERMINATE, null, terminateStep(t));
    }

    private static PathRepository.Step terminateStep(Termination t) {
        return (tx, c, at) -> {
            c.setTerminatedDate(t.date());
            c.setTerminationReason(t.reason());
            return List.of(terminationChange(t));
        };
    }

    /** The earliest day a termination may carry: the last attempt's day, or the receipt's. */
    public static LocalDate terminationNotBefore(PathState p) {
        return p.attempts().stream().map(MediationAttempt::date).max(Comparator.naturalOrder()).orElse(p.received());
    }

    public PathState agree(UUID caseId, Agreement a) {
        mayWorkOn(caseId);
        PathState now = repo.load(caseId);
        refuseIf(PathValidator.agreement(a, now.received(), today()));
        return repo.apply(caseId, CaseAction.AGREE, null, agreeStep(caseId, a));
    }

    private static PathRepository.Step agreeStep(UUID caseId, Agreement a) {
        return (tx, c, at) -> {
            PathRepository.saveAgreement(tx, caseId, a, at);
            return List.of(agreementChange(a));
        };
    }

    public PathState perform(UUID caseId, Performance p) {
        mayWorkOn(caseId);
        PathState now = repo.load(caseId);
        refuseIf(PathValidator.performance(p, now.agreement() == null ? now.received() : now.agreement().reachedDate(), today()));
        return repo.apply(caseId, CaseAction.PERFORM, null, (tx, c, at) -> {
            PathRepository.insertPerformance(tx, caseId, p, at);
            return List.of(new FieldChange("performance", "", m.label(p.status())));
        });
    }

    public PathState followUp(UUID caseId, FollowUp f) {
        mayWorkOn(caseId);
        refuseIf(PathValidator.followUp(f, repo.load(caseId).received(), today()));
        return repo.apply(caseId, CaseAction.FOLLOW_UP, null, (tx, c, at) -> {
            PathRepository.insertFollowUp(tx, caseId, f, at);
            return List.of(new FieldChange("followUp", "", m.label(f.satisfaction())));
        });
    }

    public PathState withdraw(UUID caseId) {
        mayWorkOn(caseId);
        return repo.apply(caseId, CaseAction.WITHDRAW, null, (tx, c, at) -> List.of());
    }

    public PathState close(UUID caseId) {
        mayWorkOn(caseId);
        return repo.apply(caseId, CaseAction.CLOSE, null, (tx, c, at) -> List.of());
    }

    public PathState archive(UUID caseId) {
        mayWorkOn(caseId);
        return repo.apply(caseId, CaseAction.ARCHIVE, null, (tx, c, at) -> List.of());
    }

    /** An extension of the mediation deadline, while the case is still being mediated. */
    public PathState extend(UUID caseId, Extension e) {
        mayWorkOn(caseId);
        PathState now = repo.load(caseId);
        if (now.status() != CaseStatus.REGISTERED && now.status() != CaseStatus.IN_MEDIATION) {
            throw new ValidationException(List.of(Problem.error("days", "error.extensionNotInMediation")));
        }
        refuseIf(PathValidator.extension(e, today()));
        return repo.change(caseId, (tx, c, at) -> {
            PathRepository.insertExtension(tx, caseId, e, at);
            return List.of(new FieldChange("extension", "", e.days() + " " + e.reason()));
        });
    }

    public PathState setPrevention(UUID caseId, Prevention p) {
        mayWorkOn(caseId);
        for (Integer n : new Integer[] {p.suicide(), p.criminal(), p.groupFight(), p.groupPetition()}) {
            if (n != null && n < 1) {
                throw new ValidationException(List.of(Problem.error("prevention", "error.peopleAtLeastOne")));
            }
        }
        return repo.change(caseId, (tx, c, at) -> {
            c.setPreventedSuicide(p.suicide());
            c.setPreventedCriminal(p.criminal());
            c.setStoppedFight(p.groupFight());
            c.setStoppedPetition(p.groupPetition());
            return List.of(new FieldChange("prevention", "", p.toString()));
        });
    }

    /** The whole path in date order, for the case view and the command line. */
    public List<TimelineEntry> timeline(PathState p) {
        ReferenceData ref = reference.load();
        List<TimelineEntry> out = new ArrayList<>();
        java.util.Map<TimelineEntry, Integer> rank = new java.util.IdentityHashMap<>();
        out.add(new TimelineEntry(p.received(), "REGISTERED", m.get("timeline.registered"), ""));
        for (MediationAttempt a : p.attempts()) {
            String who = String.join("、", a.mediatorIds().stream()
                    .map(id -> ref.staffMember(id).map(s -> s.name()).orElse("")).toList());
            TimelineEntry t = new TimelineEntry(a.date(), "ATTEMPT", m.get("timeline.attempt", m.label(a.level()), m.label(a.kind()),
                    m.label(a.result())), join(a.place(), who, a.facts()));
            out.add(t);
            rank.put(t, 2 * a.level().ordinal() + 1);
        }
        for (Escalation e : p.escalations()) {
            TimelineEntry t = new TimelineEntry(e.date(), e.isOut() ? "REFERRED_OUT" : "ESCALATED", e.isOut()
                    ? m.get("timeline.referred", e.outTo()) : m.get("timeline.escalated", m.label(e.toLevel())), e.reason());
            out.add(t);
            // on one day: the attempt below, then the escalation, then the attempt at the new level
            rank.put(t, e.isOut() ? 7 : 2 * e.toLevel().ordinal());
        }
        if (p.termination() != null) {
            TimelineEntry t = new TimelineEntry(p.termination().date(), "TERMINATED", m.get("timeline.terminated"),
                    nz(p.termination().reason()));
            out.add(t);
            rank.put(t, 8);
        }
        if (p.agreement() != null) {
            Agreement a = p.agreement();
            out.add(new TimelineEntry(a.reachedDate(), "AGREEMENT", m.get(a.written() ? "timeline.agreementWritten"
                    : "timeline.agreementOral"), join(a.terms(), a.amount() == null ? null : m.get("money.yuan", a.amount()), null)));
            a.effectiveDate().ifPresent(d -> out.add(new TimelineEntry(d, "EFFECTIVE", m.get("timeline.effective"), "")));
            if (a.confirmationAppliedDate() != null) {
                out.add(new TimelineEntry(a.confirmationAppliedDate(), "CONFIRMATION", m.get("timeline.confirmationApplied"), ""));
            }
            if (a.courtDecisionDate() != null) {
                out.add(new TimelineEntry(a.courtDecisionDate(), "COURT", m.get("timeline.courtDecision"),
                        a.courtDecision() == null ? "" : a.courtDecision()));
            }
        }
        for (Performance pf : p.performances()) {
            out.add(new TimelineEntry(pf.date(), "PERFORMANCE", m.get("timeline.performance", m.label(pf.status())),
                    pf.notes() == null ? "" : pf.notes()));
        }
        for (FollowUp f : p.followUps()) {
            String visitor = f.visitorId() == null ? "" : ref.staffMember(f.visitorId()).map(s -> s.name()).orElse("");
            out.add(new TimelineEntry(f.date(), "FOLLOW_UP", m.get("timeline.followUp", m.label(f.satisfaction())),
                    join(visitor, f.disputeReturned() ? m.get("timeline.returned") : null,
                            f.wentToCourt() ? m.get("timeline.court") : null)));
        }
        for (Extension e : p.extensions()) {
            out.add(new TimelineEntry(e.date(), "EXTENSION", m.get("timeline.extension", e.days()), e.reason()));
        }
        // same day: registration first, then the mediation steps in path order, then agreement and what follows it
        out.sort(Comparator.comparing(TimelineEntry::date).thenComparingInt(t -> rank.getOrDefault(t,
                switch (t.kind()) {
                    case "REGISTERED" -> -1;
                    case "EXTENSION" -> 0;
                    case "AGREEMENT" -> 10;
                    case "EFFECTIVE" -> 11;
                    case "CONFIRMATION" -> 12;
                    case "COURT" -> 13;
                    case "PERFORMANCE" -> 14;
                    default -> 15;
                })));
        return out;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String join(String... parts) {
        return String.join(" · ", java.util.Arrays.stream(parts).filter(s -> s != null && !s.isBlank()).toList());
    }

    /** "My work": overdue mediations, mediations due within 7 days, agreements awaiting a follow-up, confirmation windows closing. */
    public List<WorkItem> myWork() {
        LocalDate today = today();
        int days = mediationDays();
        List<WorkItem> out = new ArrayList<>();
        for (UUID id : repo.casesNeedingAttention(today, days, SOON_DAYS)) {
            PathState p = repo.load(id);
            String number = cases.get(id).map(MediationCase::caseNumber).orElse("");
            LocalDate deadline = p.deadline(days);
            long left = ChronoUnit.DAYS.between(today, deadline);
            if (p.status() == CaseStatus.REGISTERED || p.status() == CaseStatus.IN_MEDIATION) {
                if (left < 0) {
                    out.add(new WorkItem(WorkItem.Kind.OVERDUE, id, number, deadline, -left));
                } else if (left <= SOON_DAYS) {
                    out.add(new WorkItem(WorkItem.Kind.DUE_SOON, id, number, deadline, left));
                }
            }
            Agreement a = p.agreement();
            if (a != null && a.performanceDeadline() != null && today.isAfter(a.performanceDeadline()) && p.followUps().isEmpty()) {
                out.add(new WorkItem(WorkItem.Kind.AWAITING_FOLLOW_UP, id, number, a.performanceDeadline(),
                        ChronoUnit.DAYS.between(a.performanceDeadline(), today)));
            }
            if (a != null && a.confirmationAppliedDate() == null) {
                a.confirmationDaysLeft(today).filter(d -> d >= 0 && d <= SOON_DAYS).ifPresent(d ->
                        out.add(new WorkItem(WorkItem.Kind.CONFIRMATION_CLOSING, id, number, a.confirmationDeadline().get(), d)));
            }
        }
        for (UUID id : repo.casesWithAFailedAttempt(200)) {
            PathState p = repo.load(id);
            if (p.awaitingNextStep()) {
                LocalDate failed = p.attempts().get(p.attempts().size() - 1).date();
                out.add(new WorkItem(WorkItem.Kind.NEXT_STEP_OWED, id, cases.get(id).map(MediationCase::caseNumber).orElse(""),
                        failed, ChronoUnit.DAYS.between(failed, today)));
            }
        }
        out.sort(WorkItem.BY_URGENCY);
        return out;
    }

    /** Whether a step is allowed now (the case view enables its buttons with this). */
    public static boolean allowed(CaseStatus status, CaseAction action) {
        return CasePath.allowed(status, action);
    }


    /**
     * Recording a case's path: the permission, and with accounts a village user's own village and a mediator's own
     * cases (those assigned to the person their account names; unassigned cases are anyone's).
     */
    private void mayWorkOn(UUID caseId) {
        settings.session().require(org.mediationledger.model.Permission.RECORD_PATH);
        if (settings.session().scoped()) {
            cases.get(caseId).ifPresent(c -> mayWorkOnCaseOf(c.draft().mediatorId()));
        }
    }

    /** May record path steps on a case of this mediator (a mediator's own account: only its own cases). */
    private void mayWorkOnCaseOf(UUID mediatorId) {
        var session = settings.session();
        session.require(org.mediationledger.model.Permission.RECORD_PATH);
        if (session.scoped()) {
            session.requireOwnCase(mediatorId);
        }
    }
}
