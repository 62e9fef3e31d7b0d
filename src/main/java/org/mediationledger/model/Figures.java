package org.mediationledger.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;

/**
 * The figures of one period and scope: case counts by {@link Measure}, the agreement amount, the people of each
 * prevention measure, and the screening, leader and petition counts. Rates are derived here, always as
 * numerator / denominator.
 */
public record Figures(Map<Measure, Long> counts, BigDecimal agreementAmount, Map<Measure, Long> preventedPeople,
                      Screening screening, Leader leader, Petitions petitions) {

    /** Screening in the period: rounds, zero reports, unit-weeks met / expected, disputes found and handled. */
    public record Screening(long rounds, long zeroReports, long weeksMet, long weeksExpected, long found, long handled) {
        public static final Screening NONE = new Screening(0, 0, 0, 0, 0, 0);
    }

    /** Leader matters assigned in the period: closed, closed on time, overdue now. */
    public record Leader(long assigned, long closed, long closedOnTime, long overdueNow) {
        public static final Leader NONE = new Leader(0, 0, 0, 0);
    }

    /** Petition matters registered in the period: with no step late, with a step late now. */
    public record Petitions(long registered, long onTime, long overdue) {
        public static final Petitions NONE = new Petitions(0, 0, 0);
    }

    public Figures {
        EnumMap<Measure, Long> c = new EnumMap<>(Measure.class);
        for (Measure x : Measure.values()) {
            c.put(x, counts == null ? 0L : counts.getOrDefault(x, 0L));
        }
        counts = java.util.Collections.unmodifiableMap(c);
        preventedPeople = preventedPeople == null ? Map.of() : Map.copyOf(preventedPeople);
        agreementAmount = agreementAmount == null ? BigDecimal.ZERO : agreementAmount;
        screening = screening == null ? Screening.NONE : screening;
        leader = leader == null ? Leader.NONE : leader;
        petitions = petitions == null ? Petitions.NONE : petitions;
    }

    /** No cases, no screening, no leader matters: the start of a sum. */
    public static final Figures NONE = new Figures(null, null, null, null, null, null);

    /**
     * The figures of two scopes that share no case, round or matter (two townships of a county): every count added;
     * the rates follow from the added numerators and denominators, never from averaging rates.
     */
    public Figures plus(Figures o) {
        EnumMap<Measure, Long> c = new EnumMap<>(Measure.class);
        for (Measure x : Measure.values()) {
            c.put(x, count(x) + o.count(x));
        }
        Map<Measure, Long> people = new EnumMap<>(Measure.class);
        preventedPeople.forEach((k, v) -> people.merge(k, v, Long::sum));
        o.preventedPeople.forEach((k, v) -> people.merge(k, v, Long::sum));
        Screening s = screening, t = o.screening;
        Leader l = leader, k = o.leader;
        Petitions p = petitions, q = o.petitions;
        return new Figures(c, agreementAmount.add(o.agreementAmount), people,
                new Screening(s.rounds() + t.rounds(), s.zeroReports() + t.zeroReports(), s.weeksMet() + t.weeksMet(),
                        s.weeksExpected() + t.weeksExpected(), s.found() + t.found(), s.handled() + t.handled()),
                new Leader(l.assigned() + k.assigned(), l.closed() + k.closed(), l.closedOnTime() + k.closedOnTime(),
                        l.overdueNow() + k.overdueNow()),
                new Petitions(p.registered() + q.registered(), p.onTime() + q.onTime(), p.overdue() + q.overdue()));
    }

    public long count(Measure m) {
        return counts.get(m);
    }

    public long people(Measure m) {
        return preventedPeople.getOrDefault(m, 0L);
    }

    /** 调解成功率 = successes / concluded cases (open cases are reported apart). */
    public Rate successRate() {
        return new Rate(count(Measure.SUCCESS), count(Measure.CONCLUDED));
    }

    /** Success rate of a level = successes resolved there / concluded cases mediated there. */
    public Rate successRate(MediationLevel level) {
        return new Rate(count(Measure.valueOf("SUCCESS_AT_" + level.name())), count(Measure.valueOf("MEDIATED_AT_" + level.name())));
    }

    /** 小事不出村 = resolved at village level / all resolved. */
    public Rate villageRate() {
        return new Rate(count(Measure.SUCCESS_AT_VILLAGE), count(Measure.SUCCESS));
    }

    /** 大事不出镇 = resolved at village or township level / all resolved. */
    public Rate townshipRate() {
        return new Rate(count(Measure.SUCCESS_AT_VILLAGE) + count(Measure.SUCCESS_AT_TOWNSHIP), count(Measure.SUCCESS));
    }

    /** 调后履行率 = agreements performed / agreements reached. */
    public Rate performanceRate() {
        return new Rate(count(Measure.PERFORMED), count(Measure.AGREEMENTS));
    }

    /** 调处率 = disputes handled / disputes found in screening. */
    public Rate handlingRate() {
        return new Rate(screening.handled(), screening.found());
    }

    /** Screening compliance = unit-weeks met (zero reports count) / unit-weeks expected. */
    public Rate complianceRate() {
        return new Rate(screening.weeksMet(), screening.weeksExpected());
    }

    public Rate leaderOnTimeRate() {
        return new Rate(leader.closedOnTime(), leader.closed());
    }

    public Rate petitionOnTimeRate() {
        return new Rate(petitions.onTime(), petitions.registered());
    }

    /** The agreement amount in 万元 with two decimals (reports usually give it so). */
    public BigDecimal agreementAmountWan() {
        return agreementAmount.divide(BigDecimal.valueOf(10_000), 2, RoundingMode.HALF_UP);
    }
}
