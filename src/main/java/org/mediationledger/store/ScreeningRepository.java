package org.mediationledger.store;

import static org.mediationledger.store.generated.Tables.FINDING;
import static org.mediationledger.store.generated.Tables.FINDING_PARTY;
import static org.mediationledger.store.generated.Tables.SCREENING_ROUND;
import static org.mediationledger.store.generated.Tables.SCREENING_ROUND_SCREENER;
import static org.mediationledger.store.generated.Tables.SENSITIVE_PERIOD;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.mediationledger.model.Compliance.RoundFact;
import org.mediationledger.model.FieldChange;
import org.mediationledger.model.Finding;
import org.mediationledger.model.FindingParty;
import org.mediationledger.model.FindingStatus;
import org.mediationledger.model.Masking;
import org.mediationledger.model.RiskLevel;
import org.mediationledger.model.ScreeningKind;
import org.mediationledger.model.ScreeningRound;
import org.mediationledger.model.SensitivePeriod;
import org.mediationledger.store.generated.tables.records.FindingRecord;
import org.mediationledger.store.generated.tables.records.ScreeningRoundRecord;

/** Screening rounds with their screeners, findings and parties; sensitive periods. */
public final class ScreeningRepository {
    private final DSLContext dsl;
    private final Audit audit;
    private final FieldCipher cipher;

    public ScreeningRepository(DSLContext dsl, Audit audit, FieldCipher cipher) {
        this.cipher = cipher;
        this.dsl = dsl;
        this.audit = audit;
    }

