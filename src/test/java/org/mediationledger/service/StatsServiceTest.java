package org.mediationledger.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mediationledger.TestData;
import org.mediationledger.model.Agreement;
import org.mediationledger.model.AttemptResult;
import org.mediationledger.model.CaseDraft;
import org.mediationledger.model.CaseRef;
import org.mediationledger.model.CaseStatus;
import org.mediationledger.model.Escalation;
import org.mediationledger.model.Figures;
import org.mediationledger.model.Measure;
import org.mediationledger.model.MediationAttempt;
import org.mediationledger.model.MediationCase;
import org.mediationledger.model.MediationKind;
import org.mediationledger.model.MediationLevel;
import org.mediationledger.model.PathState;
import org.mediationledger.model.Performance;
import org.mediationledger.model.PerformanceStatus;
import org.mediationledger.model.Period;
import org.mediationledger.model.Prevention;
import org.mediationledger.model.Rounding;
import org.mediationledger.store.StatsRepository;

/** Every formula on hand-computed cases, the drill-down equal to its numerator, and SQL against a recount in Java. */
class StatsServiceTest {
    static final Period MARCH = Period.month(YearMonth.of(2025, 3));
    @TempDir
    Path dir;
    Services s;
    ReferenceData ref;

    @BeforeEach
    void open() {
        s = TestData.withDemo(dir);
        TestData.unitsSince(s, LocalDate.of(2020, 1, 1)); // these tests count work of earlier years
        ref = s.reference().load();
    }

    @AfterEach
    void close() {
        s.close();
    }

    MediationCase register(int unit, LocalDate received) {
        CaseDraft d = TestData.draft(ref, "测试纠纷", "甲", "乙");
        return s.cases().register(new CaseDraft(d.source(), d.disputeTypeId(), ref.units().get(unit).id(), null, d.summary(),
                d.requests(), d.peopleInvolved(), d.amountInvolved(), d.riskLevel(), received, null, d.parties()));
    }

    void attempt(MediationCase c, MediationLevel level, AttemptResult result, LocalDate date) {
        s.path().attempt(c.id(), new MediationAttempt(null, level, MediationKind.PEOPLES, date, "调解室", List.of(ref.staff().get(0).id()),
                null, "甲方陈述", "乙方陈述", "事实", result, null));
    }

    void escalate(MediationCase c, MediationLevel to, LocalDate date) {
        s.path().escalate(c.id(), new Escalation(null, date, null, to, null, "调解不成"));
    }

    void agree(MediationCase c, LocalDate date, String amount) {
        s.path().agree(c.id(), new Agreement(null, true, date, "事实", "条款", amount == null ? null : new BigDecimal(amount), "现金",
                date.plusDays(10), date, date, date, null, null, null));
    }

