package org.mediationledger.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mediationledger.model.Compliance.Board;
import org.mediationledger.model.Compliance.CellState;
import org.mediationledger.model.Compliance.RoundFact;
import org.mediationledger.model.Compliance.UnitRow;

class ComplianceTest {
    static final Map<UnitKind, Integer> WEEKLY = Map.of(UnitKind.VILLAGE, 1, UnitKind.COMMUNITY, 1);

    @Test
    void isoWeeksAtTheEdgesOfYearsAndMonths() {
        // 2026 starts on a Thursday, so it has 53 ISO weeks; 1 January 2027 still belongs to 2026-W53
        assertThat(IsoWeek.of(LocalDate.of(2026, 12, 31)).label()).isEqualTo("2026-W53");
        assertThat(IsoWeek.of(LocalDate.of(2027, 1, 1)).label()).isEqualTo("2026-W53");
        assertThat(IsoWeek.of(LocalDate.of(2027, 1, 3)).label()).isEqualTo("2026-W53");
        assertThat(IsoWeek.of(LocalDate.of(2027, 1, 4)).label()).isEqualTo("2027-W01");
        // and 2020's week 53 reaches into January 2021
        assertThat(IsoWeek.of(LocalDate.of(2021, 1, 3)).label()).isEqualTo("2020-W53");
        // 29 December 2025 (a Monday) is already 2026-W01
        assertThat(IsoWeek.of(LocalDate.of(2025, 12, 29)).label()).isEqualTo("2026-W01");
        IsoWeek w = IsoWeek.of(LocalDate.of(2026, 12, 2));
        assertThat(w.monday()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(w.sunday()).isEqualTo(LocalDate.of(2026, 12, 6));
        assertThat(w.contains(LocalDate.of(2026, 11, 30))).isTrue();
        assertThat(w.contains(LocalDate.of(2026, 12, 7))).isFalse();
        assertThat(IsoWeek.covering(LocalDate.of(2026, 12, 30), LocalDate.of(2027, 1, 5))).extracting(IsoWeek::label)
                .containsExactly("2026-W53", "2027-W01");
        assertThat(IsoWeek.covering(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31))).hasSize(14);
    }

    /** 8 units × 13 weeks (2026-W27 … 2026-W39) with a sensitive fortnight in August, counted by hand. */
    @Test
    void theHandCountedQuarter() {
        List<Unit> units = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            units.add(new Unit(UUID.randomUUID(), "村" + i, i == 7 ? UnitKind.COMMUNITY : UnitKind.VILLAGE, i, 1));
        }
        LocalDate from = LocalDate.of(2026, 6, 29);
        LocalDate to = LocalDate.of(2026, 9, 27);
        List<RoundFact> rounds = new ArrayList<>();
        for (int w = 0; w < 13; w++) {
            LocalDate wed = from.plusWeeks(w).plusDays(2);
            rounds.add(new RoundFact(units.get(0).id(), wed, false));                      // 13 met
            rounds.add(new RoundFact(units.get(1).id(), wed, true));                       // 13 zero reports
            if (w != 3 && w != 7) {
                rounds.add(new RoundFact(units.get(2).id(), wed, w % 2 == 0));             // 11 met, 2 missed
            }
            if (w < 6) {
                rounds.add(new RoundFact(units.get(3).id(), wed, false));                  // 6 met, 7 missed
            }
            // units.get(4) never screens                                                  // 0 met, 13 missed
            if (w != 1) {
                rounds.add(new RoundFact(units.get(5).id(), wed, false));                  // 12 met, 1 missed
            }
            if (w == 0) {
                rounds.add(new RoundFact(units.get(5).id(), wed.plusDays(1), false));      // two in one week don't make up for week 1
            }
            if (w % 2 == 0) {
                rounds.add(new RoundFact(units.get(6).id(), wed, false));                  // 7 met, 6 missed
            }
            LocalDate edge = w == 0 ? from : w == 12 ? to : wed;                           // Monday of the first, Sunday of the last week
            rounds.add(new RoundFact(units.get(7).id(), edge, false));                     // 13 met
        }
        SensitivePeriod fortnight = new SensitivePeriod(UUID.randomUUID(), "汛期", LocalDate.of(2026, 8, 3),
                LocalDate.of(2026, 8, 16), 1);
        for (LocalDate d = fortnight.start(); !d.isAfter(fortnight.end()); d = d.plusDays(1)) {
            if (!d.equals(fortnight.start().plusDays(2)) && !d.equals(fortnight.start().plusDays(9))) {
                rounds.add(new RoundFact(units.get(0).id(), d, false));                    // unit 0 screens daily
            }
        }

