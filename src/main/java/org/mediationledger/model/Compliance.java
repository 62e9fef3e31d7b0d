package org.mediationledger.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Whether every unit screened as often as its rule asks. Weeks: a unit-week is met when the unit has at least
 * the rule's number of rounds in that ISO week (zero reports count); it is missed once the week has ended
 * without them; until then it is not yet due. Sensitive days are counted apart: a unit-day inside a sensitive
 * period is met with at least that period's rounds per day.
 *
 * The rate is met / expected, where expected = weeks that have ended + weeks not ended but already met (a
 * week screened early counts at once; one not yet due and not yet screened counts nowhere).
 *
 * A unit counts only for the weeks in which it existed on the Thursday (set up, not yet retired); other weeks are
 * OUTSIDE and count nowhere, and a unit without such a week in the range is not on the board.
 *
 * A week belongs to the period that holds its Thursday (IsoWeek.inPeriod), so the quarters and months of a year
 * add up to it; any round in a unit-week counts for it, a concentrated round as much as a routine one. The rate's
 * percentage follows the office's rounding setting, like every other rate.
 */
public final class Compliance {
    private Compliance() {
    }

    /** OUTSIDE: the unit did not exist in that week (not yet set up, or retired); such a week counts nowhere. */
    public enum CellState { MET, ZERO_REPORT, MISSED, NOT_YET_DUE, OUTSIDE }

    /** What the computation needs of a round. */
    public record RoundFact(UUID unitId, LocalDate date, boolean zeroReport) {
    }

    public record Cell(IsoWeek week, CellState state, int rounds, int sensitiveDays, int sensitiveDaysMet) {
        public boolean counts() {
            return state != CellState.NOT_YET_DUE && state != CellState.OUTSIDE;
        }
    }

    public record UnitRow(Unit unit, List<Cell> cells, int met, int expected, int missed, int sensitiveMet,
                          int sensitiveDue) {
    }

    public record Board(LocalDate from, LocalDate to, List<IsoWeek> weeks, List<UnitRow> rows, int met, int expected,
                        int sensitiveMet, int sensitiveDue, Rounding rounding) {
        public Rate rate() {
            return new Rate(met, expected);
        }

        public Rate sensitiveRate() {
            return new Rate(sensitiveMet, sensitiveDue);
        }

        /** "96.6%" or "—", cut by the office's rounding. */
        public String percent() {
            return rate().text(rounding, 1);
        }

        public String sensitivePercent() {
            return sensitiveRate().text(rounding, 1);
        }
    }

    public static Board compute(List<Unit> units, Map<UnitKind, Integer> roundsPerWeek, List<SensitivePeriod> periods,
                                List<RoundFact> rounds, LocalDate from, LocalDate to, LocalDate today) {
        return compute(units, roundsPerWeek, periods, rounds, from, to, today, Rounding.HALF_UP);
    }

    public static Board compute(List<Unit> units, Map<UnitKind, Integer> roundsPerWeek, List<SensitivePeriod> periods,
                                List<RoundFact> rounds, LocalDate from, LocalDate to, LocalDate today, Rounding rounding) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("range ends before it starts");
        }
        List<IsoWeek> weeks = IsoWeek.inPeriod(from, to);
        List<UnitRow> rows = new ArrayList<>();
        int met = 0;
        int expected = 0;
        int sMet = 0;
        int sDue = 0;
        // rounds by unit, then by week (Monday) and by day; the sensitive periods' rounds per day, once per day
        Map<java.util.UUID, List<RoundFact>> byUnit = rounds.stream().collect(java.util.stream.Collectors.groupingBy(RoundFact::unitId));
        Map<LocalDate, Integer> sensitiveDays = new java.util.HashMap<>();
        if (!periods.isEmpty()) {
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                LocalDate day = d;
                int perDay = periods.stream().filter(p -> p.contains(day)).mapToInt(SensitivePeriod::roundsPerDay).max().orElse(0);
                if (perDay > 0) {
                    sensitiveDays.put(day, perDay);
                }
            }
        }
        for (Unit u : units) {
            if (!weeks.isEmpty() && weeks.stream().noneMatch(u::existsIn)) {
                continue; // not a unit of this period at all: set up after it, or retired before it
            }
            int need = Math.max(1, roundsPerWeek.getOrDefault(u.kind(), 1));
            List<RoundFact> mine = byUnit.getOrDefault(u.id(), List.of());
            Map<LocalDate, List<RoundFact>> byWeek = mine.stream().collect(java.util.stream.Collectors.groupingBy(r -> IsoWeek.of(r.date()).monday()));
            Map<LocalDate, Long> byDay = mine.stream().collect(java.util.stream.Collectors.groupingBy(RoundFact::date,
                    java.util.stream.Collectors.counting()));
            List<Cell> cells = new ArrayList<>();
            int uMet = 0;
            int uExpected = 0;
            int uMissed = 0;
            int uSMet = 0;
            int uSDue = 0;
            for (IsoWeek w : weeks) {
                List<RoundFact> inWeek = byWeek.getOrDefault(w.monday(), List.of());
                if (!u.existsIn(w)) {
                    cells.add(new Cell(w, CellState.OUTSIDE, inWeek.size(), 0, 0));
                    continue;
                }
                boolean enough = inWeek.size() >= need;
                boolean ended = w.sunday().isBefore(today);
                CellState state;
                if (enough) {
                    state = inWeek.stream().allMatch(RoundFact::zeroReport) ? CellState.ZERO_REPORT : CellState.MET;
                } else {
                    state = ended ? CellState.MISSED : CellState.NOT_YET_DUE;
                }
                int sDays = 0;
                int sDaysMet = 0;
                for (LocalDate d = w.monday(); !sensitiveDays.isEmpty() && !d.isAfter(w.sunday()); d = d.plusDays(1)) {
                    LocalDate day = d;
                    int perDay = sensitiveDays.getOrDefault(day, 0);
                    if (perDay == 0 || !u.existsOn(day)) {
                        continue;
                    }
                    long that = byDay.getOrDefault(day, 0L);
                    boolean dayMet = that >= perDay;
                    if (dayMet || day.isBefore(today)) {
                        sDays++;
                        sDaysMet += dayMet ? 1 : 0;
                    }
                }
                Cell cell = new Cell(w, state, inWeek.size(), sDays, sDaysMet);
                cells.add(cell);
                if (cell.counts()) {
                    uExpected++;
                }
                if (state == CellState.MET || state == CellState.ZERO_REPORT) {
                    uMet++;
                }
                if (state == CellState.MISSED) {
                    uMissed++;
                }
                uSMet += sDaysMet;
                uSDue += sDays;
            }
            rows.add(new UnitRow(u, cells, uMet, uExpected, uMissed, uSMet, uSDue));
            met += uMet;
            expected += uExpected;
            sMet += uSMet;
            sDue += uSDue;
        }
        return new Board(from, to, weeks, rows, met, expected, sMet, sDue, rounding);
    }

    /** Units that still owe a round this week (dashboard: "not yet screened this week"). */
    public static List<Unit> notYetScreened(List<Unit> units, Map<UnitKind, Integer> roundsPerWeek, List<RoundFact> rounds,
                                            LocalDate today) {
        IsoWeek w = IsoWeek.of(today);
        return units.stream().filter(u -> u.existsOn(today)).filter(u -> rounds.stream()
                .filter(r -> r.unitId().equals(u.id()) && w.contains(r.date())).count()
                < Math.max(1, roundsPerWeek.getOrDefault(u.kind(), 1))).toList();
    }
}
