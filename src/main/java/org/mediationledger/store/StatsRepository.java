package org.mediationledger.store;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.when;
import static org.mediationledger.store.generated.Tables.AGREEMENT;
import static org.mediationledger.store.generated.Tables.CASE_FACT;
import static org.mediationledger.store.generated.Tables.FINDING;
import static org.mediationledger.store.generated.Tables.MEDIATION_ATTEMPT;
import static org.mediationledger.store.generated.Tables.MEDIATION_CASE;
import static org.mediationledger.store.generated.Tables.PERFORMANCE_RECORD;
import static org.mediationledger.store.generated.Tables.ROUND_FACT;
import static org.mediationledger.store.generated.Tables.SCREENING_ROUND;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectField;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.mediationledger.model.CaseRef;
import org.mediationledger.model.CaseStatus;
import org.mediationledger.model.FindingStatus;
import org.mediationledger.model.AttemptResult;
import org.mediationledger.model.MediationLevel;
import org.mediationledger.model.Measure;

/**
 * The counts behind the figures, in SQL. Every case measure is one condition over the cases of a period joined with
 * what their path holds (attempts, agreement, performance); the counts and the drill-down lists use the same
 * condition, so the list behind a figure is exactly its numerator.
 */
public final class StatsRepository {
    private final DSLContext dsl;

    /** What a scope is: a period of received (or screening, or assignment) dates, and optionally one unit or grid. */
    public record Scope(LocalDate from, LocalDate to, UUID unitId, UUID gridId) {
    }

    /** The counts of one group of cases. */
    public record CaseCounts(Map<Measure, Long> counts, BigDecimal amount, Map<Measure, Long> people) {
        public static final CaseCounts NONE = new CaseCounts(Map.of(), BigDecimal.ZERO, Map.of());

        /** The counts of two groups together. */
        public CaseCounts plus(CaseCounts o) {
            Map<Measure, Long> n = new EnumMap<>(Measure.class);
            Map<Measure, Long> p = new EnumMap<>(Measure.class);
            for (Measure m : Measure.values()) {
                n.put(m, counts.getOrDefault(m, 0L) + o.counts.getOrDefault(m, 0L));
                if (people.containsKey(m) || o.people.containsKey(m)) {
                    p.put(m, people.getOrDefault(m, 0L) + o.people.getOrDefault(m, 0L));
                }
            }
            return new CaseCounts(n, amount.add(o.amount), p);
        }
    }

    /** The counts of one unit and one dispute type. */
    public record UnitTypeCounts(UUID unitId, UUID typeId, CaseCounts counts) {
    }

    /** Every case measure per unit and dispute type, in one pass over the period (totals, by unit and by type follow). */
    public List<UnitTypeCounts> caseCountsByUnitAndType(Scope s) {
        List<SelectField<?>> fields = new ArrayList<>(countFields(FAST));
        fields.add(0, FAST.unit().as("u"));
        fields.add(1, FAST.type().as("t"));
        return dsl.select(fields).from(FAST.from()).where(scope(FAST, s)).groupBy(FAST.unit(), FAST.type())
                .fetch(r -> new UnitTypeCounts(r.get("u", UUID.class), r.get("t", UUID.class), counts(r)));
    }

    public StatsRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * The facts of a case the figures count, as SQL over some source: the summary table case_fact (fast), or the base
     * tables themselves (the recount that keeps case_fact and checks it).
     */
    private record Facts(Table<?> from, Field<UUID> id, Field<UUID> unit, Field<UUID> grid, Field<UUID> type, Field<org.mediationledger.model.CaseSource> source,
                         Field<LocalDate> received, Condition deleted, Condition open, Field<Integer> res, Condition atVillage,
                         Condition atTownship, Condition atJudicial, Condition agreed, Field<BigDecimal> amount, Condition performed,
                         Field<Integer> suicide, Field<Integer> criminal, Field<Integer> fight, Field<Integer> petition) {
    }

    private static final Facts FAST = fast();
    private static final Facts RECOUNT = recount();

    private static Facts fast() {
        var f = CASE_FACT;
        return new Facts(f, f.CASE_ID, f.UNIT_ID, f.GRID_ID, f.DISPUTE_TYPE_ID, f.SOURCE, f.RECEIVED_DATE, f.DELETED.isTrue(),
                f.IS_OPEN.isTrue(), f.RES_LEVEL, f.AT_VILLAGE.isTrue(), f.AT_TOWNSHIP.isTrue(), f.AT_JUDICIAL.isTrue(), f.AGREED.isTrue(),
                f.AMOUNT, f.PERFORMED.isTrue(), f.PREVENTED_SUICIDE, f.PREVENTED_CRIMINAL, f.STOPPED_FIGHT, f.STOPPED_PETITION);
    }