        Board b = Compliance.compute(units, WEEKLY, List.of(fortnight), rounds, from, to, LocalDate.of(2026, 11, 26));

        assertThat(b.weeks()).hasSize(13);
        assertThat(b.rows()).extracting(UnitRow::met).containsExactly(13, 13, 11, 6, 0, 12, 7, 13);
        assertThat(b.rows()).extracting(UnitRow::missed).containsExactly(0, 0, 2, 7, 13, 1, 6, 0);
        assertThat(b.rows()).extracting(UnitRow::expected).containsOnly(13);
        assertThat(b.met()).isEqualTo(75);
        assertThat(b.expected()).isEqualTo(104);
        assertThat(b.percent()).isEqualTo("72.1%");
        assertThat(b.rows().get(1).cells()).extracting(Compliance.Cell::state).containsOnly(CellState.ZERO_REPORT);
        assertThat(b.rows().get(2).cells().get(3).state()).isEqualTo(CellState.MISSED);
        assertThat(b.rows().get(2).cells().get(4).state()).isEqualTo(CellState.ZERO_REPORT);
        assertThat(b.rows().get(2).cells().get(5).state()).isEqualTo(CellState.MET);
        // sensitive days apart: 14 days × 8 units; unit 0 met every day (its Wednesday rounds fill the two gaps),
        // the others only on the Wednesdays they screened
        assertThat(b.sensitiveDue()).isEqualTo(112);
        assertThat(b.rows()).extracting(UnitRow::sensitiveMet).containsExactly(14, 2, 2, 1, 0, 2, 1, 2);
        assertThat(b.sensitiveMet()).isEqualTo(24);
        assertThat(b.sensitivePercent()).isEqualTo("21.4%");
        Compliance.Cell w32 = b.rows().get(3).cells().get(5);
        assertThat(w32.week().label()).isEqualTo("2026-W32");
        assertThat(w32.sensitiveDays()).isEqualTo(7);
        assertThat(w32.sensitiveDaysMet()).isEqualTo(1);
    }

    @Test
    void theCurrentWeekIsNotYetDueUntilScreened() {
        Unit a = new Unit(UUID.randomUUID(), "甲村", UnitKind.VILLAGE, 1, 1);
        Unit b = new Unit(UUID.randomUUID(), "乙村", UnitKind.VILLAGE, 2, 1);
        LocalDate today = LocalDate.of(2026, 11, 26); // a Thursday of 2026-W48
        List<RoundFact> rounds = List.of(new RoundFact(a.id(), today.minusDays(1), true));
        // from Thursday 12 November: W46 belongs to the range by its Thursday
        Board board = Compliance.compute(List.of(a, b), WEEKLY, List.of(), rounds, today.minusDays(14), today, today);
        assertThat(board.weeks()).extracting(IsoWeek::label).containsExactly("2026-W46", "2026-W47", "2026-W48");
        assertThat(board.rows().get(0).cells()).extracting(Compliance.Cell::state)
                .containsExactly(CellState.MISSED, CellState.MISSED, CellState.ZERO_REPORT);
        assertThat(board.rows().get(1).cells()).extracting(Compliance.Cell::state)
                .containsExactly(CellState.MISSED, CellState.MISSED, CellState.NOT_YET_DUE);
        assertThat(board.met()).isEqualTo(1);
        assertThat(board.expected()).isEqualTo(5);
        assertThat(Compliance.notYetScreened(List.of(a, b), WEEKLY, rounds, today)).containsExactly(b);
    }

    @Test
    void aRuleOfTwoRoundsAWeekAndASensitivePeriodAcrossTwoWeeks() {
        Unit a = new Unit(UUID.randomUUID(), "甲村", UnitKind.VILLAGE, 1, 1);
        LocalDate mon = LocalDate.of(2026, 9, 28); // 2026-W40
        // 国庆: Thursday 1 October to Wednesday 7 October spans W40 and W41
        SensitivePeriod national = new SensitivePeriod(UUID.randomUUID(), "国庆", LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 10, 7), 1);
        List<RoundFact> rounds = List.of(new RoundFact(a.id(), LocalDate.of(2026, 10, 1), false),
                new RoundFact(a.id(), LocalDate.of(2026, 10, 2), true), new RoundFact(a.id(), LocalDate.of(2026, 10, 6), false));
        LocalDate today = LocalDate.of(2026, 10, 7);
        Board b = Compliance.compute(List.of(a), Map.of(UnitKind.VILLAGE, 2), List.of(national), rounds, mon,
                mon.plusDays(13), today);
        assertThat(b.rows().get(0).cells()).extracting(Compliance.Cell::state)
                .containsExactly(CellState.MET, CellState.NOT_YET_DUE);
        // W40 holds 4 sensitive days (Thu–Sun), 2 met; W41 holds 3 (Mon–Wed) of which today is not yet due
        assertThat(b.rows().get(0).cells()).extracting(Compliance.Cell::sensitiveDays).containsExactly(4, 2);
        assertThat(b.rows().get(0).cells()).extracting(Compliance.Cell::sensitiveDaysMet).containsExactly(2, 1);
        assertThat(b.sensitiveRate()).isEqualTo(new Rate(3, 6));
        assertThat(new Rate(0, 0).text(Rounding.HALF_UP, 1)).isEqualTo("—");
    }

    @Test
    void badRoundsAndPeriodsAreExplained() {
        LocalDate today = LocalDate.of(2026, 11, 26);
        ScreeningRound r = new ScreeningRound(null, today.plusDays(1), null, null, ScreeningKind.ROUTINE, null, null, null,
                List.of(new Finding(null, "邻里纠纷", null, List.of(new FindingParty("张三", "123")), 0, null,
                        RiskLevel.RED, null, FindingStatus.MONITORING, null)), 0);
        assertThat(ScreeningValidator.validate(r, today)).extracting(p -> p.field() + ":" + p.messageKey())
                .containsExactlyInAnyOrder("roundDate:error.dateInFuture", "unit:error.required",
                        "findings[0].disputeType:error.findingNeedsType", "findings[0].peopleInvolved:error.peopleAtLeastOne",
                        "findings[0].parties[0].phone:error.phoneFormat");
        SensitivePeriod p = new SensitivePeriod(null, "春节", LocalDate.of(2027, 2, 20), LocalDate.of(2027, 2, 10), 1);
        assertThat(ScreeningValidator.validate(p)).extracting(Problem::messageKey).containsExactly("error.periodEndsBeforeStart");
    }

    /** Every week belongs to exactly one period (the one holding its Thursday): quarters and months add up to the year. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"2020, 53", "2021, 52", "2026, 53"})
    void quartersAndMonthsAddUpToTheYear(int year, int weeksInYear) {
        List<Unit> units = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            units.add(new Unit(UUID.randomUUID(), "村" + i, UnitKind.VILLAGE, i, 1));
        }
        java.util.Random random = new java.util.Random(year);
        List<RoundFact> rounds = new ArrayList<>();
        for (LocalDate d = LocalDate.of(year - 1, 12, 1); d.isBefore(LocalDate.of(year + 1, 2, 1)); d = d.plusDays(1)) {
            for (Unit u : units) {
                if (random.nextInt(9) == 0) {
                    rounds.add(new RoundFact(u.id(), d, random.nextBoolean()));
                }
            }
        }
        LocalDate today = LocalDate.of(year + 1, 6, 1);
        Board whole = Compliance.compute(units, WEEKLY, List.of(), rounds, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), today);
        assertThat(whole.weeks()).hasSize(weeksInYear);
        assertThat(whole.weeks()).allMatch(w -> w.label().startsWith(year + "-W"));
        int met = 0;
        int expected = 0;
        for (int q = 0; q < 4; q++) {
            LocalDate start = LocalDate.of(year, 1 + 3 * q, 1);
            Board b = Compliance.compute(units, WEEKLY, List.of(), rounds, start, start.plusMonths(3).minusDays(1), today);
            met += b.met();
            expected += b.expected();
        }
        assertThat(met + "/" + expected).isEqualTo(whole.met() + "/" + whole.expected());
        met = 0;
        expected = 0;
        int weeks = 0;
        for (int mo = 1; mo <= 12; mo++) {
            LocalDate start = LocalDate.of(year, mo, 1);
            Board b = Compliance.compute(units, WEEKLY, List.of(), rounds, start, start.plusMonths(1).minusDays(1), today);
            met += b.met();
            expected += b.expected();
            weeks += b.weeks().size();
        }
        assertThat(weeks).isEqualTo(weeksInYear);
        assertThat(met + "/" + expected).isEqualTo(whole.met() + "/" + whole.expected());
        assertThat(whole.expected()).isEqualTo(3 * weeksInYear);
    }

    @Test
    void theBoardsPercentageFollowsTheRoundingSetting() {
        Unit a = new Unit(UUID.randomUUID(), "甲村", UnitKind.VILLAGE, 1, 1);
        // 2 of 3 weeks: 66.666…% is 66.7% rounded half up and 66.6% truncated
        LocalDate from = LocalDate.of(2026, 11, 2);
        List<RoundFact> rounds = List.of(new RoundFact(a.id(), from, false), new RoundFact(a.id(), from.plusWeeks(1), false));
        LocalDate to = from.plusWeeks(3).minusDays(1);
        assertThat(Compliance.compute(List.of(a), WEEKLY, List.of(), rounds, from, to, to.plusDays(1), Rounding.HALF_UP).percent())
                .isEqualTo("66.7%");
        assertThat(Compliance.compute(List.of(a), WEEKLY, List.of(), rounds, from, to, to.plusDays(1), Rounding.TRUNCATE).percent())
                .isEqualTo("66.6%");
    }

    /**
     * A village set up in November and one merged away in October: each counts only for the weeks it existed on the
     * Thursday; a unit outside the range is not on the board; sensitive days count only while the unit exists.
     */
    @Test
    void unitsCountOnlyForTheWeeksTheyExisted() {
        LocalDate today = LocalDate.of(2026, 11, 26); // Thursday of 2026-W48
        Unit old = new Unit(UUID.randomUUID(), "老村", UnitKind.VILLAGE, 1, 1, LocalDate.of(2000, 1, 1), null);
        // set up on Thursday 12 November: W46 counts (its Thursday is the day), W45 does not
        Unit fresh = new Unit(UUID.randomUUID(), "新村", UnitKind.VILLAGE, 2, 1, LocalDate.of(2026, 11, 12), null);
        // merged away from Thursday 29 October: W44 (Thursday 29 Oct) no longer counts, W43 does
        Unit merged = new Unit(UUID.randomUUID(), "并村", UnitKind.VILLAGE, 3, 1, LocalDate.of(2000, 1, 1), LocalDate.of(2026, 10, 29));
        Unit gone = new Unit(UUID.randomUUID(), "早并村", UnitKind.VILLAGE, 4, 1, LocalDate.of(2000, 1, 1), LocalDate.of(2026, 1, 1));
        List<RoundFact> rounds = List.of(new RoundFact(fresh.id(), LocalDate.of(2026, 11, 12), true),
                new RoundFact(fresh.id(), LocalDate.of(2026, 11, 18), false), new RoundFact(merged.id(), LocalDate.of(2026, 10, 20), true));
        LocalDate from = LocalDate.of(2026, 10, 1);
        Board b = Compliance.compute(List.of(old, fresh, merged, gone), WEEKLY, List.of(), rounds, from, today, today, Rounding.HALF_UP);
        assertThat(b.rows()).extracting(r -> r.unit().name()).containsExactly("老村", "新村", "并村");
        UnitRow f = b.rows().get(1);
        assertThat(f.cells().stream().filter(c -> c.state() != CellState.OUTSIDE).map(c -> c.week().label()).toList())
                .containsExactly("2026-W46", "2026-W47", "2026-W48");
        assertThat(f.met()).isEqualTo(2);
        assertThat(f.expected()).isEqualTo(2); // W48 not yet due and not screened: counts nowhere yet
        UnitRow mg = b.rows().get(2);
        assertThat(mg.cells().stream().filter(c -> c.state() != CellState.OUTSIDE).map(c -> c.week().label()).toList())
                .containsExactly("2026-W40", "2026-W41", "2026-W42", "2026-W43");
        assertThat(mg.met()).isEqualTo(1);
        assertThat(mg.expected()).isEqualTo(4);
        // a week counts on the boundary day and not a day before it
        assertThat(fresh.existsIn(IsoWeek.of(LocalDate.of(2026, 11, 12)))).isTrue();
        Unit dayLater = fresh.withDates(LocalDate.of(2026, 11, 13), null);
        assertThat(dayLater.existsIn(IsoWeek.of(LocalDate.of(2026, 11, 12)))).isFalse();
        assertThat(merged.existsOn(LocalDate.of(2026, 10, 28))).isTrue();
        assertThat(merged.existsOn(LocalDate.of(2026, 10, 29))).isFalse();
        // the dashboard's "not yet screened this week" leaves out units that no longer exist
        assertThat(Compliance.notYetScreened(List.of(old, fresh, merged), WEEKLY, rounds, today)).containsExactly(old, fresh);
        // the total is the sum of the rows that count: 老村 8 ended weeks missed (W40–W47), 新村 2/2, 并村 1/4
        assertThat(b.met()).isEqualTo(3);
        assertThat(b.expected()).isEqualTo(8 + 2 + 4);
    }

    @Test
    void sensitiveDaysCountOnlyWhileTheUnitExists() {
        Unit fresh = new Unit(UUID.randomUUID(), "新村", UnitKind.VILLAGE, 1, 1, LocalDate.of(2026, 10, 5), null);
        SensitivePeriod national = new SensitivePeriod(UUID.randomUUID(), "国庆", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 7), 1);
        List<RoundFact> rounds = List.of(new RoundFact(fresh.id(), LocalDate.of(2026, 10, 5), false));
        Board b = Compliance.compute(List.of(fresh), WEEKLY, List.of(national), rounds, LocalDate.of(2026, 9, 28),
                LocalDate.of(2026, 10, 11), LocalDate.of(2026, 10, 20), Rounding.HALF_UP);
        // W40 (Thursday 1 October) is before the unit: outside; W41 holds 5, 6 and 7 October, of which the 5th is met
        assertThat(b.rows().get(0).cells()).extracting(Compliance.Cell::state).containsExactly(CellState.OUTSIDE, CellState.MET);
        assertThat(b.sensitiveRate()).isEqualTo(new Rate(1, 3));
    }
}
