package org.mediationledger.store;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.when;
import static org.mediationledger.store.generated.Tables.AGREEMENT;
import static org.mediationledger.store.generated.Tables.FINDING;
import static org.mediationledger.store.generated.Tables.MEDIATION_ATTEMPT;
import static org.mediationledger.store.generated.Tables.MEDIATION_CASE;
import static org.mediationledger.store.generated.Tables.PERFORMANCE_RECORD;
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
import org.mediationledger.model.CaseRef;
import org.mediationledger.model.CaseStatus;
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
    }

    public StatsRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    // the per-case facts of the path, one row per case that has any
    private static final Field<UUID> ATT_CASE = field(name("att", "cid"), UUID.class);
    private static final Field<Integer> RES_LEVEL = field(name("att", "res"), Integer.class);
    private static final Field<Integer> AT_V = field(name("att", "at_v"), Integer.class);
    private static final Field<Integer> AT_T = field(name("att", "at_t"), Integer.class);
    private static final Field<Integer> AT_J = field(name("att", "at_j"), Integer.class);
    private static final Field<UUID> AGR_CASE = field(name("agr", "cid"), UUID.class);
    private static final Field<BigDecimal> AGR_AMOUNT = field(name("agr", "amt"), BigDecimal.class);
    private static final Field<UUID> PERF_CASE = field(name("perf", "cid"), UUID.class);
    private static final Field<Integer> PERF_DONE = field(name("perf", "done"), Integer.class);

    private static Table<?> attempts() {
        var a = MEDIATION_ATTEMPT;
        Field<Integer> level = when(a.LEVEL.eq("VILLAGE"), inline(1)).when(a.LEVEL.eq("TOWNSHIP"), inline(2)).otherwise(inline(3));
        return select(a.CASE_ID.as("cid"), max(when(a.RESULT.eq("SUCCESS"), level)).as("res"),
                max(when(a.LEVEL.eq("VILLAGE"), inline(1)).otherwise(inline(0))).as("at_v"),
                max(when(a.LEVEL.eq("TOWNSHIP"), inline(1)).otherwise(inline(0))).as("at_t"),
                max(when(a.LEVEL.eq("JUDICIAL"), inline(1)).otherwise(inline(0))).as("at_j"))
                .from(a).where(a.DELETED.isFalse()).groupBy(a.CASE_ID).asTable("att");
    }

    private static Table<?> agreements() {
        return select(AGREEMENT.CASE_ID.as("cid"), sum(coalesce(AGREEMENT.AMOUNT, BigDecimal.ZERO)).as("amt"))
                .from(AGREEMENT).where(AGREEMENT.DELETED.isFalse()).groupBy(AGREEMENT.CASE_ID).asTable("agr");
    }

    private static Table<?> performance() {
        var p = PERFORMANCE_RECORD;
        return select(p.CASE_ID.as("cid"), max(when(p.STATUS.eq("PERFORMED"), inline(1)).otherwise(inline(0))).as("done"))
                .from(p).where(p.DELETED.isFalse()).groupBy(p.CASE_ID).asTable("perf");
    }

    private static Condition open() {
        return MEDIATION_CASE.STATUS.in(CaseStatus.REGISTERED.name(), CaseStatus.IN_MEDIATION.name());
    }

    /** The one definition of each measure (see {@link Measure}). */
    static Condition condition(Measure m) {
        var c = MEDIATION_CASE;
        Condition concluded = open().not();
        Condition success = concluded.and(RES_LEVEL.isNotNull());
        Condition agreement = concluded.and(AGR_CASE.isNotNull());
        return switch (m) {
            case ACCEPTED -> org.jooq.impl.DSL.trueCondition();
            case OPEN -> open();
            case CONCLUDED -> concluded;
            case SUCCESS -> success;
            case MEDIATED_AT_VILLAGE -> concluded.and(AT_V.eq(1));
            case MEDIATED_AT_TOWNSHIP -> concluded.and(AT_T.eq(1));
            case MEDIATED_AT_JUDICIAL -> concluded.and(AT_J.eq(1));
            case SUCCESS_AT_VILLAGE -> success.and(RES_LEVEL.eq(1));
            case SUCCESS_AT_TOWNSHIP -> success.and(RES_LEVEL.eq(2));
            case SUCCESS_AT_JUDICIAL -> success.and(RES_LEVEL.eq(3));
            case AGREEMENTS -> agreement;
            case PERFORMED -> agreement.and(PERF_DONE.eq(1));
            case PREVENTED_SUICIDE -> c.PREVENTED_SUICIDE.gt(0);
            case PREVENTED_CRIMINAL -> c.PREVENTED_CRIMINAL.gt(0);
            case STOPPED_FIGHT -> c.STOPPED_FIGHT.gt(0);
            case STOPPED_PETITION -> c.STOPPED_PETITION.gt(0);
        };
    }

    private static Field<Integer> people(Measure m) {
        var c = MEDIATION_CASE;
        return switch (m) {
            case PREVENTED_SUICIDE -> c.PREVENTED_SUICIDE;
            case PREVENTED_CRIMINAL -> c.PREVENTED_CRIMINAL;
            case STOPPED_FIGHT -> c.STOPPED_FIGHT;
            case STOPPED_PETITION -> c.STOPPED_PETITION;
            default -> null;
        };
    }

    private static Condition scope(Scope s) {
        Condition w = MEDIATION_CASE.DELETED.isFalse().and(MEDIATION_CASE.RECEIVED_DATE.between(s.from(), s.to()));
        if (s.unitId() != null) {
            w = w.and(MEDIATION_CASE.UNIT_ID.eq(s.unitId()));
        }
        if (s.gridId() != null) {
            w = w.and(MEDIATION_CASE.GRID_ID.eq(s.gridId()));
        }
        return w;
    }

    private static org.jooq.SelectJoinStep<Record> from(org.jooq.SelectSelectStep<Record> select) {
        return select.from(MEDIATION_CASE).leftJoin(attempts()).on(ATT_CASE.eq(MEDIATION_CASE.ID))
                .leftJoin(agreements()).on(AGR_CASE.eq(MEDIATION_CASE.ID))
                .leftJoin(performance()).on(PERF_CASE.eq(MEDIATION_CASE.ID));
    }

    private static List<SelectField<?>> countFields() {
        List<SelectField<?>> f = new ArrayList<>();
        for (Measure m : Measure.values()) {
            f.add(count().filterWhere(condition(m)).as("n_" + m.name()));
        }
        f.add(sum(AGR_AMOUNT).filterWhere(condition(Measure.AGREEMENTS)).as("amount"));
        for (Measure m : Measure.values()) {
            if (people(m) != null) {
                f.add(sum(people(m)).as("p_" + m.name()));
            }
        }
        return f;
    }

    private static CaseCounts counts(Record r) {
        Map<Measure, Long> n = new EnumMap<>(Measure.class);
        Map<Measure, Long> p = new EnumMap<>(Measure.class);
        for (Measure m : Measure.values()) {
            n.put(m, r.get("n_" + m.name(), Long.class));
            if (people(m) != null) {
                Long v = r.get("p_" + m.name(), Long.class);
                p.put(m, v == null ? 0L : v);
            }
        }
        BigDecimal amount = r.get("amount", BigDecimal.class);
        return new CaseCounts(n, amount == null ? BigDecimal.ZERO : amount, p);
    }

    /** Every case measure of the scope, in one query. */
    public CaseCounts caseCounts(Scope s) {
        return counts(from(dsl.select(countFields())).where(scope(s)).fetchOne());
    }

    /** The same counts per group (unit id, dispute type id, "2026-10", or source), in one query. */
    public Map<String, CaseCounts> caseCountsBy(Scope s, org.mediationledger.model.Breakdown d) {
        Field<String> key = switch (d) {
            case UNIT -> MEDIATION_CASE.UNIT_ID.cast(String.class);
            case TYPE -> MEDIATION_CASE.DISPUTE_TYPE_ID.cast(String.class);
            case MONTH -> org.jooq.impl.DSL.toChar(MEDIATION_CASE.RECEIVED_DATE, "YYYY-MM");
            case SOURCE -> MEDIATION_CASE.SOURCE;
        };
        List<SelectField<?>> fields = new ArrayList<>(countFields());
        fields.add(0, key.as("k"));
        Map<String, CaseCounts> out = new LinkedHashMap<>();
        from(dsl.select(fields)).where(scope(s)).groupBy(key).orderBy(key).forEach(r -> out.put(r.get("k", String.class), counts(r)));
        return out;
    }

    /** The cases a measure counts in the scope: the drill-down behind a figure. */
    public List<CaseRef> cases(Scope s, Measure m) {
        var c = MEDIATION_CASE;
        return from(dsl.select(List.of(c.ID, c.CASE_NUMBER, c.RECEIVED_DATE, c.STATUS, c.SUMMARY)))
                .where(scope(s).and(condition(m))).orderBy(c.CASE_YEAR, c.CASE_SEQ)
                .fetch(r -> new CaseRef(r.get(c.ID), r.get(c.CASE_NUMBER), r.get(c.RECEIVED_DATE), CaseStatus.valueOf(r.get(c.STATUS)),
                        r.get(c.SUMMARY)));
    }

    /** Screening in the scope: rounds, zero reports (rounds without findings), findings and the handled ones. */
    public long[] screening(Scope s) {
        var r = SCREENING_ROUND;
        var f = FINDING;
        Condition w = r.DELETED.isFalse().and(r.ROUND_DATE.between(s.from(), s.to()));
        if (s.unitId() != null) {
            w = w.and(r.UNIT_ID.eq(s.unitId()));
        }
        if (s.gridId() != null) {
            w = w.and(r.GRID_ID.eq(s.gridId()));
        }
        Table<?> perRound = select(r.ID.as("rid"), count(f.ID).as("n"),
                count(f.ID).filterWhere(f.STATUS.in("RESOLVED", "BECAME_CASE")).as("h"))
                .from(r).leftJoin(f).on(f.ROUND_ID.eq(r.ID).and(f.DELETED.isFalse())).where(w).groupBy(r.ID).asTable("pr");
        Field<Long> n = field(name("pr", "n"), Long.class);
        Field<Long> h = field(name("pr", "h"), Long.class);
        Record rec = dsl.select(count(), count().filterWhere(n.eq(0L)), sum(n), sum(h)).from(perRound).fetchOne();
        return new long[] {rec.get(0, Long.class), rec.get(1, Long.class), rec.get(2, Long.class) == null ? 0 : rec.get(2, Long.class),
            rec.get(3, Long.class) == null ? 0 : rec.get(3, Long.class)};
    }

    /**
     * Screening per unit: rounds, zero reports, disputes found, handled (resolved or became a case), successful
     * (resolved, or became a case that was mediated successfully), and findings by people involved: <50, 50–100,
     * 100–500, >500 (a finding without a number counts as under 50).
     */
    public Map<UUID, long[]> screeningByUnit(Scope s) {
        var r = SCREENING_ROUND;
        var f = FINDING;
        var c = MEDIATION_CASE;
        Condition w = r.DELETED.isFalse().and(r.ROUND_DATE.between(s.from(), s.to()));
        if (s.unitId() != null) {
            w = w.and(r.UNIT_ID.eq(s.unitId()));
        }
        Field<Integer> people = coalesce(f.PEOPLE_INVOLVED, inline(0));
        Condition caseSucceeded = org.jooq.impl.DSL.exists(select(inline(1)).from(MEDIATION_ATTEMPT)
                .where(MEDIATION_ATTEMPT.CASE_ID.eq(f.CASE_ID).and(MEDIATION_ATTEMPT.DELETED.isFalse())
                        .and(MEDIATION_ATTEMPT.RESULT.eq("SUCCESS"))));
        Map<UUID, long[]> out = new LinkedHashMap<>();
        dsl.select(r.UNIT_ID, org.jooq.impl.DSL.countDistinct(r.ID), count(f.ID),
                        count(f.ID).filterWhere(f.STATUS.in("RESOLVED", "BECAME_CASE")),
                        count(f.ID).filterWhere(f.STATUS.eq("RESOLVED").or(f.STATUS.eq("BECAME_CASE").and(caseSucceeded))),
                        count(f.ID).filterWhere(people.lt(50)), count(f.ID).filterWhere(people.between(50, 100)),
                        count(f.ID).filterWhere(people.between(101, 500)), count(f.ID).filterWhere(people.gt(500)))
                .from(r).leftJoin(f).on(f.ROUND_ID.eq(r.ID).and(f.DELETED.isFalse())).where(w).groupBy(r.UNIT_ID)
                .forEach(x -> out.put(x.get(0, UUID.class), new long[] {x.get(1, Long.class), x.get(2, Long.class), x.get(3, Long.class),
                    x.get(4, Long.class), x.get(5, Long.class), x.get(6, Long.class), x.get(7, Long.class), x.get(8, Long.class)}));
        return out;
    }
}