    /** Saves a round with everything in it in one transaction; returns it with its new ids. */
    public ScreeningRound insert(ScreeningRound r) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            LocalDateTime now = audit.now();
            UUID id = UUID.randomUUID();
            tx.insertInto(SCREENING_ROUND).set(SCREENING_ROUND.ID, id).set(SCREENING_ROUND.ROUND_DATE, r.date())
                    .set(SCREENING_ROUND.UNIT_ID, r.unitId()).set(SCREENING_ROUND.GRID_ID, r.gridId())
                    .set(SCREENING_ROUND.KIND, r.kind()).set(SCREENING_ROUND.LEAD_SCREENER_ID, r.leadScreenerId())
                    .set(SCREENING_ROUND.NOTES, blankToNull(r.notes()))
                    .set(SCREENING_ROUND.CREATED_AT, now).set(SCREENING_ROUND.UPDATED_AT, now).execute();
            for (UUID staff : r.otherScreenerIds()) {
                tx.insertInto(SCREENING_ROUND_SCREENER).set(SCREENING_ROUND_SCREENER.ID, UUID.randomUUID())
                        .set(SCREENING_ROUND_SCREENER.ROUND_ID, id).set(SCREENING_ROUND_SCREENER.STAFF_ID, staff)
                        .set(SCREENING_ROUND_SCREENER.CREATED_AT, now).set(SCREENING_ROUND_SCREENER.UPDATED_AT, now).execute();
            }
            List<Finding> saved = new ArrayList<>();
            for (int i = 0; i < r.findings().size(); i++) {
                Finding f = r.findings().get(i);
                UUID fid = UUID.randomUUID();
                tx.insertInto(FINDING).set(FINDING.ID, fid).set(FINDING.ROUND_ID, id).set(FINDING.SORT_ORDER, i)
                        .set(FINDING.SUMMARY, f.summary().strip()).set(FINDING.DISPUTE_TYPE_ID, f.disputeTypeId())
                        .set(FINDING.PEOPLE_INVOLVED, f.peopleInvolved()).set(FINDING.AMOUNT_INVOLVED, f.amountInvolved())
                        .set(FINDING.RISK_LEVEL, f.riskLevel()).set(FINDING.MEASURES, blankToNull(f.measures()))
                        .set(FINDING.STATUS, f.status()).set(FINDING.CASE_ID, f.caseId()).set(FINDING.CREATED_AT, now)
                        .set(FINDING.UPDATED_AT, now).execute();
                for (int j = 0; j < f.parties().size(); j++) {
                    FindingParty p = f.parties().get(j);
                    tx.insertInto(FINDING_PARTY).set(FINDING_PARTY.ID, UUID.randomUUID()).set(FINDING_PARTY.FINDING_ID, fid)
                            .set(FINDING_PARTY.SORT_ORDER, j).set(FINDING_PARTY.NAME, p.name().strip())
                            .set(FINDING_PARTY.PHONE, cipher.seal(DataKeys.FINDING_PHONE, blankToNull(p.phone())))
                            .set(FINDING_PARTY.CREATED_AT, now).set(FINDING_PARTY.UPDATED_AT, now).execute();
                }
                audit.record(tx, "finding", fid, "INSERT", List.of(new FieldChange("summary", "", f.summary()),
                        new FieldChange("parties", "", String.join("、", f.parties().stream()
                                .map(p -> p.name() + " " + Masking.phone(p.phone())).toList()))));
                saved.add(new Finding(fid, f.summary(), f.disputeTypeId(), f.parties(), f.peopleInvolved(), f.amountInvolved(),
                        f.riskLevel(), f.measures(), f.status(), null));
            }
            StatsRepository.refreshRound(tx, id);
            audit.record(tx, "screening_round", id, "INSERT", List.of(new FieldChange("date", "", r.date().toString()),
                    new FieldChange("kind", "", r.kind().name()), new FieldChange("findings", "", String.valueOf(saved.size()))));
            return new ScreeningRound(id, r.date(), r.unitId(), r.gridId(), r.kind(), r.leadScreenerId(), r.otherScreenerIds(),
                    r.notes(), saved, 1);
        });
    }

    public void softDelete(UUID roundId) {
        dsl.transaction(cfg -> {
            cfg.dsl().update(SCREENING_ROUND).set(SCREENING_ROUND.DELETED, true).set(SCREENING_ROUND.UPDATED_AT, audit.now())
                    .set(SCREENING_ROUND.VERSION, SCREENING_ROUND.VERSION.plus(1)).where(SCREENING_ROUND.ID.eq(roundId)).execute();
            audit.record(cfg.dsl(), "screening_round", roundId, "DELETE", List.of());
            StatsRepository.refreshRound(cfg.dsl(), roundId);
        });
    }

    /** Puts a round taken off the register back (the 撤销 after a delete); its history says so. */
    public void restore(UUID roundId) {
        dsl.transaction(cfg -> {
            cfg.dsl().update(SCREENING_ROUND).set(SCREENING_ROUND.DELETED, false).set(SCREENING_ROUND.UPDATED_AT, audit.now())
                    .set(SCREENING_ROUND.VERSION, SCREENING_ROUND.VERSION.plus(1)).where(SCREENING_ROUND.ID.eq(roundId)).execute();
            audit.record(cfg.dsl(), "screening_round", roundId, "RESTORE", List.of());
            StatsRepository.refreshRound(cfg.dsl(), roundId);
        });
    }

    /** The unit, day and whether a round (deleted or not) found nothing: what a restore must check against. */
    public Optional<org.jooq.Record3<UUID, LocalDate, Boolean>> deletedRound(UUID roundId) {
        return dsl.select(SCREENING_ROUND.UNIT_ID, SCREENING_ROUND.ROUND_DATE,
                        org.jooq.impl.DSL.notExists(org.jooq.impl.DSL.selectOne().from(FINDING).where(FINDING.ROUND_ID.eq(SCREENING_ROUND.ID))))
                .from(SCREENING_ROUND).where(SCREENING_ROUND.ID.eq(roundId).and(SCREENING_ROUND.DELETED.isTrue())).fetchOptional();
    }

    /** Whether any screening round is on record (a new ledger has none). */
    public boolean anyRound() {
        return dsl.fetchExists(SCREENING_ROUND, SCREENING_ROUND.DELETED.isFalse());
    }

    /** Rounds between two dates (both included), optionally of some units, oldest first, with everything in them. */
    public List<ScreeningRound> rounds(LocalDate from, LocalDate to, List<UUID> unitIds) {
        Condition c = SCREENING_ROUND.DELETED.isFalse().and(SCREENING_ROUND.ROUND_DATE.between(from, to));
        if (unitIds != null && !unitIds.isEmpty()) {
            c = c.and(SCREENING_ROUND.UNIT_ID.in(unitIds));
        }
        // the ledger's order: by date, then by unit as the township lists them
        org.jooq.Result<ScreeningRoundRecord> rs = dsl.select(SCREENING_ROUND.fields()).from(SCREENING_ROUND)
                .join(org.mediationledger.store.generated.Tables.UNIT)
                .on(org.mediationledger.store.generated.Tables.UNIT.ID.eq(SCREENING_ROUND.UNIT_ID)).where(c)
                .orderBy(SCREENING_ROUND.ROUND_DATE, org.mediationledger.store.generated.Tables.UNIT.SORT_ORDER,
                        SCREENING_ROUND.CREATED_AT).fetchInto(SCREENING_ROUND);
        if (rs.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rs.map(ScreeningRoundRecord::getId);
        Map<UUID, List<UUID>> screeners = new HashMap<>();
        dsl.select(SCREENING_ROUND_SCREENER.ROUND_ID, SCREENING_ROUND_SCREENER.STAFF_ID).from(SCREENING_ROUND_SCREENER)
                .where(SCREENING_ROUND_SCREENER.ROUND_ID.in(ids).and(SCREENING_ROUND_SCREENER.DELETED.isFalse()))
                .forEach(x -> screeners.computeIfAbsent(x.value1(), k -> new ArrayList<>()).add(x.value2()));
        org.jooq.Result<FindingRecord> fs = dsl.selectFrom(FINDING).where(FINDING.ROUND_ID.in(ids).and(FINDING.DELETED.isFalse()))
                .orderBy(FINDING.SORT_ORDER).fetch();
        Map<UUID, List<FindingParty>> parties = new HashMap<>();
        if (!fs.isEmpty()) {
            dsl.selectFrom(FINDING_PARTY).where(FINDING_PARTY.FINDING_ID.in(fs.map(FindingRecord::getId))
                            .and(FINDING_PARTY.DELETED.isFalse())).orderBy(FINDING_PARTY.SORT_ORDER)
                    .forEach(p -> parties.computeIfAbsent(p.getFindingId(), k -> new ArrayList<>())
                            .add(new FindingParty(p.getName(), cipher.open(DataKeys.FINDING_PHONE, p.getPhone()))));
        }
        Map<UUID, List<Finding>> findings = new HashMap<>();
        for (FindingRecord f : fs) {
            findings.computeIfAbsent(f.getRoundId(), k -> new ArrayList<>()).add(finding(f, parties));
        }
        return rs.map(r -> new ScreeningRound(r.getId(), r.getRoundDate(), r.getUnitId(), r.getGridId(),
                r.getKind(), r.getLeadScreenerId(), screeners.getOrDefault(r.getId(), List.of()),
                r.getNotes(), findings.getOrDefault(r.getId(), List.of()), r.getVersion()));
    }

    /** Only what the compliance board needs: unit, date, and whether the round found nothing. */
    public List<RoundFact> facts(LocalDate from, LocalDate to) {
        // from the summary kept beside the rounds (round_fact, in date order): one range read
        var rf = org.mediationledger.store.generated.Tables.ROUND_FACT;
        return dsl.select(rf.UNIT_ID, rf.ROUND_DATE, rf.FINDINGS).from(rf)
                .where(StatsRepository.roundScope(new StatsRepository.Scope(from, to, null, null)))
                .fetch(r -> new RoundFact(r.value1(), r.value2(), r.value3() == 0));
    }

    public Optional<Finding> finding(UUID id) {
        FindingRecord f = dsl.selectFrom(FINDING).where(FINDING.ID.eq(id).and(FINDING.DELETED.isFalse())).fetchOne();
        if (f == null) {
            return Optional.empty();
        }
        Map<UUID, List<FindingParty>> parties = new HashMap<>();
        dsl.selectFrom(FINDING_PARTY).where(FINDING_PARTY.FINDING_ID.eq(id).and(FINDING_PARTY.DELETED.isFalse()))
                .orderBy(FINDING_PARTY.SORT_ORDER)
                .forEach(p -> parties.computeIfAbsent(id, k -> new ArrayList<>()).add(new FindingParty(p.getName(), cipher.open(DataKeys.FINDING_PHONE, p.getPhone()))));
        return Optional.of(finding(f, parties));
    }

    /** Whether a finding of the round became a case. */
    public boolean hasCase(UUID roundId) {
        return dsl.fetchExists(FINDING, FINDING.ROUND_ID.eq(roundId).and(FINDING.CASE_ID.isNotNull()).and(FINDING.DELETED.isFalse()));
    }

    /** The round a finding belongs to (its date, unit and grid pre-fill a case). */
    public Optional<ScreeningRound> roundOf(UUID findingId) {
        return dsl.select(FINDING.ROUND_ID, SCREENING_ROUND.ROUND_DATE).from(FINDING).join(SCREENING_ROUND)
                .on(SCREENING_ROUND.ID.eq(FINDING.ROUND_ID)).where(FINDING.ID.eq(findingId)).fetchOptional()
                .flatMap(x -> rounds(x.value2(), x.value2(), null).stream().filter(r -> r.id().equals(x.value1())).findFirst());
    }

    /** The finding a case was opened from, if any. */
    public Optional<Finding> findingOfCase(UUID caseId) {
        return dsl.select(FINDING.ID).from(FINDING).where(FINDING.CASE_ID.eq(caseId).and(FINDING.DELETED.isFalse()))
                .fetchOptional(FINDING.ID).flatMap(this::finding);
    }

    public List<SensitivePeriod> sensitivePeriods() {
        return dsl.selectFrom(SENSITIVE_PERIOD).where(SENSITIVE_PERIOD.DELETED.isFalse()).orderBy(SENSITIVE_PERIOD.START_DATE)
                .fetch(r -> new SensitivePeriod(r.getId(), r.getName(), r.getStartDate(), r.getEndDate(), r.getRoundsPerDay()));
    }

    public SensitivePeriod saveSensitivePeriod(SensitivePeriod p) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            LocalDateTime now = audit.now();
            UUID id = p.id() == null ? UUID.randomUUID() : p.id();
            if (p.id() == null) {
                tx.insertInto(SENSITIVE_PERIOD).set(SENSITIVE_PERIOD.ID, id).set(SENSITIVE_PERIOD.NAME, p.name().strip())
                        .set(SENSITIVE_PERIOD.START_DATE, p.start()).set(SENSITIVE_PERIOD.END_DATE, p.end())
                        .set(SENSITIVE_PERIOD.ROUNDS_PER_DAY, p.roundsPerDay())
                        .set(SENSITIVE_PERIOD.CREATED_AT, now).set(SENSITIVE_PERIOD.UPDATED_AT, now).execute();
            } else {
                tx.update(SENSITIVE_PERIOD).set(SENSITIVE_PERIOD.NAME, p.name().strip()).set(SENSITIVE_PERIOD.START_DATE, p.start())
                        .set(SENSITIVE_PERIOD.END_DATE, p.end()).set(SENSITIVE_PERIOD.ROUNDS_PER_DAY, p.roundsPerDay())
                        .set(SENSITIVE_PERIOD.UPDATED_AT, now).set(SENSITIVE_PERIOD.VERSION, SENSITIVE_PERIOD.VERSION.plus(1))
                        .where(SENSITIVE_PERIOD.ID.eq(id)).execute();
            }
            audit.record(tx, "sensitive_period", id, p.id() == null ? "INSERT" : "UPDATE",
                    List.of(new FieldChange("name", "", p.name()), new FieldChange("start", "", p.start().toString()),
                            new FieldChange("end", "", p.end().toString())));
            return new SensitivePeriod(id, p.name().strip(), p.start(), p.end(), p.roundsPerDay());
        });
    }

    public void deleteSensitivePeriod(UUID id) {
        dsl.transaction(cfg -> {
            cfg.dsl().update(SENSITIVE_PERIOD).set(SENSITIVE_PERIOD.DELETED, true).set(SENSITIVE_PERIOD.UPDATED_AT, audit.now())
                    .set(SENSITIVE_PERIOD.VERSION, SENSITIVE_PERIOD.VERSION.plus(1)).where(SENSITIVE_PERIOD.ID.eq(id)).execute();
            audit.record(cfg.dsl(), "sensitive_period", id, "DELETE", List.of());
        });
    }

    private static Finding finding(FindingRecord f, Map<UUID, List<FindingParty>> parties) {
        return new Finding(f.getId(), f.getSummary(), f.getDisputeTypeId(), parties.getOrDefault(f.getId(), List.of()),
                f.getPeopleInvolved(), f.getAmountInvolved(), f.getRiskLevel(), f.getMeasures(),
                f.getStatus(), f.getCaseId());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