    @Test
    void everyFormulaOnHandCountedCases() {
        LocalDate d = LocalDate.of(2025, 3, 3);
        MediationCase c1 = register(0, d);
        attempt(c1, MediationLevel.VILLAGE, AttemptResult.SUCCESS, d.plusDays(1));
        agree(c1, d.plusDays(1), "10000");
        s.path().perform(c1.id(), new Performance(null, PerformanceStatus.PERFORMED, d.plusDays(5), null));
        MediationCase c2 = register(0, d.plusDays(1));
        attempt(c2, MediationLevel.VILLAGE, AttemptResult.FAILURE, d.plusDays(2));
        escalate(c2, MediationLevel.TOWNSHIP, d.plusDays(3));
        attempt(c2, MediationLevel.TOWNSHIP, AttemptResult.SUCCESS, d.plusDays(4));
        agree(c2, d.plusDays(4), "5000");
        s.path().perform(c2.id(), new Performance(null, PerformanceStatus.PARTLY, d.plusDays(8), null));
        MediationCase c3 = register(0, d.plusDays(2));
        attempt(c3, MediationLevel.VILLAGE, AttemptResult.FAILURE, d.plusDays(3));
        escalate(c3, MediationLevel.TOWNSHIP, d.plusDays(4));
        attempt(c3, MediationLevel.TOWNSHIP, AttemptResult.FAILURE, d.plusDays(5));
        escalate(c3, MediationLevel.JUDICIAL, d.plusDays(6));
        attempt(c3, MediationLevel.JUDICIAL, AttemptResult.SUCCESS, d.plusDays(9));
        agree(c3, d.plusDays(9), null);
        MediationCase c4 = register(1, d.plusDays(3));
        attempt(c4, MediationLevel.VILLAGE, AttemptResult.FAILURE, d.plusDays(4));
        // until the mediation is ended, c4 is still being mediated (a failed attempt concludes nothing)
        assertThat(s.stats().figures(MARCH, null, null).count(Measure.OPEN)).isEqualTo(1);
        assertThat(s.stats().figures(MARCH, null, null).count(Measure.CONCLUDED)).isEqualTo(3);
        s.path().terminate(c4.id(), new org.mediationledger.model.Termination(d.plusDays(4), "分歧较大，告知诉讼途径"));
        s.path().setPrevention(c4.id(), new Prevention(1, null, null, null));
        MediationCase c5 = register(1, d.plusDays(4));
        s.path().setPrevention(c5.id(), new Prevention(null, 3, null, null));
        MediationCase c6 = register(1, d.plusDays(5));
        attempt(c6, MediationLevel.VILLAGE, AttemptResult.SUCCESS, d.plusDays(6));
        // outside the month: not counted
        MediationCase april = register(0, LocalDate.of(2025, 4, 1));
        attempt(april, MediationLevel.VILLAGE, AttemptResult.SUCCESS, LocalDate.of(2025, 4, 2));

        Figures f = s.stats().figures(MARCH, null, null);
        assertThat(f.count(Measure.ACCEPTED)).isEqualTo(6);
        assertThat(f.count(Measure.OPEN)).isEqualTo(1);
        assertThat(f.successRate().explained(Rounding.HALF_UP, 1)).isEqualTo("4/5 = 80.0%");
        assertThat(f.successRate(MediationLevel.VILLAGE).explained(Rounding.HALF_UP, 1)).isEqualTo("2/5 = 40.0%");
        assertThat(f.successRate(MediationLevel.TOWNSHIP).explained(Rounding.HALF_UP, 1)).isEqualTo("1/2 = 50.0%");
        assertThat(f.successRate(MediationLevel.JUDICIAL).explained(Rounding.HALF_UP, 1)).isEqualTo("1/1 = 100.0%");
        assertThat(f.villageRate().explained(Rounding.HALF_UP, 1)).isEqualTo("2/4 = 50.0%");
        assertThat(f.townshipRate().explained(Rounding.HALF_UP, 1)).isEqualTo("3/4 = 75.0%");
        assertThat(f.performanceRate().explained(Rounding.HALF_UP, 1)).isEqualTo("1/3 = 33.3%");
        assertThat(f.agreementAmount()).isEqualByComparingTo("15000");
        assertThat(f.agreementAmountWan()).isEqualByComparingTo("1.50");
        assertThat(f.count(Measure.PREVENTED_SUICIDE)).isEqualTo(1);
        assertThat(f.people(Measure.PREVENTED_SUICIDE)).isEqualTo(1);
        assertThat(f.count(Measure.PREVENTED_CRIMINAL)).isEqualTo(1);
        assertThat(f.people(Measure.PREVENTED_CRIMINAL)).isEqualTo(3);
        // nothing screened or assigned in March 2025
        assertThat(f.handlingRate().text(Rounding.HALF_UP, 1)).isEqualTo("—");
        assertThat(f.leader().assigned()).isZero();

        // one unit
        Figures a = s.stats().figures(MARCH, ref.units().get(0).id(), null);
        assertThat(a.successRate().explained(Rounding.HALF_UP, 1)).isEqualTo("3/3 = 100.0%");
        Map<String, Figures> byUnit = s.stats().by(MARCH, null, org.mediationledger.model.Breakdown.UNIT);
        assertThat(byUnit.get(ref.units().get(0).name()).count(Measure.ACCEPTED)).isEqualTo(3);
        assertThat(byUnit.get(ref.units().get(1).name()).count(Measure.ACCEPTED)).isEqualTo(3);
        assertThat(byUnit.get(ref.units().get(2).name()).successRate().text(Rounding.HALF_UP, 1)).isEqualTo("—");
        assertThat(byUnit).hasSize(ref.units().size());

        // the drill-down lists exactly the numerator's cases
        assertThat(s.stats().cases(MARCH, null, null, Measure.SUCCESS)).extracting(CaseRef::id)
                .containsExactly(c1.id(), c2.id(), c3.id(), c6.id());
        assertThat(s.stats().cases(MARCH, null, null, Measure.SUCCESS_AT_VILLAGE)).extracting(CaseRef::id).containsExactly(c1.id(), c6.id());
        assertThat(s.stats().cases(MARCH, null, null, Measure.OPEN)).extracting(CaseRef::id).containsExactly(c5.id());
        for (Measure m : Measure.values()) {
            assertThat(s.stats().cases(MARCH, null, null, m)).as(m.name()).hasSize((int) f.count(m));
        }

        // 环比 and 同比: April has one case, March 2024 none
        StatsService.Comparison cmp = s.stats().compare(Period.month(YearMonth.of(2025, 4)), null);
        assertThat(cmp.now().count(Measure.ACCEPTED)).isEqualTo(1);
        assertThat(cmp.previous().count(Measure.ACCEPTED)).isEqualTo(6);
        assertThat(cmp.yearAgo().count(Measure.ACCEPTED)).isZero();
    }