    private static Facts recount() {
        var c = MEDIATION_CASE;
        var a = MEDIATION_ATTEMPT;
        var g = AGREEMENT;
        var p = PERFORMANCE_RECORD;
        Condition ofCase = a.CASE_ID.eq(c.ID).and(a.DELETED.isFalse());
        Field<Integer> level = when(a.LEVEL.eq(MediationLevel.VILLAGE), inline(1)).when(a.LEVEL.eq(MediationLevel.TOWNSHIP), inline(2))
                .otherwise(inline(3));
        return new Facts(c, c.ID, c.UNIT_ID, c.GRID_ID, c.DISPUTE_TYPE_ID, c.SOURCE, c.RECEIVED_DATE, c.DELETED.isTrue(),
                c.STATUS.in(CaseStatus.REGISTERED, CaseStatus.IN_MEDIATION),
                // the level of the last successful attempt, in the path's own order (CasePath.resolutionLevel)
                field(select(level).from(a).where(ofCase.and(a.RESULT.eq(AttemptResult.SUCCESS))).orderBy(PathRepository.LAST_ATTEMPT_FIRST).limit(1)),
                exists(selectOne().from(a).where(ofCase.and(a.LEVEL.eq(MediationLevel.VILLAGE)))),
                exists(selectOne().from(a).where(ofCase.and(a.LEVEL.eq(MediationLevel.TOWNSHIP)))),
                exists(selectOne().from(a).where(ofCase.and(a.LEVEL.eq(MediationLevel.JUDICIAL)))),
                exists(selectOne().from(g).where(g.CASE_ID.eq(c.ID).and(g.DELETED.isFalse()))),
                field(select(sum(coalesce(g.AMOUNT, BigDecimal.ZERO))).from(g).where(g.CASE_ID.eq(c.ID).and(g.DELETED.isFalse()))),
                exists(selectOne().from(p).where(p.CASE_ID.eq(c.ID).and(p.DELETED.isFalse()).and(p.STATUS.eq(org.mediationledger.model.PerformanceStatus.PERFORMED)))),
                c.PREVENTED_SUICIDE, c.PREVENTED_CRIMINAL, c.STOPPED_FIGHT, c.STOPPED_PETITION);
    }

    /** The one definition of each measure (see {@link Measure}) over a source of facts. */
    private static Condition condition(Facts f, Measure m) {
        Condition concluded = f.open().not();
        Condition success = concluded.and(f.res().isNotNull());
        Condition agreement = concluded.and(f.agreed());
        return switch (m) {
            case ACCEPTED -> org.jooq.impl.DSL.trueCondition();
            case OPEN -> f.open();
            case CONCLUDED -> concluded;
            case SUCCESS -> success;
            case MEDIATED_AT_VILLAGE -> concluded.and(f.atVillage());
            case MEDIATED_AT_TOWNSHIP -> concluded.and(f.atTownship());
            case MEDIATED_AT_JUDICIAL -> concluded.and(f.atJudicial());
            case SUCCESS_AT_VILLAGE -> success.and(f.res().eq(1));
            case SUCCESS_AT_TOWNSHIP -> success.and(f.res().eq(2));
            case SUCCESS_AT_JUDICIAL -> success.and(f.res().eq(3));
            case AGREEMENTS -> agreement;
            case PERFORMED -> agreement.and(f.performed());
            case PREVENTED_SUICIDE -> f.suicide().gt(0);
            case PREVENTED_CRIMINAL -> f.criminal().gt(0);
            case STOPPED_FIGHT -> f.fight().gt(0);
            case STOPPED_PETITION -> f.petition().gt(0);
        };
    }

    private static Field<Integer> people(Facts f, Measure m) {
        return switch (m) {
            case PREVENTED_SUICIDE -> f.suicide();
            case PREVENTED_CRIMINAL -> f.criminal();
            case STOPPED_FIGHT -> f.fight();
            case STOPPED_PETITION -> f.petition();
            default -> null;
        };
    }

    private static Condition scope(Facts f, Scope s) {
        Condition w = f.deleted().not().and(f.received().between(s.from(), s.to()));
        if (f == FAST && s.unitId() == null) {
            // the rows of a period lie side by side under their key (V9): read them as one range
            w = w.and(CASE_FACT.FACT_KEY.between(s.from().toEpochDay() << 32, ((s.to().toEpochDay() + 1) << 32) - 1));
        }
        if (s.unitId() != null) {
            w = w.and(f.unit().eq(s.unitId()));
        }
        if (s.gridId() != null) {
            w = w.and(f.grid().eq(s.gridId()));
        }
        return w;
    }

