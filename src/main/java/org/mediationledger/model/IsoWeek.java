package org.mediationledger.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/** An ISO-8601 week (Monday to Sunday); the week-year can differ from the calendar year at the edges. */
public record IsoWeek(int weekYear, int week, LocalDate monday) implements Comparable<IsoWeek> {

    public static IsoWeek of(LocalDate d) {
        return new IsoWeek(d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR),
                d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
    }

    /** Every week that has at least one day in [from, to]. */
    /**
     * The weeks that belong to a period: those whose Thursday lies in it (the ISO rule: a week belongs to the year,
     * quarter or month that holds its Thursday), so that every week belongs to exactly one period and quarters
     * and months add up to the year. A range without a Thursday holds no whole week.
     */
    public static List<IsoWeek> inPeriod(LocalDate from, LocalDate to) {
        List<IsoWeek> out = new ArrayList<>();
        for (LocalDate m = of(from).monday(); !m.isAfter(to); m = m.plusWeeks(1)) {
            LocalDate thursday = m.plusDays(3);
            if (!thursday.isBefore(from) && !thursday.isAfter(to)) {
                out.add(of(m));
            }
        }
        return out;
    }

    public static List<IsoWeek> covering(LocalDate from, LocalDate to) {
        List<IsoWeek> out = new ArrayList<>();
        for (LocalDate m = of(from).monday(); !m.isAfter(to); m = m.plusWeeks(1)) {
            out.add(of(m));
        }
        return out;
    }

    public LocalDate sunday() {
        return monday.plusDays(6);
    }

    public boolean contains(LocalDate d) {
        return !d.isBefore(monday) && !d.isAfter(sunday());
    }

    /** "2026-W48". */
    public String label() {
        return String.format("%d-W%02d", weekYear, week);
    }

    @Override
    public int compareTo(IsoWeek o) {
        return monday.compareTo(o.monday);
    }
}
