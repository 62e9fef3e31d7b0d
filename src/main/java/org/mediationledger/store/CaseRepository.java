package org.mediationledger.store;

import static org.mediationledger.store.generated.Tables.CASE_NUMBER_COUNTER;
import static org.mediationledger.store.generated.Tables.DISPUTE_TYPE;
import static org.mediationledger.store.generated.Tables.MEDIATION_CASE;
import static org.mediationledger.store.generated.Tables.MICRO_GRID;
import static org.mediationledger.store.generated.Tables.PARTY;
import static org.mediationledger.store.generated.Tables.STAFF;
import static org.mediationledger.store.generated.Tables.UNIT;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.jooq.impl.DSL;
import org.mediationledger.model.AuditEntry;
import org.mediationledger.model.CaseDiff;
import org.mediationledger.model.CaseDraft;
import org.mediationledger.model.CaseFilter;
import org.mediationledger.model.CaseNumber;
import org.mediationledger.model.CaseSource;
import org.mediationledger.model.CaseStatus;
import org.mediationledger.model.CaseSummary;
import org.mediationledger.model.ConcurrentEditException;
import org.mediationledger.model.FieldChange;
import org.mediationledger.model.Gender;
import org.mediationledger.model.MediationAttempt;
import org.mediationledger.model.MediationCase;
import org.mediationledger.model.Messages;
import org.mediationledger.model.Page;
import org.mediationledger.model.Party;
import org.mediationledger.model.PartyRole;
import org.mediationledger.model.RiskLevel;
import org.mediationledger.store.generated.tables.records.MediationCaseRecord;
import org.mediationledger.store.generated.tables.records.PartyRecord;

/** The mediation cases with their parties: numbering, saving with optimistic locking, searching. */
public final class CaseRepository {
    private static final int NUMBER_RETRIES = 5;
    private final DSLContext dsl;
    private final Audit audit;
    private final Messages messages;
    private final FieldCipher cipher;

    public CaseRepository(DSLContext dsl, Audit audit, FieldCipher cipher, Messages messages) {
        this.cipher = cipher;
        this.dsl = dsl;
        this.audit = audit;
        this.messages = messages;
    }

    /**
     * Saves a new case and gives it the next number of its year. The counter row is incremented inside the same
     * transaction, so its row lock makes concurrent saves (also from another program on the shared file) wait:
     * numbers have no gap and no duplicate.
     */
    public MediationCase insert(CaseDraft draft, CaseNumber.Series series) {
        return insert(draft, series, null);
    }

    /** As insert; when an origin is given (a finding, a reception matter) it is linked to the case in the same transaction. */
    public MediationCase insert(CaseDraft draft, CaseNumber.Series series, org.mediationledger.model.CaseOrigin origin) {
        IntegrityConstraintViolationException last = null;
        for (int attempt = 0; attempt < NUMBER_RETRIES; attempt++) {
            try {
                return dsl.transactionResult(cfg -> {
                    MediationCase saved = insertIn(cfg.dsl(), draft, series);
                    if (origin != null) {
                        switch (origin.kind()) {
                            case FINDING -> linkFinding(cfg.dsl(), origin.id(), saved);
                            case RECEPTION_MATTER -> linkReceptionMatter(cfg.dsl(), origin.id(), saved);
                        }
                    }
                    return saved;
                });
            } catch (IntegrityConstraintViolationException e) {
                last = e; // two first cases of a new year raced for the counter row: the loser tries again
            }
        }
        throw last;
    }

    private MediationCase insertIn(DSLContext tx, CaseDraft d, CaseNumber.Series series) {
        LocalDateTime now = audit.now();
        int year = d.receivedDate().getYear();
        int seq = nextSeq(tx, series.key(), year, now);
        UUID id = UUID.randomUUID();
        String number = CaseNumber.format(year, series.name(), seq);
        caseRow(tx, id, year, seq, series, number, d, now).insert();
        List<Party> saved = new ArrayList<>();
        for (int i = 0; i < d.parties().size(); i++) {
            Party p = d.parties().get(i).withId(UUID.randomUUID());
            insertParty(tx, id, p, i, now);
            saved.add(p);
        }
        List<FieldChange> changes = new ArrayList<>();
        changes.add(new FieldChange("caseNumber", "", number));
        changes.addAll(CaseDiff.between(null, d, v -> describe(tx, v)));
        audit.record(tx, "mediation_case", id, "INSERT", changes);
        StatsRepository.refresh(tx, id);
        return new MediationCase(id, number, year, seq, CaseStatus.REGISTERED, d.withParties(saved), 1, now, now);
    }

