package org.mediationledger.store;

import static org.mediationledger.store.generated.Tables.AGREEMENT;
import static org.mediationledger.store.generated.Tables.ATTEMPT_MEDIATOR;
import static org.mediationledger.store.generated.Tables.CASE_EXTENSION;
import static org.mediationledger.store.generated.Tables.ESCALATION;
import static org.mediationledger.store.generated.Tables.FOLLOW_UP;
import static org.mediationledger.store.generated.Tables.MEDIATION_ATTEMPT;
import static org.mediationledger.store.generated.Tables.MEDIATION_CASE;
import static org.mediationledger.store.generated.Tables.PERFORMANCE_RECORD;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.time.LocalDate;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
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
import org.mediationledger.model.MediationKind;
import org.mediationledger.model.MediationLevel;
import org.mediationledger.model.Messages;
import org.mediationledger.model.PathState;
import org.mediationledger.model.Performance;
import org.mediationledger.model.PerformanceStatus;
import org.mediationledger.model.Prevention;
import org.mediationledger.model.Satisfaction;
import org.mediationledger.model.Termination;
import org.mediationledger.store.generated.tables.records.AgreementRecord;
import org.mediationledger.store.generated.tables.records.MediationCaseRecord;

/**
 * A case's path. Every step locks the case row, checks the transition against CasePath, writes its record and the
 * new status in one transaction; a refused step changes nothing.
 */
public final class PathRepository {
    /** The order of a case's attempts, the path's own (by date, then as entered): "the last attempt" means the last in it. */
    static final List<org.jooq.SortField<?>> ATTEMPT_ORDER = List.of(MEDIATION_ATTEMPT.ATTEMPT_DATE.asc(),
            MEDIATION_ATTEMPT.CREATED_AT.asc());
    /** The same order backwards, for "the last … attempt" in SQL. */
    static final List<org.jooq.SortField<?>> LAST_ATTEMPT_FIRST = ATTEMPT_ORDER.stream()
            .<org.jooq.SortField<?>>map(f -> f.$field().desc()).toList();

    private final DSLContext dsl;
    private final Audit audit;
    private final Messages messages;

    public PathRepository(DSLContext dsl, Audit audit, Messages messages) {
        this.dsl = dsl;
        this.audit = audit;
        this.messages = messages;
    }

    /** What a step writes besides the new status, inside the step's transaction. */
    @FunctionalInterface
    public interface Step {
        List<FieldChange> write(DSLContext tx, MediationCaseRecord kase, LocalDateTime now);
    }