    @Test
    void theCountsEqualARecountOfEveryCasePathAfterRandomSteps() {
        Random rnd = new Random(7);
        List<MediationCase> all = new ArrayList<>();
        LocalDate start = LocalDate.of(2025, 1, 1);
        for (int i = 0; i < 60; i++) {
            LocalDate d = start.plusDays(rnd.nextInt(300));
            MediationCase c = register(rnd.nextInt(ref.units().size()), d);
            all.add(c);
            MediationLevel level = MediationLevel.VILLAGE;
            LocalDate t = d.plusDays(1);
            int steps = rnd.nextInt(4);
            for (int k = 0; k < steps; k++) {
                AttemptResult r = AttemptResult.values()[rnd.nextInt(2)];
                attempt(c, level, r, t);
                if (r == AttemptResult.SUCCESS) {
                    if (rnd.nextBoolean()) {
                        agree(c, t, String.valueOf(rnd.nextInt(9000) + 100));
                        if (rnd.nextBoolean()) {
                            s.path().perform(c.id(), new Performance(null, PerformanceStatus.values()[rnd.nextInt(3)], t.plusDays(2), null));
                        }
                    }
                    break;
                }
                if (level == MediationLevel.JUDICIAL || rnd.nextInt(3) == 0) {
                    break;
                }
                level = level.up();
                escalate(c, level, t.plusDays(1));
                t = t.plusDays(2);
            }
            if (rnd.nextInt(5) == 0) {
                s.path().setPrevention(c.id(), new Prevention(orNull(rnd.nextInt(3)), null, orNull(rnd.nextInt(2)), null));
            }
        }
        // edits that move cases between units and months, and soft deletes
        for (int i = 0; i < 8; i++) {
            MediationCase c = all.get(rnd.nextInt(all.size()));
            MediationCase now = s.cases().get(c.id()).orElseThrow();
            CaseDraft d = now.draft();
            s.cases().update(c.id(), now.version(), new CaseDraft(d.source(), d.disputeTypeId(), ref.units().get(rnd.nextInt(3)).id(), null,
                    d.summary(), d.requests(), d.peopleInvolved(), d.amountInvolved(), d.riskLevel(), d.receivedDate().minusDays(20), null,
                    d.parties()));
        }
        List<MediationCase> deleted = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            MediationCase c = all.remove(rnd.nextInt(all.size()));
            s.cases().delete(c.id());
            deleted.add(c);
        }
        Period year = Period.year(2025);
        Figures f = s.stats().figures(year, null, null);
        Figures recount = s.stats().recount(year, null);
        assertThat(f.counts()).isEqualTo(recount.counts());
        assertThat(f.agreementAmount()).isEqualByComparingTo(recount.agreementAmount());
        for (var unit : ref.units()) {
            assertThat(s.stats().figures(year, unit.id(), null).counts()).as(unit.name()).isEqualTo(s.stats().recount(year, unit.id()).counts());
        }
        long[] expected = new long[Measure.values().length];
        BigDecimal amount = BigDecimal.ZERO;
        for (MediationCase c0 : all) {
            MediationCase c = s.cases().get(c0.id()).orElseThrow();
            if (c.draft().receivedDate().getYear() != 2025) {
                continue;
            }
            PathState p = s.path().path(c.id());
            boolean open = p.status() == CaseStatus.REGISTERED || p.status() == CaseStatus.IN_MEDIATION;
            var res = p.resolutionLevel();
            count(expected, Measure.ACCEPTED, true);
            count(expected, Measure.OPEN, open);
            count(expected, Measure.CONCLUDED, !open);
            count(expected, Measure.SUCCESS, !open && res.isPresent());
            for (MediationLevel l : MediationLevel.values()) {
                count(expected, Measure.valueOf("MEDIATED_AT_" + l), !open && p.attempts().stream().anyMatch(x -> x.level() == l));
                count(expected, Measure.valueOf("SUCCESS_AT_" + l), !open && res.filter(x -> x == l).isPresent());
            }
            boolean agreed = !open && p.agreement() != null;
            count(expected, Measure.AGREEMENTS, agreed);
            count(expected, Measure.PERFORMED, agreed && p.performances().stream().anyMatch(x -> x.status() == PerformanceStatus.PERFORMED));
            if (agreed && p.agreement().amount() != null) {
                amount = amount.add(p.agreement().amount());
            }
            count(expected, Measure.PREVENTED_SUICIDE, p.prevention().suicide() != null && p.prevention().suicide() > 0);
            count(expected, Measure.STOPPED_FIGHT, p.prevention().groupFight() != null && p.prevention().groupFight() > 0);
        }
        for (Measure m : Measure.values()) {
            assertThat(f.count(m)).as(m.name()).isEqualTo(expected[m.ordinal()]);
        }
        assertThat(f.agreementAmount()).isEqualByComparingTo(amount);
        assertThat(f.count(Measure.ACCEPTED)).isBetween(47L, 55L);
    }

    @Test
    void theScreeningSummaryEqualsARecountAfterRoundsDeletesAndCases() {
        Period recent = Period.custom(TestData.TODAY.minusWeeks(9), TestData.TODAY);
        var ledger = s.screening().ledger(recent.from(), recent.to(), null);
        var finding = ledger.stream().filter(r -> r.findingId() != null && r.caseId() == null).findFirst().orElseThrow();
        var draft = s.screening().draftFromFinding(finding.findingId());
        s.screening().openCase(finding.findingId(), draft);
        var zero = ledger.stream().filter(r -> r.findingId() == null).findFirst().orElseThrow();
        s.screening().delete(zero.roundId());
        s.screening().recordZeroReport(ref.units().get(2).id(), TestData.TODAY.minusDays(1), null);
        Figures fast = s.stats().figures(recent, null, null);
        Figures slow = s.stats().recount(recent, null);
        assertThat(fast.screening().rounds()).isEqualTo(slow.screening().rounds()).isPositive();
        assertThat(fast.screening().zeroReports()).isEqualTo(slow.screening().zeroReports());
        assertThat(fast.screening().found()).isEqualTo(slow.screening().found());
        assertThat(fast.screening().handled()).isEqualTo(slow.screening().handled());
        for (var unit : ref.units()) {
            assertThat(s.stats().figures(recent, unit.id(), null).screening().found()).as(unit.name())
                    .isEqualTo(s.stats().recount(recent, unit.id()).screening().found());
        }
    }

    @Test
    void theDashboardsOnePassAgreesWithTheFiguresAndTheBreakdowns() {
        Period year = Period.year(TestData.TODAY.getYear());
        StatsService.Dashboard d = s.stats().dashboard();
        assertThat(d.year()).isEqualTo(year);
        assertThat(d.yearCases().counts()).isEqualTo(s.stats().figures(year, null, null).counts());
        assertThat(d.yearCases().count(Measure.ACCEPTED)).isEqualTo(12);
        Map<String, Figures> units = s.stats().by(year, null, org.mediationledger.model.Breakdown.UNIT);
        d.byUnit().forEach((k, v) -> assertThat(v.counts()).as(k).isEqualTo(units.get(k).counts()));
        Map<String, Figures> types = s.stats().by(year, null, org.mediationledger.model.Breakdown.TYPE);
        assertThat(d.byType().keySet()).isEqualTo(types.keySet());
        d.byType().forEach((k, v) -> assertThat(v.counts()).as(k).isEqualTo(types.get(k).counts()));
        assertThat(d.month().period()).isEqualTo(Period.month(YearMonth.from(TestData.TODAY)));
    }

    private static Integer orNull(int n) {
        return n == 0 ? null : n;
    }

    private static void count(long[] into, Measure m, boolean yes) {
        if (yes) {
            into[m.ordinal()]++;
        }
    }
}