    private static List<SelectField<?>> countFields(Facts f) {
        List<SelectField<?>> out = new ArrayList<>();
        for (Measure m : Measure.values()) {
            out.add(count().filterWhere(condition(f, m)).as("n_" + m.name()));
        }
        out.add(sum(f.amount()).filterWhere(condition(f, Measure.AGREEMENTS)).as("amount"));
        for (Measure m : Measure.values()) {
            if (people(f, m) != null) {
                out.add(sum(people(f, m)).as("p_" + m.name()));
            }
        }
        return out;
    }

    private static CaseCounts counts(Record r) {
        Map<Measure, Long> n = new EnumMap<>(Measure.class);
        Map<Measure, Long> p = new EnumMap<>(Measure.class);
        for (Measure m : Measure.values()) {
            n.put(m, r.get("n_" + m.name(), Long.class));
            if (people(FAST, m) != null) {
                Long v = r.get("p_" + m.name(), Long.class);
                p.put(m, v == null ? 0L : v);
            }
        }
        BigDecimal amount = r.get("amount", BigDecimal.class);
        return new CaseCounts(n, amount == null ? BigDecimal.ZERO : amount, p);
    }

    /** Every case measure of the scope, in one query over the summary table. */
    public CaseCounts caseCounts(Scope s) {
        return counts(dsl.select(countFields(FAST)).from(FAST.from()).where(scope(FAST, s)).fetchOne());
    }

    /** The same counts recounted from the cases and their paths (slow; the check of the summary table). */
    public CaseCounts recount(Scope s) {
        return counts(dsl.select(countFields(RECOUNT)).from(RECOUNT.from()).where(scope(RECOUNT, s)).fetchOne());
    }

    /** The same counts per group (unit id, dispute type id, "2026-10", or source), in one query. */
    public Map<String, CaseCounts> caseCountsBy(Scope s, org.mediationledger.model.Breakdown d) {
        Field<String> key = switch (d) {
            case UNIT -> FAST.unit().coerce(String.class);
            case TYPE -> FAST.type().coerce(String.class);
            // the pattern written into the SQL: as a bind parameter H2 cannot see the grouped expression is the selected one
            case MONTH -> org.jooq.impl.DSL.toChar(FAST.received(), org.jooq.impl.DSL.inline("YYYY-MM"));
            case SOURCE -> FAST.source().coerce(String.class);
        };
        List<SelectField<?>> fields = new ArrayList<>(countFields(FAST));
        fields.add(0, key.as("k"));
        Map<String, CaseCounts> out = new LinkedHashMap<>();
        dsl.select(fields).from(FAST.from()).where(scope(FAST, s)).groupBy(key).orderBy(key)
                .forEach(r -> out.put(r.get("k", String.class), counts(r)));
        return out;
    }

    /** The cases a measure counts in the scope: the drill-down behind a figure. */
    public List<CaseRef> cases(Scope s, Measure m) {
        var c = MEDIATION_CASE;
        return dsl.select(c.ID, c.CASE_NUMBER, c.RECEIVED_DATE, c.STATUS, c.SUMMARY).from(FAST.from()).join(c).on(c.ID.eq(FAST.id()))
                .where(scope(FAST, s).and(condition(FAST, m))).orderBy(c.CASE_YEAR, c.CASE_SEQ)
                .fetch(r -> new CaseRef(r.get(c.ID), r.get(c.CASE_NUMBER), r.get(c.RECEIVED_DATE), r.get(c.STATUS),
                        r.get(c.SUMMARY)));
    }

    private static List<SelectField<?>> factColumns() {
        Facts f = RECOUNT;
        Field<Long> key = factKey(f.received(), org.mediationledger.store.generated.Sequences.CASE_FACT_SEQ);
        return List.of(key, f.id(), f.unit(), f.grid(), f.type(), f.source(), f.received(), field(f.deleted()), field(f.open()), f.res(),
                field(f.atVillage()), field(f.atTownship()), field(f.atJudicial()), field(f.agreed()), f.amount(), field(f.performed()),
                f.suicide(), f.criminal(), f.fight(), f.petition());
    }

    /** Brings the summary row of one case up to date, inside the transaction that changed the case or its path. */
    public static void refresh(DSLContext tx, UUID caseId) {
        refresh(tx, List.of(caseId));
    }

