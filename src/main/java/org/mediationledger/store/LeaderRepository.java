package org.mediationledger.store;

import static org.mediationledger.store.generated.Tables.ASSIGNMENT_EXTENSION;
import static org.mediationledger.store.generated.Tables.LEADER_ASSIGNMENT;
import static org.mediationledger.store.generated.Tables.SUPERVISION_ENTRY;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.mediationledger.model.ClosureOutcome;
import org.mediationledger.model.MatterStatus;
import org.mediationledger.model.ExtensionRequest;
import org.mediationledger.model.FieldChange;
import org.mediationledger.model.LeaderAssignment;
import org.mediationledger.model.Problem;
import org.mediationledger.model.Satisfaction;
import org.mediationledger.model.SupervisionEntry;
import org.mediationledger.model.ValidationException;
import org.mediationledger.store.generated.tables.records.LeaderAssignmentRecord;

/** Leader-assigned cases with their extensions and supervision entries. */
public final class LeaderRepository {
    private final DSLContext dsl;
    private final Audit audit;

    public LeaderRepository(DSLContext dsl, Audit audit) {
        this.dsl = dsl;
        this.audit = audit;
    }

    /**
     * Saves a new assignment; a second active assignment of the same case or finding is refused inside the same
     * transaction (one problem, one leader).
     */
    public LeaderAssignment insert(LeaderAssignment a) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            Condition same = a.caseId() != null ? LEADER_ASSIGNMENT.CASE_ID.eq(a.caseId()) : LEADER_ASSIGNMENT.FINDING_ID.eq(a.findingId());
            var active = tx.selectFrom(LEADER_ASSIGNMENT).where(same.and(LEADER_ASSIGNMENT.STATUS.eq(MatterStatus.ACTIVE))
                    .and(LEADER_ASSIGNMENT.DELETED.isFalse())).forUpdate().fetchOptional();
            if (active.isPresent()) {
                throw new ValidationException(List.of(Problem.error("subject", "error.alreadyAssigned")));
            }
            LocalDateTime now = audit.now();
            UUID id = UUID.randomUUID();
            tx.insertInto(LEADER_ASSIGNMENT).set(LEADER_ASSIGNMENT.ID, id).set(LEADER_ASSIGNMENT.CASE_ID, a.caseId())
                    .set(LEADER_ASSIGNMENT.FINDING_ID, a.findingId()).set(LEADER_ASSIGNMENT.LEADER_ID, a.leaderId())
                    .set(LEADER_ASSIGNMENT.RESPONSIBLE_UNIT_ID, a.responsibleUnitId())
                    .set(LEADER_ASSIGNMENT.RESPONSIBLE_PERSON, a.responsiblePerson()).set(LEADER_ASSIGNMENT.TEAM, a.team())
                    .set(LEADER_ASSIGNMENT.PLAN, a.plan()).set(LEADER_ASSIGNMENT.ASSIGNED_DATE, a.assignedDate())
                    .set(LEADER_ASSIGNMENT.DEADLINE, a.originalDeadline()).set(LEADER_ASSIGNMENT.STATUS, MatterStatus.ACTIVE)
                    .set(LEADER_ASSIGNMENT.CREATED_AT, now).set(LEADER_ASSIGNMENT.UPDATED_AT, now).execute();
            audit.record(tx, "leader_assignment", id, "INSERT", List.of(new FieldChange("plan", "", a.plan()),
                    new FieldChange("deadline", "", a.originalDeadline().toString())));
            return load(tx, id).orElseThrow();
        });
    }

    public LeaderAssignment addExtension(UUID assignmentId, ExtensionRequest e) {
        return changeActive(assignmentId, (tx, now) -> {
            tx.insertInto(ASSIGNMENT_EXTENSION).set(ASSIGNMENT_EXTENSION.ID, UUID.randomUUID())
                    .set(ASSIGNMENT_EXTENSION.ASSIGNMENT_ID, assignmentId).set(ASSIGNMENT_EXTENSION.REQUESTED_DATE, e.requestedDate())
                    .set(ASSIGNMENT_EXTENSION.DAYS, e.days()).set(ASSIGNMENT_EXTENSION.REASON, e.reason())
                    .set(ASSIGNMENT_EXTENSION.DECISION, e.approved() ? "APPROVED" : "REFUSED")
                    .set(ASSIGNMENT_EXTENSION.DECIDED_BY, e.decidedBy()).set(ASSIGNMENT_EXTENSION.DECIDED_DATE, e.decidedDate())
                    .set(ASSIGNMENT_EXTENSION.CREATED_AT, now).set(ASSIGNMENT_EXTENSION.UPDATED_AT, now).execute();
            audit.record(tx, "leader_assignment", assignmentId, "UPDATE", List.of(new FieldChange("extension", "",
                    e.days() + (e.approved() ? " APPROVED" : " REFUSED"))));
        });
    }

    public LeaderAssignment addSupervision(UUID assignmentId, SupervisionEntry s) {
        return changeActive(assignmentId, (tx, now) -> {
            tx.insertInto(SUPERVISION_ENTRY).set(SUPERVISION_ENTRY.ID, UUID.randomUUID())
                    .set(SUPERVISION_ENTRY.ASSIGNMENT_ID, assignmentId).set(SUPERVISION_ENTRY.ENTRY_DATE, s.date())
                    .set(SUPERVISION_ENTRY.SUPERVISOR_ID, s.supervisorId()).set(SUPERVISION_ENTRY.INSTRUCTION, s.instruction())
                    .set(SUPERVISION_ENTRY.PROGRESS, s.progress()).set(SUPERVISION_ENTRY.NEXT_CHECK_DATE, s.nextCheckDate())
                    .set(SUPERVISION_ENTRY.CREATED_AT, now).set(SUPERVISION_ENTRY.UPDATED_AT, now).execute();
            audit.record(tx, "leader_assignment", assignmentId, "UPDATE", List.of(new FieldChange("supervision", "", s.instruction())));
        });
    }

    /** A change to an assignment still open, in one transaction; returns the assignment as it is now. */
    private LeaderAssignment changeActive(UUID assignmentId, java.util.function.BiConsumer<DSLContext, LocalDateTime> change) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            requireActive(tx, assignmentId);
            change.accept(tx, audit.now());
            return load(tx, assignmentId).orElseThrow();
        });
    }

    public LeaderAssignment close(UUID assignmentId, ClosureOutcome outcome, Satisfaction satisfaction, java.time.LocalDate date) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            LeaderAssignmentRecord r = requireActive(tx, assignmentId);
            r.setStatus(MatterStatus.CLOSED);
            r.setOutcome(outcome);
            r.setSatisfaction(satisfaction);
            r.setClosedDate(date);
            r.setUpdatedAt(audit.now());
            r.setVersion(r.getVersion() + 1);
            r.update();
            audit.record(tx, "leader_assignment", assignmentId, "UPDATE", List.of(new FieldChange("outcome", "", outcome.name())));
            return load(tx, assignmentId).orElseThrow();
        });
    }

    private LeaderAssignmentRecord requireActive(DSLContext tx, UUID id) {
        LeaderAssignmentRecord r = tx.selectFrom(LEADER_ASSIGNMENT).where(LEADER_ASSIGNMENT.ID.eq(id)
                .and(LEADER_ASSIGNMENT.DELETED.isFalse())).forUpdate().fetchOptional()
                .orElseThrow(() -> new IllegalArgumentException("no assignment " + id));
        if (r.getStatus() != MatterStatus.ACTIVE) {
            throw new ValidationException(List.of(Problem.error("assignment", "error.assignmentClosed")));
        }
        return r;
    }

    public Optional<LeaderAssignment> find(UUID id) {
        return load(dsl, id);
    }

    /** All assignments (optionally of one leader), oldest deadline first. */
    public List<LeaderAssignment> all(UUID leaderId) {
        Condition c = LEADER_ASSIGNMENT.DELETED.isFalse();
        if (leaderId != null) {
            c = c.and(LEADER_ASSIGNMENT.LEADER_ID.eq(leaderId));
        }
        return query(dsl, c);
    }

    /** As all, each with its case number or finding summary (two queries for the whole list, not one per matter). */
    public List<org.mediationledger.model.LeaderMatter> matters(UUID leaderId) {
        List<LeaderAssignment> all = all(leaderId);
        if (all.isEmpty()) {
            return List.of();
        }
        var mc = org.mediationledger.store.generated.Tables.MEDIATION_CASE;
        var f = org.mediationledger.store.generated.Tables.FINDING;
        Map<UUID, String> numbers = dsl.select(mc.ID, mc.CASE_NUMBER).from(mc)
                .where(mc.ID.in(all.stream().map(LeaderAssignment::caseId).filter(java.util.Objects::nonNull).toList()))
                .fetchMap(mc.ID, mc.CASE_NUMBER);
        Map<UUID, String> summaries = dsl.select(f.ID, f.SUMMARY).from(f)
                .where(f.ID.in(all.stream().map(LeaderAssignment::findingId).filter(java.util.Objects::nonNull).toList()))
                .fetchMap(f.ID, f.SUMMARY);
        return all.stream().map(a -> new org.mediationledger.model.LeaderMatter(a, a.caseId() == null ? null : numbers.get(a.caseId()),
                a.findingId() == null ? null : summaries.get(a.findingId()))).toList();
    }

    private static List<LeaderAssignment> query(DSLContext dsl, Condition c) {
        var rows = dsl.selectFrom(LEADER_ASSIGNMENT).where(c).orderBy(LEADER_ASSIGNMENT.DEADLINE).fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.map(LeaderAssignmentRecord::getId);
        Map<UUID, List<ExtensionRequest>> ext = new HashMap<>();
        dsl.selectFrom(ASSIGNMENT_EXTENSION).where(ASSIGNMENT_EXTENSION.ASSIGNMENT_ID.in(ids).and(ASSIGNMENT_EXTENSION.DELETED.isFalse()))
                .orderBy(ASSIGNMENT_EXTENSION.REQUESTED_DATE, ASSIGNMENT_EXTENSION.CREATED_AT)
                .forEach(r -> ext.computeIfAbsent(r.getAssignmentId(), k -> new ArrayList<>()).add(new ExtensionRequest(r.getId(),
                        r.getRequestedDate(), r.getDays(), r.getReason(), "APPROVED".equals(r.getDecision()), r.getDecidedBy(),
                        r.getDecidedDate())));
        Map<UUID, List<SupervisionEntry>> sup = new HashMap<>();
        dsl.selectFrom(SUPERVISION_ENTRY).where(SUPERVISION_ENTRY.ASSIGNMENT_ID.in(ids).and(SUPERVISION_ENTRY.DELETED.isFalse()))
                .orderBy(SUPERVISION_ENTRY.ENTRY_DATE, SUPERVISION_ENTRY.CREATED_AT)
                .forEach(r -> sup.computeIfAbsent(r.getAssignmentId(), k -> new ArrayList<>()).add(new SupervisionEntry(r.getId(),
                        r.getEntryDate(), r.getSupervisorId(), r.getInstruction(), r.getProgress(), r.getNextCheckDate())));
        return rows.map(r -> assignment(r, ext.getOrDefault(r.getId(), List.of()), sup.getOrDefault(r.getId(), List.of())));
    }

    private static Optional<LeaderAssignment> load(DSLContext ctx, UUID id) {
        return query(ctx, LEADER_ASSIGNMENT.ID.eq(id)).stream().findFirst();
    }

    private static LeaderAssignment assignment(LeaderAssignmentRecord r, List<ExtensionRequest> ext, List<SupervisionEntry> sup) {
        return new LeaderAssignment(r.getId(), r.getCaseId(), r.getFindingId(), r.getLeaderId(), r.getResponsibleUnitId(),
                r.getResponsiblePerson(), r.getTeam(), r.getPlan(), r.getAssignedDate(), r.getDeadline(), r.getStatus() == MatterStatus.CLOSED,
                r.getOutcome(),
                r.getSatisfaction(), r.getClosedDate(), ext, sup);
    }
}