    public PathState apply(UUID caseId, CaseAction action, AttemptResult result, Step step) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            MediationCaseRecord c = tx.selectFrom(MEDIATION_CASE).where(MEDIATION_CASE.ID.eq(caseId)
                    .and(MEDIATION_CASE.DELETED.isFalse())).forUpdate().fetchOptional()
                    .orElseThrow(() -> new IllegalArgumentException("no case " + caseId));
            CaseStatus from = c.getStatus();
            CaseStatus to = CasePath.next(from, action, result);
            LocalDateTime now = audit.now();
            List<FieldChange> changes = new ArrayList<>(step.write(tx, c, now));
            if (from != to) {
                changes.add(new FieldChange("status", messages.label(from), messages.label(to)));
            }
            c.setStatus(to);
            c.setUpdatedAt(now);
            c.setVersion(c.getVersion() + 1); // a changed case is a new version: the exchange sends it, an open form sees it changed
            c.update();
            StatsRepository.refresh(tx, caseId);
            audit.record(tx, "mediation_case", caseId, "UPDATE", changes);
            return load(tx, caseId);
        });
    }

    /** A change that is no step on the path (an extension, prevention counts): no status change. */
    public PathState change(UUID caseId, Step step) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            MediationCaseRecord c = tx.selectFrom(MEDIATION_CASE).where(MEDIATION_CASE.ID.eq(caseId)).forUpdate().fetchSingle();
            LocalDateTime now = audit.now();
            List<FieldChange> changes = step.write(tx, c, now);
            c.setUpdatedAt(now);
            c.setVersion(c.getVersion() + 1);
            c.update();
            StatsRepository.refresh(tx, caseId);
            audit.record(tx, "mediation_case", caseId, "UPDATE", changes);
            return load(tx, caseId);
        });
    }

    public PathState load(UUID caseId) {
        return load(dsl, caseId);
    }

    /**
     * Cases in mediation with a failed attempt, oldest first, at most limit: a superset of those owing the next step
     * (escalate, refer out or end the mediation), which the caller checks case by case.
     */
    public List<UUID> casesWithAFailedAttempt(int limit) {
        var c = MEDIATION_CASE;
        var a = MEDIATION_ATTEMPT;
        return dsl.select(c.ID).from(c).where(c.STATUS.eq(DSL.inline(CaseStatus.IN_MEDIATION, c.STATUS)).and(c.DELETED.isFalse())
                        .and(DSL.exists(DSL.selectOne().from(a).where(a.CASE_ID.eq(c.ID).and(a.DELETED.isFalse())
                                .and(a.RESULT.eq(DSL.inline(AttemptResult.FAILURE, a.RESULT)))))))
                .orderBy(c.RECEIVED_DATE).limit(limit).fetch(c.ID);
    }

    public static UUID insertAttempt(DSLContext tx, UUID caseId, MediationAttempt a, LocalDateTime now) {
        List<org.jooq.TableRecord<?>> rows = attemptRows(tx, caseId, a, now);
        rows.forEach(r -> r.insert());
        return (UUID) rows.get(0).get(MEDIATION_ATTEMPT.ID);
    }

    /** The attempt's row and its mediators' rows, not yet written (insertAttempt, or a batch of an import). */
    static List<org.jooq.TableRecord<?>> attemptRows(DSLContext tx, UUID caseId, MediationAttempt a, LocalDateTime now) {
        UUID id = UUID.randomUUID();
        var r = tx.newRecord(MEDIATION_ATTEMPT);
        r.setId(id);
        r.setCaseId(caseId);
        r.setLevel(a.level());
        r.setKind(a.kind());
        r.setAttemptDate(a.date());
        r.setPlace(a.place());
        r.setOtherParticipants(a.otherParticipants());
        r.setApplicantStatement(a.applicantStatement());
        r.setRespondentStatement(a.respondentStatement());
        r.setFacts(a.facts());
        r.setResult(a.result());
        r.setNotes(a.notes());
        r.setCreatedAt(now);
        r.setUpdatedAt(now);
        List<org.jooq.TableRecord<?>> rows = new ArrayList<>();
        rows.add(r);
        for (UUID staff : a.mediatorIds()) {
            var m = tx.newRecord(ATTEMPT_MEDIATOR);
            m.setId(UUID.randomUUID());
            m.setAttemptId(id);
            m.setStaffId(staff);
            m.setCreatedAt(now);
            m.setUpdatedAt(now);
            rows.add(m);
        }
        return rows;
    }

    public static void insertEscalation(DSLContext tx, UUID caseId, Escalation e, LocalDateTime now) {
        tx.insertInto(ESCALATION).set(ESCALATION.ID, UUID.randomUUID()).set(ESCALATION.CASE_ID, caseId)
                .set(ESCALATION.ESCALATION_DATE, e.date()).set(ESCALATION.FROM_LEVEL, e.fromLevel())
                .set(ESCALATION.TO_LEVEL, e.toLevel()).set(ESCALATION.OUT_TO, e.outTo()).set(ESCALATION.REASON, e.reason())
                .set(ESCALATION.CREATED_AT, now).set(ESCALATION.UPDATED_AT, now).execute();
    }

    /** The case has one agreement: recorded the first time, completed (signatures, confirmation) later. */
    public static void saveAgreement(DSLContext tx, UUID caseId, Agreement a, LocalDateTime now) {
        AgreementRecord r = tx.selectFrom(AGREEMENT).where(AGREEMENT.CASE_ID.eq(caseId).and(AGREEMENT.DELETED.isFalse()))
                .fetchOptional().orElseGet(() -> newAgreement(tx, caseId, now));
        fillAgreement(r, a, now);
        r.store();
    }

    /** The agreement of a case that has none yet, filled, not yet written (a batch of an import). */
    static AgreementRecord agreementRow(DSLContext tx, UUID caseId, Agreement a, LocalDateTime now) {
        AgreementRecord r = newAgreement(tx, caseId, now);
        fillAgreement(r, a, now);
        return r;
    }

    private static AgreementRecord newAgreement(DSLContext tx, UUID caseId, LocalDateTime now) {
        AgreementRecord n = tx.newRecord(AGREEMENT);
        n.setId(UUID.randomUUID());
        n.setCaseId(caseId);
        n.setCreatedAt(now);
        n.setVersion(0);
        n.setDeleted(false);
        return n;
    }

    private static void fillAgreement(AgreementRecord r, Agreement a, LocalDateTime now) {
        r.setWritten(a.written());
        r.setReachedDate(a.reachedDate());
        r.setFactsAndResponsibilities(a.factsAndResponsibilities());
        r.setTerms(a.terms());
        r.setAmount(a.amount());
        r.setPerformanceManner(a.performanceManner());
        r.setPerformanceDeadline(a.performanceDeadline());
        r.setPartiesSignedDate(a.partiesSignedDate());
        r.setMediatorSignedDate(a.mediatorSignedDate());
        r.setSealedDate(a.sealedDate());
        r.setConfirmationAppliedDate(a.confirmationAppliedDate());
        r.setCourtDecision(a.courtDecision());
        r.setCourtDecisionDate(a.courtDecisionDate());
        r.setUpdatedAt(now);
        r.setVersion(r.getVersion() + 1);
    }

    public static void insertPerformance(DSLContext tx, UUID caseId, Performance p, LocalDateTime now) {
        tx.insertInto(PERFORMANCE_RECORD).set(PERFORMANCE_RECORD.ID, UUID.randomUUID()).set(PERFORMANCE_RECORD.CASE_ID, caseId)
                .set(PERFORMANCE_RECORD.STATUS, p.status()).set(PERFORMANCE_RECORD.RECORD_DATE, p.date())
                .set(PERFORMANCE_RECORD.NOTES, p.notes()).set(PERFORMANCE_RECORD.CREATED_AT, now)
                .set(PERFORMANCE_RECORD.UPDATED_AT, now).execute();
    }

    public static void insertFollowUp(DSLContext tx, UUID caseId, FollowUp f, LocalDateTime now) {
        tx.insertInto(FOLLOW_UP).set(FOLLOW_UP.ID, UUID.randomUUID()).set(FOLLOW_UP.CASE_ID, caseId)
                .set(FOLLOW_UP.VISIT_DATE, f.date()).set(FOLLOW_UP.VISITOR_ID, f.visitorId())
                .set(FOLLOW_UP.SATISFACTION, f.satisfaction()).set(FOLLOW_UP.DISPUTE_RETURNED, f.disputeReturned())
                .set(FOLLOW_UP.WENT_TO_COURT, f.wentToCourt()).set(FOLLOW_UP.NOTES, f.notes())
                .set(FOLLOW_UP.CREATED_AT, now).set(FOLLOW_UP.UPDATED_AT, now).execute();
    }

    public static void insertExtension(DSLContext tx, UUID caseId, Extension e, LocalDateTime now) {
        tx.insertInto(CASE_EXTENSION).set(CASE_EXTENSION.ID, UUID.randomUUID()).set(CASE_EXTENSION.CASE_ID, caseId)
                .set(CASE_EXTENSION.EXTENSION_DATE, e.date()).set(CASE_EXTENSION.DAYS, e.days())
                .set(CASE_EXTENSION.REASON, e.reason()).set(CASE_EXTENSION.PARTIES_CONSENT, e.partiesConsent())
                .set(CASE_EXTENSION.CREATED_AT, now).set(CASE_EXTENSION.UPDATED_AT, now).execute();
    }

    private PathState load(DSLContext ctx, UUID caseId) {
        MediationCaseRecord c = ctx.selectFrom(MEDIATION_CASE).where(MEDIATION_CASE.ID.eq(caseId)).fetchSingle();
        var attemptRows = ctx.selectFrom(MEDIATION_ATTEMPT).where(MEDIATION_ATTEMPT.CASE_ID.eq(caseId)
                .and(MEDIATION_ATTEMPT.DELETED.isFalse())).orderBy(ATTEMPT_ORDER).fetch();
        Map<UUID, List<UUID>> mediators = new HashMap<>();
        if (!attemptRows.isEmpty()) {
            ctx.selectFrom(ATTEMPT_MEDIATOR).where(ATTEMPT_MEDIATOR.ATTEMPT_ID.in(attemptRows.map(r -> r.getId()))
                            .and(ATTEMPT_MEDIATOR.DELETED.isFalse()))
                    .forEach(m -> mediators.computeIfAbsent(m.getAttemptId(), k -> new ArrayList<>()).add(m.getStaffId()));
        }
        List<MediationAttempt> attempts = attemptRows.map(r -> new MediationAttempt(r.getId(), r.getLevel(),
                r.getKind(), r.getAttemptDate(), r.getPlace(), mediators.getOrDefault(r.getId(), List.of()),
                r.getOtherParticipants(), r.getApplicantStatement(), r.getRespondentStatement(), r.getFacts(),
                r.getResult(), r.getNotes()));
        List<Escalation> escalations = ctx.selectFrom(ESCALATION).where(ESCALATION.CASE_ID.eq(caseId).and(ESCALATION.DELETED.isFalse()))
                .orderBy(ESCALATION.ESCALATION_DATE, ESCALATION.CREATED_AT)
                .fetch(r -> new Escalation(r.getId(), r.getEscalationDate(), r.getFromLevel(), r.getToLevel(),
                        r.getOutTo(), r.getReason()));
        Agreement agreement = ctx.selectFrom(AGREEMENT).where(AGREEMENT.CASE_ID.eq(caseId).and(AGREEMENT.DELETED.isFalse()))
                .fetchOptional(r -> new Agreement(r.getId(), r.getWritten(), r.getReachedDate(), r.getFactsAndResponsibilities(),
                        r.getTerms(), r.getAmount(), r.getPerformanceManner(), r.getPerformanceDeadline(), r.getPartiesSignedDate(),
                        r.getMediatorSignedDate(), r.getSealedDate(), r.getConfirmationAppliedDate(), r.getCourtDecision(),
                        r.getCourtDecisionDate())).orElse(null);
        List<Performance> performances = ctx.selectFrom(PERFORMANCE_RECORD).where(PERFORMANCE_RECORD.CASE_ID.eq(caseId)
                        .and(PERFORMANCE_RECORD.DELETED.isFalse())).orderBy(PERFORMANCE_RECORD.RECORD_DATE, PERFORMANCE_RECORD.CREATED_AT)
                .fetch(r -> new Performance(r.getId(), r.getStatus(), r.getRecordDate(), r.getNotes()));
        List<FollowUp> followUps = ctx.selectFrom(FOLLOW_UP).where(FOLLOW_UP.CASE_ID.eq(caseId).and(FOLLOW_UP.DELETED.isFalse()))
                .orderBy(FOLLOW_UP.VISIT_DATE, FOLLOW_UP.CREATED_AT)
                .fetch(r -> new FollowUp(r.getId(), r.getVisitDate(), r.getVisitorId(), r.getSatisfaction(),
                        r.getDisputeReturned(), r.getWentToCourt(), r.getNotes()));
        List<Extension> extensions = ctx.selectFrom(CASE_EXTENSION).where(CASE_EXTENSION.CASE_ID.eq(caseId)
                        .and(CASE_EXTENSION.DELETED.isFalse())).orderBy(CASE_EXTENSION.EXTENSION_DATE)
                .fetch(r -> new Extension(r.getId(), r.getExtensionDate(), r.getDays(), r.getReason(), r.getPartiesConsent()));
        return new PathState(caseId, c.getStatus(), c.getReceivedDate(), c.getCurrentLevel(),
                c.getReferredTo(), attempts, escalations, agreement, performances, followUps, extensions,
                new Prevention(c.getPreventedSuicide(), c.getPreventedCriminal(), c.getStoppedFight(), c.getStoppedPetition()),
                c.getTerminatedDate() == null ? null : new Termination(c.getTerminatedDate(), c.getTerminationReason()));
    }

    /**
     * The cases that may need attention ("my work") on the given day, a superset the caller checks case by case:
     * in mediation and received early enough to be due within soonDays (extensions only make deadlines later);
     * or with an agreement whose performance deadline has passed without a follow-up visit, or whose judicial
     * confirmation window (from the latest of its dates) may still be open.
     */
    public List<UUID> casesNeedingAttention(LocalDate today, int mediationDays, int soonDays) {
        var c = MEDIATION_CASE;
        var a = org.mediationledger.store.generated.Tables.AGREEMENT;
        var f = org.mediationledger.store.generated.Tables.FOLLOW_UP;
        // two narrow queries, each led by the status index, rather than one OR that H2 would answer by a scan; the
        // statuses are written into the SQL (H2 plans an IN over bind parameters as a scan)
        java.util.LinkedHashSet<UUID> out = new java.util.LinkedHashSet<>(dsl.select(c.ID).from(c)
                .where(c.STATUS.in(DSL.inline(CaseStatus.REGISTERED, c.STATUS), DSL.inline(CaseStatus.IN_MEDIATION, c.STATUS))
                        .and(c.DELETED.isFalse())
                        .and(c.RECEIVED_DATE.le(today.plusDays(soonDays).minusDays(mediationDays)))).fetch(c.ID));
        Condition noVisit = DSL.notExists(DSL.selectOne().from(f).where(f.CASE_ID.eq(c.ID).and(f.DELETED.isFalse())));
        var latest = DSL.greatest(a.REACHED_DATE, DSL.coalesce(a.PARTIES_SIGNED_DATE, a.REACHED_DATE),
                DSL.coalesce(a.MEDIATOR_SIGNED_DATE, a.REACHED_DATE), DSL.coalesce(a.SEALED_DATE, a.REACHED_DATE));
        out.addAll(dsl.select(c.ID).from(c).join(a).on(a.CASE_ID.eq(c.ID).and(a.DELETED.isFalse()))
                .where(c.STATUS.in(DSL.inline(CaseStatus.AGREEMENT_REACHED, c.STATUS), DSL.inline(CaseStatus.PERFORMANCE, c.STATUS))
                        .and(c.DELETED.isFalse())
                        .and(a.PERFORMANCE_DEADLINE.lt(today).and(noVisit)
                                .or(a.CONFIRMATION_APPLIED_DATE.isNull().and(latest.ge(today.minusDays(Agreement.CONFIRMATION_DAYS + 1))))))
                .fetch(c.ID));
        return List.copyOf(out);
    }

}
