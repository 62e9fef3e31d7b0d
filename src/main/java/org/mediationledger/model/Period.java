package org.mediationledger.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/** A reporting period: a month, quarter, half-year, year, or custom days; with the one before (环比) and a year ago (同比). */
public record Period(Kind kind, LocalDate from, LocalDate to) {

    public enum Kind { MONTH, QUARTER, HALF_YEAR, YEAR, CUSTOM }

    public Period {
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("a period needs from <= to");
        }
    }

    public static Period month(YearMonth m) {
        return new Period(Kind.MONTH, m.atDay(1), m.atEndOfMonth());
    }

    public static Period quarter(int year, int q) {
        LocalDate from = LocalDate.of(year, (q - 1) * 3 + 1, 1);
        return new Period(Kind.QUARTER, from, from.plusMonths(3).minusDays(1));
    }

    public static Period halfYear(int year, int half) {
        LocalDate from = LocalDate.of(year, half == 1 ? 1 : 7, 1);
        return new Period(Kind.HALF_YEAR, from, from.plusMonths(6).minusDays(1));
    }

    public static Period year(int year) {
        return new Period(Kind.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public static Period custom(LocalDate from, LocalDate to) {
        return new Period(Kind.CUSTOM, from, to);
    }

    /** The period of this kind containing the day. */
    public static Period of(Kind kind, LocalDate day) {
        return switch (kind) {
            case MONTH -> month(YearMonth.from(day));
            case QUARTER -> quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
            case HALF_YEAR -> halfYear(day.getYear(), day.getMonthValue() <= 6 ? 1 : 2);
            case YEAR -> year(day.getYear());
            case CUSTOM -> custom(day, day);
        };
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** 环比: the period just before, of the same kind (a custom period: the same number of days). */
    public Period previous() {
        return switch (kind) {
            case MONTH -> month(YearMonth.from(from).minusMonths(1));
            case QUARTER -> new Period(kind, from.minusMonths(3), from.minusDays(1));
            case HALF_YEAR -> new Period(kind, from.minusMonths(6), from.minusDays(1));
            case YEAR -> year(from.getYear() - 1);
            case CUSTOM -> custom(from.minusDays(days()), from.minusDays(1));
        };
    }

    /** 同比: the same period a year earlier (29 Feb → 28 Feb). */
    public Period yearAgo() {
        return kind == Kind.MONTH ? month(YearMonth.from(from).minusYears(1)) : new Period(kind, from.minusYears(1), to.minusYears(1));
    }

    @Override
    public String toString() {
        return from + " — " + to;
    }
}