    /** The same for many cases at once (an import): two statements for all of them. */
    public static void refresh(DSLContext tx, java.util.Collection<UUID> caseIds) {
        tx.deleteFrom(CASE_FACT).where(CASE_FACT.CASE_ID.in(caseIds)).execute();
        tx.insertInto(CASE_FACT).select(tx.select(factColumns()).from(MEDIATION_CASE).where(MEDIATION_CASE.ID.in(caseIds))).execute();
        // the search box's words of these cases are indexed again before the next search (SearchIndex)
        SearchIndex.invalidate(tx, caseIds);
    }

    /** The summary rows of cases just inserted in this transaction (an import): nothing to replace, nothing to look up. */
    static void addNew(DSLContext tx, java.util.Collection<UUID> newCaseIds) {
        tx.insertInto(CASE_FACT).select(tx.select(factColumns()).from(MEDIATION_CASE).where(MEDIATION_CASE.ID.in(newCaseIds))).execute();
        SearchIndex.pendingNew(tx, newCaseIds);
    }

    /** Rebuilds the whole summary table from the cases (after a bulk load). */
    public void rebuild() {
        dsl.transaction(cfg -> {
            cfg.dsl().deleteFrom(CASE_FACT).execute();
            cfg.dsl().insertInto(CASE_FACT).select(cfg.dsl().select(factColumns()).from(MEDIATION_CASE)).execute();
            SearchIndex.invalidateAll(cfg.dsl());
        });
    }

    /**
     * A summary row's key (docs/decisions/0004): (days since 1970 << 32) + a sequence number, so one period's rows lie
     * side by side under their key. Rendered by jOOQ for the engine (H2's datediff and "next value for", PostgreSQL's
     * date subtraction and nextval).
     */
    static Field<Long> factKey(Field<LocalDate> date, org.jooq.Sequence<Long> seq) {
        return DSL.localDateDiff(date, inline(LocalDate.EPOCH)).cast(Long.class).mul(inline(4294967296L)).plus(seq.nextval());
    }

    /** The summary rows of the rounds that match: the round's date, unit and grid, its findings and those handled. */
    private static org.jooq.Select<?> roundFacts(DSLContext tx, Condition which) {
        var r = SCREENING_ROUND;
        Condition live = FINDING.ROUND_ID.eq(r.ID).and(FINDING.DELETED.isFalse());
        return tx.select(factKey(r.ROUND_DATE, org.mediationledger.store.generated.Sequences.ROUND_FACT_SEQ), r.ID, r.UNIT_ID,
                        r.GRID_ID, r.ROUND_DATE, r.DELETED,
                        field(DSL.selectCount().from(FINDING).where(live)),
                        field(DSL.selectCount().from(FINDING).where(live.and(FINDING.STATUS.in(FindingStatus.HANDLED)))))
                .from(r).where(which);
    }

    /** Brings the summary row of one screening round up to date, inside the transaction that wrote the round or a finding. */
    public static void refreshRound(DSLContext tx, UUID roundId) {
        tx.deleteFrom(ROUND_FACT).where(ROUND_FACT.ROUND_ID.eq(roundId)).execute();
        tx.insertInto(ROUND_FACT).select(roundFacts(tx, SCREENING_ROUND.ID.eq(roundId))).execute();
    }

    /** Rebuilds the screening summary from the rounds (after a bulk load). */
    public void rebuildRounds() {
        dsl.transaction(cfg -> {
            cfg.dsl().deleteFrom(ROUND_FACT).execute();
            cfg.dsl().insertInto(ROUND_FACT).select(roundFacts(cfg.dsl(), DSL.trueCondition())).execute();
        });
    }

    static Condition roundScope(Scope s) {
        var rf = ROUND_FACT;
        Condition w = rf.DELETED.isFalse().and(rf.ROUND_DATE.between(s.from(), s.to()));
        if (s.unitId() != null) {
            w = w.and(rf.UNIT_ID.eq(s.unitId()));
        } else {
            w = w.and(rf.FACT_KEY.between(s.from().toEpochDay() << 32, ((s.to().toEpochDay() + 1) << 32) - 1));
        }
        if (s.gridId() != null) {
            w = w.and(rf.GRID_ID.eq(s.gridId()));
        }
        return w;
    }

    /** Screening in a scope: rounds, zero reports (rounds without findings), disputes found and the handled ones. */
    public record ScreeningCounts(long rounds, long zeroReports, long findings, long handled) {
        static ScreeningCounts of(Record rec) {
            return new ScreeningCounts(rec.get(0, Long.class), rec.get(1, Long.class), orZero(rec.get(2, Long.class)),
                    orZero(rec.get(3, Long.class)));
        }

        private static long orZero(Long n) {
            return n == null ? 0 : n;
        }
    }