    private void linkFinding(DSLContext tx, UUID findingId, MediationCase c) {
        var f = org.mediationledger.store.generated.Tables.FINDING;
        org.mediationledger.model.FindingStatus before = tx.select(f.STATUS).from(f).where(f.ID.eq(findingId)).fetchOptional(f.STATUS)
                .orElseThrow(() -> new org.mediationledger.model.ValidationException(List.of(
                        org.mediationledger.model.Problem.error("findingId", "error.unknownValue", findingId.toString()))));
        int linked = tx.update(f).set(f.CASE_ID, c.id()).set(f.STATUS, org.mediationledger.model.FindingStatus.BECAME_CASE)
                .set(f.UPDATED_AT, audit.now()).set(f.VERSION, f.VERSION.plus(1))
                .where(f.ID.eq(findingId).and(f.CASE_ID.isNull())).execute();
        if (linked == 0) {
            // someone opened a case from this finding first: this case is not saved either
            throw new org.mediationledger.model.ValidationException(List.of(
                    org.mediationledger.model.Problem.error("finding", "error.findingAlreadyCase")));
        }
        StatsRepository.refreshRound(tx, tx.select(f.ROUND_ID).from(f).where(f.ID.eq(findingId)).fetchOne(f.ROUND_ID));
        audit.record(tx, "finding", findingId, "UPDATE", List.of(
                new FieldChange("status", messages.label(before),
                        messages.label(org.mediationledger.model.FindingStatus.BECAME_CASE)),
                new FieldChange("caseNumber", "", c.caseNumber())));
    }

    private void linkReceptionMatter(DSLContext tx, UUID matterId, MediationCase c) {
        var rm = org.mediationledger.store.generated.Tables.RECEPTION_MATTER;
        int linked = tx.update(rm).set(rm.CASE_ID, c.id()).set(rm.UPDATED_AT, audit.now()).set(rm.VERSION, rm.VERSION.plus(1))
                .where(rm.ID.eq(matterId).and(rm.CASE_ID.isNull()).and(rm.DELETED.isFalse())).execute();
        if (linked == 0 && !tx.fetchExists(rm, rm.ID.eq(matterId).and(rm.DELETED.isFalse()))) {
            throw new org.mediationledger.model.ValidationException(List.of(
                    org.mediationledger.model.Problem.error("receptionMatterId", "error.unknownValue", matterId.toString())));
        }
        if (linked == 0) {
            throw new org.mediationledger.model.ValidationException(List.of(
                    org.mediationledger.model.Problem.error("matter", "error.matterAlreadyCase")));
        }
        audit.record(tx, "reception_matter", matterId, "UPDATE", List.of(new FieldChange("caseNumber", "", c.caseNumber())));
    }

    /** Moves the committee's counter for the year up to seq at least (a numbered case from an old register); returns seq. */
    private int atLeast(DSLContext tx, String committee, int year, int seq, LocalDateTime now) {
        var mine = CASE_NUMBER_COUNTER.CASE_YEAR.eq(year).and(CASE_NUMBER_COUNTER.COMMITTEE.eq(committee));
        int updated = tx.update(CASE_NUMBER_COUNTER).set(CASE_NUMBER_COUNTER.LAST_SEQ, DSL.greatest(CASE_NUMBER_COUNTER.LAST_SEQ, DSL.val(seq)))
                .set(CASE_NUMBER_COUNTER.UPDATED_AT, now).set(CASE_NUMBER_COUNTER.VERSION, CASE_NUMBER_COUNTER.VERSION.plus(1))
                .where(mine).execute();
        if (updated == 0) {
            tx.insertInto(CASE_NUMBER_COUNTER).set(CASE_NUMBER_COUNTER.ID, UUID.randomUUID())
                    .set(CASE_NUMBER_COUNTER.COMMITTEE, committee)
                    .set(CASE_NUMBER_COUNTER.CASE_YEAR, year).set(CASE_NUMBER_COUNTER.LAST_SEQ, seq)
                    .set(CASE_NUMBER_COUNTER.CREATED_AT, now).set(CASE_NUMBER_COUNTER.UPDATED_AT, now).execute();
        }
        return seq;
    }

    /** The next number of the committee's series for the year (the counter row is locked until the transaction ends). */
    private int nextSeq(DSLContext tx, String committee, int year, LocalDateTime now) {
        return reserve(tx, committee, year, 1, now);
    }

    /** Takes the next n numbers of the committee's series for the year at once; returns the last of them. */
    private int reserve(DSLContext tx, String committee, int year, int n, LocalDateTime now) {
        var mine = CASE_NUMBER_COUNTER.CASE_YEAR.eq(year).and(CASE_NUMBER_COUNTER.COMMITTEE.eq(committee));
        int updated = tx.update(CASE_NUMBER_COUNTER).set(CASE_NUMBER_COUNTER.LAST_SEQ, CASE_NUMBER_COUNTER.LAST_SEQ.plus(n))
                .set(CASE_NUMBER_COUNTER.UPDATED_AT, now).set(CASE_NUMBER_COUNTER.VERSION, CASE_NUMBER_COUNTER.VERSION.plus(1))
                .where(mine).execute();
        if (updated == 0) {
            tx.insertInto(CASE_NUMBER_COUNTER).set(CASE_NUMBER_COUNTER.ID, UUID.randomUUID())
                    .set(CASE_NUMBER_COUNTER.COMMITTEE, committee)
                    .set(CASE_NUMBER_COUNTER.CASE_YEAR, year).set(CASE_NUMBER_COUNTER.LAST_SEQ, n)
                    .set(CASE_NUMBER_COUNTER.CREATED_AT, now).set(CASE_NUMBER_COUNTER.UPDATED_AT, now).execute();
            return n;
        }
        return tx.select(CASE_NUMBER_COUNTER.LAST_SEQ).from(CASE_NUMBER_COUNTER).where(mine).fetchSingle().value1();
    }