    /**
     * Screening of one unit for the report: rounds, disputes found, handled (resolved or became a case), successful
     * (resolved, or became a case mediated successfully), and the disputes by people involved <50, 50–100, 100–500, >500.
     */
    public record UnitScreening(long rounds, long findings, long handled, long successful, long under50, long from50to100,
                                long from101to500, long over500) {
        public static final UnitScreening NONE = new UnitScreening(0, 0, 0, 0, 0, 0, 0, 0);

        public UnitScreening plus(UnitScreening o) {
            return new UnitScreening(rounds + o.rounds, findings + o.findings, handled + o.handled, successful + o.successful,
                    under50 + o.under50, from50to100 + o.from50to100, from101to500 + o.from101to500, over500 + o.over500);
        }
    }

    /** Screening in the scope, from the summary table. */
    public ScreeningCounts screening(Scope s) {
        var rf = ROUND_FACT;
        return ScreeningCounts.of(dsl.select(count(), count().filterWhere(rf.FINDINGS.eq(0)), sum(rf.FINDINGS), sum(rf.HANDLED))
                .from(rf).where(roundScope(s)).fetchOne());
    }

    /** The same counted from the rounds and findings themselves (the check of the summary). */
    public ScreeningCounts recountScreening(Scope s) {
        var r = SCREENING_ROUND;
        var f = FINDING;
        Condition w = r.DELETED.isFalse().and(r.ROUND_DATE.between(s.from(), s.to()));
        if (s.unitId() != null) {
            w = w.and(r.UNIT_ID.eq(s.unitId()));
        }
        Table<?> perRound = select(r.ID.as("rid"), count(f.ID).as("n"),
                count(f.ID).filterWhere(f.STATUS.in(FindingStatus.HANDLED)).as("h"))
                .from(r).leftJoin(f).on(f.ROUND_ID.eq(r.ID).and(f.DELETED.isFalse())).where(w).groupBy(r.ID).asTable("pr");
        Field<Long> n = field(name("pr", "n"), Long.class);
        Field<Long> h = field(name("pr", "h"), Long.class);
        return ScreeningCounts.of(dsl.select(count(), count().filterWhere(n.eq(0L)), sum(n), sum(h)).from(perRound).fetchOne());
    }

    /**
     * Screening per unit: rounds, zero reports, disputes found, handled (resolved or became a case), successful
     * (resolved, or became a case that was mediated successfully), and findings by people involved: <50, 50–100,
     * 100–500, >500 (a finding without a number counts as under 50).
     */
    public Map<UUID, UnitScreening> screeningByUnit(Scope s) {
        var r = SCREENING_ROUND;
        var f = FINDING;
        var c = MEDIATION_CASE;
        Condition w = r.DELETED.isFalse().and(r.ROUND_DATE.between(s.from(), s.to()));
        if (s.unitId() != null) {
            w = w.and(r.UNIT_ID.eq(s.unitId()));
        }
        Field<Integer> people = coalesce(f.PEOPLE_INVOLVED, inline(0));
        Condition caseSucceeded = exists(select(inline(1)).from(MEDIATION_ATTEMPT)
                .where(MEDIATION_ATTEMPT.CASE_ID.eq(f.CASE_ID).and(MEDIATION_ATTEMPT.DELETED.isFalse())
                        .and(MEDIATION_ATTEMPT.RESULT.eq(AttemptResult.SUCCESS))));
        Map<UUID, UnitScreening> out = new LinkedHashMap<>();
        dsl.select(r.UNIT_ID, org.jooq.impl.DSL.countDistinct(r.ID), count(f.ID),
                        count(f.ID).filterWhere(f.STATUS.in(FindingStatus.HANDLED)),
                        count(f.ID).filterWhere(f.STATUS.eq(FindingStatus.RESOLVED).or(f.STATUS.eq(FindingStatus.BECAME_CASE).and(caseSucceeded))),
                        count(f.ID).filterWhere(people.lt(50)), count(f.ID).filterWhere(people.between(50, 100)),
                        count(f.ID).filterWhere(people.between(101, 500)), count(f.ID).filterWhere(people.gt(500)))
                .from(r).leftJoin(f).on(f.ROUND_ID.eq(r.ID).and(f.DELETED.isFalse())).where(w).groupBy(r.UNIT_ID)
                .forEach(x -> out.put(x.get(0, UUID.class), new UnitScreening(x.get(1, Long.class), x.get(2, Long.class),
                        x.get(3, Long.class), x.get(4, Long.class), x.get(5, Long.class), x.get(6, Long.class), x.get(7, Long.class),
                        x.get(8, Long.class))));
        return out;
    }
}