    /**
     * A case from an old register (issue 19) with the result it carries: its number as written there (null: the next of
     * the series), its year and place in the series, and — when it was mediated — the attempt, then the agreement (a
     * success) or the end of the mediation (a failure), with the history's words for those steps (pathChanges).
     */
    public record Imported(CaseDraft draft, String number, int year, int seq, MediationAttempt attempt,
                           org.mediationledger.model.Agreement agreement, org.mediationledger.model.Termination end,
                           List<FieldChange> pathChanges) {
    }

    /**
     * Saves many checked cases of an old register at once, in the caller's transaction (issue 19): numbers taken a
     * year at a time (a given number moves the counter past it), then every table's rows as one JDBC batch, one history
     * entry per case (what was registered, then its result's steps and status) chained in one go, and the figures'
     * summary rows 500 cases per statement. Returns the cases' ids in the given order.
     */
    public List<UUID> insertImported(List<Imported> rows, CaseNumber.Series series) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            LocalDateTime now = audit.now();
            Map<Integer, Integer> highest = new java.util.TreeMap<>();
            Map<Integer, Integer> wanted = new java.util.TreeMap<>();
            for (Imported i : rows) {
                if (i.number() != null) {
                    highest.merge(i.year(), i.seq(), Math::max);
                } else {
                    wanted.merge(i.draft().receivedDate().getYear(), 1, Integer::sum);
                }
            }
            highest.forEach((year, seq) -> atLeast(tx, series.key(), year, seq, now));
            Map<Integer, Integer> next = new HashMap<>();
            wanted.forEach((year, n) -> next.put(year, reserve(tx, series.key(), year, n, now) - n + 1));
            List<MediationCaseRecord> caseRows = new ArrayList<>(rows.size());
            List<PartyRecord> partyRows = new ArrayList<>();
            List<org.jooq.TableRecord<?>> attemptRows = new ArrayList<>();
            List<org.jooq.TableRecord<?>> mediatorRows = new ArrayList<>();
            List<org.jooq.TableRecord<?>> agreementRows = new ArrayList<>();
            List<Audit.Entry> history = new ArrayList<>(rows.size());
            List<UUID> ids = new ArrayList<>(rows.size());
            Map<Object, String> words = new HashMap<>(); // names of units, types, grids, staff: read once each
            for (Imported i : rows) {
                CaseDraft d = i.draft();
                int year = i.number() != null ? i.year() : d.receivedDate().getYear();
                int seq = i.number() != null ? i.seq() : next.merge(year, 1, Integer::sum) - 1;
                String number = i.number() != null ? i.number() : CaseNumber.format(year, series.name(), seq);
                UUID id = UUID.randomUUID();
                ids.add(id);
                MediationCaseRecord r = caseRow(tx, id, year, seq, series, number, d, now);
                for (int p = 0; p < d.parties().size(); p++) {
                    partyRows.add(partyRow(tx, id, d.parties().get(p).withId(UUID.randomUUID()), p, now));
                }
                List<FieldChange> registered = new ArrayList<>();
                registered.add(new FieldChange("caseNumber", "", number));
                registered.addAll(CaseDiff.between(null, d, v -> v instanceof UUID ? words.computeIfAbsent(v, x -> describe(tx, x)) : describe(tx, v)));
                CaseStatus status = CaseStatus.REGISTERED;
                if (i.attempt() != null) {
                    List<org.jooq.TableRecord<?>> attempt = PathRepository.attemptRows(tx, id, i.attempt(), now);
                    attemptRows.add(attempt.get(0));
                    mediatorRows.addAll(attempt.subList(1, attempt.size()));
                    status = org.mediationledger.model.CasePath.next(status, org.mediationledger.model.CaseAction.ATTEMPT, i.attempt().result());
                    r.setCurrentLevel(i.attempt().level());
                    if (i.agreement() != null) {
                        agreementRows.add(PathRepository.agreementRow(tx, id, i.agreement(), now));
                        status = org.mediationledger.model.CasePath.next(status, org.mediationledger.model.CaseAction.AGREE, null);
                    }
                    if (i.end() != null) {
                        r.setTerminatedDate(i.end().date());
                        r.setTerminationReason(i.end().reason());
                        status = org.mediationledger.model.CasePath.next(status, org.mediationledger.model.CaseAction.TERMINATE, null);
                    }
                    registered.addAll(i.pathChanges());
                    registered.add(new FieldChange("status", messages.label(CaseStatus.REGISTERED), messages.label(status)));
                }
                // one entry: the case came in once, with its result
                history.add(new Audit.Entry("mediation_case", id, "INSERT", registered));
                r.setStatus(status);
                caseRows.add(r);
            }
            Batches.insert(tx, caseRows);
            Batches.insert(tx, partyRows);
            Batches.insert(tx, attemptRows);
            Batches.insert(tx, mediatorRows);
            Batches.insert(tx, agreementRows);
            audit.recordAll(tx, history);
            for (int from = 0; from < ids.size(); from += 500) {
                StatsRepository.addNew(tx, ids.subList(from, Math.min(ids.size(), from + 500)));
            }
            return ids;
        });
    }

    /**
     * Saves a changed case if nobody else saved it since expectedVersion was read; otherwise throws
     * ConcurrentEditException with the stored case and the fields where the two differ, and changes nothing.
     */
    public MediationCase update(UUID id, int expectedVersion, CaseDraft d) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            MediationCase stored = load(tx, id, true).orElseThrow(() -> new IllegalArgumentException("no case " + id));
            if (stored.version() != expectedVersion) {
                throw new ConcurrentEditException(stored, CaseDiff.between(stored.draft(), d, v -> describe(tx, v)));
            }
            LocalDateTime now = audit.now();
            MediationCaseRecord r = tx.fetchSingle(MEDIATION_CASE, MEDIATION_CASE.ID.eq(id));
            fill(r, d);
            r.setUpdatedAt(now);
            r.setVersion(expectedVersion + 1);
            r.update();
            Set<UUID> kept = d.parties().stream().map(Party::id).filter(x -> x != null).collect(Collectors.toSet());
            for (Party old : stored.draft().parties()) {
                if (!kept.contains(old.id())) {
                    tx.update(PARTY).set(PARTY.DELETED, true).set(PARTY.UPDATED_AT, now)
                            .set(PARTY.VERSION, PARTY.VERSION.plus(1)).where(PARTY.ID.eq(old.id())).execute();
                }
            }
            List<Party> saved = new ArrayList<>();
            for (int i = 0; i < d.parties().size(); i++) {
                Party p = d.parties().get(i);
                if (p.id() == null) {
                    p = p.withId(UUID.randomUUID());
                    insertParty(tx, id, p, i, now);
                } else {
                    PartyRecord pr = tx.fetchSingle(PARTY, PARTY.ID.eq(p.id()));
                    fillParty(pr, p, i);
                    if (pr.changed()) {
                        pr.setUpdatedAt(now);
                        pr.setVersion(pr.getVersion() + 1);
                        pr.update();
                    }
                }
                saved.add(p);
            }
            CaseDraft result = d.withParties(saved);
            List<FieldChange> changes = CaseDiff.between(stored.draft(), result, v -> describe(tx, v));
            if (!changes.isEmpty()) {
                audit.record(tx, "mediation_case", id, "UPDATE", changes);
                StatsRepository.refresh(tx, id);
            }
            return new MediationCase(id, stored.caseNumber(), stored.caseYear(), stored.caseSeq(), stored.status(), result,
                    expectedVersion + 1, stored.createdAt(), now);
        });
    }

    /** Printing with ID numbers and phones in full is an explicit choice: the audit trail keeps who, when and which paper. */
    public void recordFullPrint(UUID id, String paper) {
        recordDisclosure(id, "PRINT_FULL", List.of(new FieldChange("printedInFull", "", paper)));
    }

    /** Showing a case's ID numbers and phones in full on screen is recorded like printing them. */
    public void recordFullView(UUID id) {
        recordDisclosure(id, "SHOW_FULL", List.of());
    }

    private void recordDisclosure(UUID id, String action, List<FieldChange> what) {
        dsl.transaction(cfg -> audit.record(cfg.dsl(), "mediation_case", id, action, what));
    }

    public void softDelete(UUID id) {
        dsl.transaction(cfg -> {
            cfg.dsl().update(MEDIATION_CASE).set(MEDIATION_CASE.DELETED, true).set(MEDIATION_CASE.UPDATED_AT, audit.now())
                    .set(MEDIATION_CASE.VERSION, MEDIATION_CASE.VERSION.plus(1)).where(MEDIATION_CASE.ID.eq(id)).execute();
            audit.record(cfg.dsl(), "mediation_case", id, "DELETE", List.of());
            StatsRepository.refresh(cfg.dsl(), id);
        });
    }

    public Optional<MediationCase> find(UUID id) {
        return load(dsl, id, false);
    }

    public Optional<MediationCase> findByNumber(String number) {
        return dsl.select(MEDIATION_CASE.ID).from(MEDIATION_CASE)
                .where(MEDIATION_CASE.CASE_NUMBER.eq(number).and(MEDIATION_CASE.DELETED.isFalse()))
                .fetchOptional(MEDIATION_CASE.ID).flatMap(this::find);
    }

    /** Whether any case, deleted ones too (the unique key counts them), holds the year and place in the committee's series. */
    public boolean numberTaken(String committee, int year, int seq) {
        return dsl.fetchExists(MEDIATION_CASE, MEDIATION_CASE.COMMITTEE.eq(committee).and(MEDIATION_CASE.CASE_YEAR.eq(year))
                .and(MEDIATION_CASE.CASE_SEQ.eq(seq)));
    }

    /** Every case number as written, of the cases not deleted. */
    public java.util.Set<String> allNumbers() {
        return new java.util.HashSet<>(dsl.select(MEDIATION_CASE.CASE_NUMBER).from(MEDIATION_CASE).where(MEDIATION_CASE.DELETED.isFalse())
                .fetch(MEDIATION_CASE.CASE_NUMBER));
    }

    /** Every year and place taken in the committee's series (deleted cases' too), as year * 1,000,000 + seq. */
    public java.util.Set<Long> takenSeqs(String committee) {
        java.util.Set<Long> out = new java.util.HashSet<>();
        dsl.select(MEDIATION_CASE.CASE_YEAR, MEDIATION_CASE.CASE_SEQ).from(MEDIATION_CASE).where(MEDIATION_CASE.COMMITTEE.eq(committee))
                .forEach(r -> out.add(r.value1() * 1_000_000L + r.value2()));
        return out;
    }

    /** By year and place in the year's series of the committee (CaseNumber.Series key). */
    public Optional<MediationCase> findByYearAndSeq(String committee, int year, int seq) {
        return dsl.select(MEDIATION_CASE.ID).from(MEDIATION_CASE)
                .where(MEDIATION_CASE.COMMITTEE.eq(committee).and(MEDIATION_CASE.CASE_YEAR.eq(year))
                        .and(MEDIATION_CASE.CASE_SEQ.eq(seq)).and(MEDIATION_CASE.DELETED.isFalse()))
                .fetchOptional(MEDIATION_CASE.ID).flatMap(this::find);
    }

    private Optional<MediationCase> load(DSLContext ctx, UUID id, boolean lock) {
        var q = ctx.selectFrom(MEDIATION_CASE).where(MEDIATION_CASE.ID.eq(id).and(MEDIATION_CASE.DELETED.isFalse()));
        MediationCaseRecord r = lock ? q.forUpdate().fetchOne() : q.fetchOne();
        if (r == null) {
            return Optional.empty();
        }
        List<Party> parties = ctx.selectFrom(PARTY).where(PARTY.CASE_ID.eq(id).and(PARTY.DELETED.isFalse()))
                .orderBy(PARTY.SORT_ORDER).fetch(this::party);
        CaseDraft d = new CaseDraft(r.getSource(), r.getDisputeTypeId(), r.getUnitId(), r.getGridId(),
                r.getSummary(), r.getRequests(), r.getPeopleInvolved(), r.getAmountInvolved(), r.getRiskLevel(),
                r.getReceivedDate(), r.getMediatorId(), parties);
        return Optional.of(new MediationCase(r.getId(), r.getCaseNumber(), r.getCaseYear(), r.getCaseSeq(),
                r.getStatus(), d, r.getVersion(), r.getCreatedAt(), r.getUpdatedAt()));
    }

    /** One page of the register, newest first; the search text matches case number, party names and summary. */
    public Page<CaseSummary> search(CaseFilter f, int offset, int limit) {
        return search(f, offset, limit, org.mediationledger.model.CasePath.DEFAULT_MEDIATION_DAYS);
    }

    /** As search; each line's deadline is its received date plus mediationDays plus its extensions. */
    public Page<CaseSummary> search(CaseFilter f, int offset, int limit, int mediationDays) {
        Condition c = condition(f);
        long total = dsl.fetchCount(MEDIATION_CASE, c);
        // the page from the cases alone, in the order of their list index; the unit and type names for its rows after.
        // Joined in one query, H2 started from the small tables and sorted every case before the first page: more than
        // ten minutes with 250,000 cases (a county file)
        var rows = dsl.select(MEDIATION_CASE.ID, MEDIATION_CASE.CASE_NUMBER, MEDIATION_CASE.RECEIVED_DATE, MEDIATION_CASE.UNIT_ID,
                        MEDIATION_CASE.DISPUTE_TYPE_ID, MEDIATION_CASE.SUMMARY, MEDIATION_CASE.RISK_LEVEL, MEDIATION_CASE.STATUS,
                        MEDIATION_CASE.AMOUNT_INVOLVED)
                .from(MEDIATION_CASE)
                .where(c)
                .orderBy(MEDIATION_CASE.RECEIVED_DATE.desc(), MEDIATION_CASE.CASE_YEAR.desc(), MEDIATION_CASE.CASE_SEQ.desc())
                .limit(limit).offset(offset)
                .fetch();
        List<UUID> ids = rows.map(r -> r.get(MEDIATION_CASE.ID));
        Map<UUID, String> unitNames = rows.isEmpty() ? Map.of() : dsl.select(UNIT.ID, UNIT.NAME).from(UNIT)
                .where(UNIT.ID.in(rows.map(r -> r.get(MEDIATION_CASE.UNIT_ID)))).fetchMap(UNIT.ID, UNIT.NAME);
        Map<UUID, String> typeNames = rows.isEmpty() ? Map.of() : dsl.select(DISPUTE_TYPE.ID, DISPUTE_TYPE.NAME).from(DISPUTE_TYPE)
                .where(DISPUTE_TYPE.ID.in(rows.map(r -> r.get(MEDIATION_CASE.DISPUTE_TYPE_ID)))).fetchMap(DISPUTE_TYPE.ID, DISPUTE_TYPE.NAME);
        Map<UUID, Map<PartyRole, List<String>>> names = new HashMap<>();
        Map<UUID, Integer> extensionDays = new HashMap<>();
        if (!ids.isEmpty()) {
            var ext = org.mediationledger.store.generated.Tables.CASE_EXTENSION;
            dsl.select(ext.CASE_ID, DSL.sum(ext.DAYS)).from(ext).where(ext.CASE_ID.in(ids).and(ext.DELETED.isFalse()))
                    .groupBy(ext.CASE_ID).forEach(x -> extensionDays.put(x.value1(), x.value2().intValue()));
            dsl.select(PARTY.CASE_ID, PARTY.ROLE, PARTY.NAME).from(PARTY)
                    .where(PARTY.CASE_ID.in(ids).and(PARTY.DELETED.isFalse())).orderBy(PARTY.SORT_ORDER)
                    .forEach(p -> names.computeIfAbsent(p.value1(), k -> new LinkedHashMap<>())
                            .computeIfAbsent(p.value2(), k -> new ArrayList<>()).add(p.value3()));
        }
        List<CaseSummary> out = rows.map(r -> {
            Map<PartyRole, List<String>> n = names.getOrDefault(r.get(MEDIATION_CASE.ID), Map.of());
            return new CaseSummary(r.get(MEDIATION_CASE.ID), r.get(MEDIATION_CASE.CASE_NUMBER), r.get(MEDIATION_CASE.RECEIVED_DATE),
                    unitNames.get(r.get(MEDIATION_CASE.UNIT_ID)), typeNames.get(r.get(MEDIATION_CASE.DISPUTE_TYPE_ID)),
                    String.join("、", n.getOrDefault(PartyRole.APPLICANT, List.of())),
                    String.join("、", n.getOrDefault(PartyRole.RESPONDENT, List.of())),
                    r.get(MEDIATION_CASE.SUMMARY), r.get(MEDIATION_CASE.RISK_LEVEL),
                    r.get(MEDIATION_CASE.STATUS), r.get(MEDIATION_CASE.AMOUNT_INVOLVED),
                    r.get(MEDIATION_CASE.RECEIVED_DATE).plusDays(mediationDays + extensionDays.getOrDefault(r.get(MEDIATION_CASE.ID), 0)));
        });
        return new Page<>(out, offset, limit, total);
    }

    /** Above this many cases found by party name, the ids stay in a subquery instead of a literal list. */
    private static final int INLINE_IDS = 1000;

    private Condition condition(CaseFilter f) {
        Condition c = MEDIATION_CASE.DELETED.isFalse();
        if (f.unitId() != null) {
            c = c.and(MEDIATION_CASE.UNIT_ID.eq(f.unitId()));
        }
        if (f.disputeTypeId() != null) {
            c = c.and(MEDIATION_CASE.DISPUTE_TYPE_ID.eq(f.disputeTypeId()));
        }
        if (f.status() != null) {
            c = c.and(MEDIATION_CASE.STATUS.eq(f.status()));
        }
        if (f.riskLevel() != null) {
            c = c.and(MEDIATION_CASE.RISK_LEVEL.eq(f.riskLevel()));
        }
        if (f.from() != null) {
            c = c.and(MEDIATION_CASE.RECEIVED_DATE.ge(f.from()));
        }
        if (f.to() != null) {
            c = c.and(MEDIATION_CASE.RECEIVED_DATE.le(f.to()));
        }
        if (f.oralAgreementsOnly()) {
            var ag = org.mediationledger.store.generated.Tables.AGREEMENT;
            c = c.and(MEDIATION_CASE.ID.in(DSL.select(ag.CASE_ID).from(ag).where(ag.WRITTEN.isFalse().and(ag.DELETED.isFalse()))));
        }
        if (f.text() != null && !f.text().isBlank()) {
            String like = "%" + f.text().strip().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
            Condition byName = PARTY.DELETED.isFalse().and(PARTY.NAME.likeIgnoreCase(like, '!'));
            // the word index narrows the cases to a few candidates, each then checked as below (SearchIndex); when it
            // cannot (a word in most cases, or the index still being built), every case is read
            java.util.Optional<java.util.Set<UUID>> candidates = SearchIndex.candidates(dsl, f.text());
            Condition within = candidates.map(ids -> ids.isEmpty() ? DSL.falseCondition() : MEDIATION_CASE.ID.in(ids))
                    .orElse(DSL.trueCondition());
            // the party names are searched first, on their own: inside an OR, H2 re-ran the subquery for every
            // case (about 1 s on 100,000 cases); a short literal id list keeps the whole search a single scan
            Condition namedWithin = candidates.map(ids -> PARTY.CASE_ID.in(ids)).orElse(DSL.trueCondition());
            List<UUID> named = candidates.isPresent() && candidates.get().isEmpty() ? List.of()
                    : dsl.selectDistinct(PARTY.CASE_ID).from(PARTY).where(namedWithin.and(byName)).limit(INLINE_IDS + 1)
                    .fetch(PARTY.CASE_ID);
            Condition nameMatch = named.size() <= INLINE_IDS ? MEDIATION_CASE.ID.in(named)
                    : MEDIATION_CASE.ID.in(DSL.select(PARTY.CASE_ID).from(PARTY).where(byName));
            Condition textMatch = within.and(MEDIATION_CASE.CASE_NUMBER.likeIgnoreCase(like, '!')
                    .or(MEDIATION_CASE.SUMMARY.likeIgnoreCase(like, '!'))
                    .or(nameMatch));
            String typed = f.text().strip().toUpperCase();
            if (typed.matches("\\d{15}|\\d{17}[\\dX]")) {
                // a whole ID number: found exactly, by its keyed hash once the numbers are encrypted
                Condition sameNumber = cipher.on() ? PARTY.ID_NUMBER_HASH.eq(cipher.lookup(typed)) : PARTY.ID_NUMBER.eq(typed);
                textMatch = textMatch.or(MEDIATION_CASE.ID.in(DSL.select(PARTY.CASE_ID).from(PARTY)
                        .where(PARTY.DELETED.isFalse().and(sameNumber))));
            }
            c = c.and(textMatch);
        }
        return c;
    }

    /** Cases written since the search box's word index last took them in. */
    public int searchIndexWaiting() {
        return SearchIndex.pending(dsl);
    }

    /** Brings the search box's word index up to date now, every case included; returns how many cases it took in. */
    public int catchUpSearchIndex() {
        SearchIndex.enqueueMissing(dsl);
        return SearchIndex.catchUpAll(dsl);
    }

    public int countOpen() {
        // the statuses written into the SQL: H2 plans an IN over bind parameters as a scan of all cases
        List<org.jooq.Field<CaseStatus>> open = java.util.Arrays.stream(CaseStatus.values()).filter(CaseStatus::isOpen)
                .<org.jooq.Field<CaseStatus>>map(s -> org.jooq.impl.DSL.inline(s, MEDIATION_CASE.STATUS)).toList();
        return dsl.fetchCount(MEDIATION_CASE, MEDIATION_CASE.DELETED.isFalse().and(MEDIATION_CASE.STATUS.in(open)));
    }

    public int countAll() {
        return dsl.fetchCount(MEDIATION_CASE, MEDIATION_CASE.DELETED.isFalse());
    }

    /** Cases received per unit name between two dates (for the dashboard). */
    public Map<String, Integer> countByUnit(LocalDate from, LocalDate to) {
        Map<String, Integer> out = new LinkedHashMap<>();
        dsl.select(UNIT.NAME, DSL.count()).from(MEDIATION_CASE).join(UNIT).on(UNIT.ID.eq(MEDIATION_CASE.UNIT_ID))
                .where(MEDIATION_CASE.DELETED.isFalse().and(MEDIATION_CASE.RECEIVED_DATE.between(from, to)))
                .groupBy(UNIT.NAME, UNIT.SORT_ORDER).orderBy(UNIT.SORT_ORDER)
                .forEach(r -> out.put(r.value1(), r.value2()));
        return out;
    }

    /**
     * Conflicts from a data exchange (issue 17) still open on this case: on the case itself, its parties or any step
     * of its path.
     */
    public int openExchangeConflicts(UUID caseId) {
        return ExchangeRepository.openConflictsOnCase(dsl, caseId);
    }

    /** Of these cases (a page of the register), those with an exchange conflict still open. */
    public java.util.Set<UUID> withOpenExchangeConflicts(java.util.Collection<UUID> caseIds) {
        return ExchangeRepository.casesWithOpenConflicts(dsl, caseIds);
    }

    /** The audit trail of a case and of its parties, oldest first. */
    public List<AuditEntry> history(UUID caseId) {
        List<UUID> rows = new ArrayList<>();
        rows.add(caseId);
        rows.addAll(dsl.select(PARTY.ID).from(PARTY).where(PARTY.CASE_ID.eq(caseId)).fetch(PARTY.ID));
        return audit.forRows(dsl, rows);
    }

    /** A new case's row, registered (version 1), not yet written. */
    private static MediationCaseRecord caseRow(DSLContext tx, UUID id, int year, int seq, CaseNumber.Series series, String number,
                                               CaseDraft d, LocalDateTime now) {
        MediationCaseRecord r = tx.newRecord(MEDIATION_CASE);
        r.setId(id);
        r.setCaseYear(year);
        r.setCaseSeq(seq);
        r.setCommittee(series.key());
        r.setCaseNumber(number);
        r.setStatus(CaseStatus.REGISTERED);
        fill(r, d);
        r.setCreatedAt(now);
        r.setUpdatedAt(now);
        r.setVersion(1);
        r.setDeleted(false);
        return r;
    }

    private static void fill(MediationCaseRecord r, CaseDraft d) {
        r.setSource(d.source());
        r.setDisputeTypeId(d.disputeTypeId());
        r.setUnitId(d.unitId());
        r.setGridId(d.gridId());
        r.setSummary(d.summary().strip());
        r.setRequests(blankToNull(d.requests()));
        r.setPeopleInvolved(d.peopleInvolved());
        r.setAmountInvolved(d.amountInvolved());
        r.setRiskLevel(d.riskLevel());
        r.setReceivedDate(d.receivedDate());
        r.setMediatorId(d.mediatorId());
    }

    private void insertParty(DSLContext tx, UUID caseId, Party p, int order, LocalDateTime now) {
        partyRow(tx, caseId, p, order, now).insert();
    }

    private PartyRecord partyRow(DSLContext tx, UUID caseId, Party p, int order, LocalDateTime now) {
        PartyRecord pr = tx.newRecord(PARTY);
        pr.setId(p.id());
        pr.setCaseId(caseId);
        fillParty(pr, p, order);
        pr.setCreatedAt(now);
        pr.setUpdatedAt(now);
        pr.setVersion(1);
        pr.setDeleted(false);
        return pr;
    }

    /** The party's fields into the record; a sealed number is written again only when what it holds changed. */
    private void fillParty(PartyRecord pr, Party p, int order) {
        pr.setRole(p.role());
        pr.setSortOrder(order);
        pr.setName(p.name().strip());
        pr.setGender(p.gender());
        pr.setEthnicity(blankToNull(p.ethnicity()));
        pr.setBirthDate(p.birthDate());
        pr.setAge(p.age());
        pr.setOccupation(blankToNull(p.occupation()));
        String phone = blankToNull(p.phone());
        if (!cipher.holds(DataKeys.PHONE, pr.getPhone(), phone)) {
            pr.setPhone(cipher.seal(DataKeys.PHONE, phone));
        }
        String address = blankToNull(p.address());
        if (!cipher.holds(DataKeys.ADDRESS, pr.getAddress(), address)) {
            pr.setAddress(cipher.seal(DataKeys.ADDRESS, address));
        }
        String id = p.idNumber() == null || p.idNumber().isBlank() ? null : p.idNumber().strip().toUpperCase();
        if (!cipher.holds(DataKeys.ID_NUMBER, pr.getIdNumber(), id)) {
            pr.setIdNumber(cipher.seal(DataKeys.ID_NUMBER, id));
            pr.setIdNumberHash(cipher.lookup(id));
        }
    }

    private Party party(PartyRecord r) {
        return new Party(r.getId(), r.getRole(), r.getName(),
                r.getGender(), r.getEthnicity(), r.getBirthDate(), r.getAge(), r.getOccupation(),
                cipher.open(DataKeys.PHONE, r.getPhone()), cipher.open(DataKeys.ADDRESS, r.getAddress()),
                cipher.open(DataKeys.ID_NUMBER, r.getIdNumber()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Words for a field value in the audit trail: names instead of keys, labels instead of enum constants. */
    private String describe(DSLContext ctx, Object v) {
        if (v instanceof Enum<?> e) {
            return messages.label(e);
        }
        if (v instanceof UUID id) {
            Function<UUID, Optional<String>> any = x -> ctx.select(UNIT.NAME).from(UNIT).where(UNIT.ID.eq(x)).fetchOptional(UNIT.NAME)
                    .or(() -> ctx.select(DISPUTE_TYPE.NAME).from(DISPUTE_TYPE).where(DISPUTE_TYPE.ID.eq(x)).fetchOptional(DISPUTE_TYPE.NAME))
                    .or(() -> ctx.select(MICRO_GRID.NAME).from(MICRO_GRID).where(MICRO_GRID.ID.eq(x)).fetchOptional(MICRO_GRID.NAME))
                    .or(() -> ctx.select(STAFF.NAME).from(STAFF).where(STAFF.ID.eq(x)).fetchOptional(STAFF.NAME));
            return any.apply(id).orElse(id.toString());
        }
        return v.toString();
    }
}
