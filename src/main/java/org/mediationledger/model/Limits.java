package org.mediationledger.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Limits every input meets before it reaches the database, checked by the same validators for the form, the command
 * line and imports: text lengths (the columns' sizes), characters, amounts, people and dates. A value the database
 * would refuse is refused here with a sentence naming the field.
 */
public final class Limits {
    /** The earliest date the ledger accepts: the founding of the People's Republic. */
    public static final LocalDate EARLIEST = LocalDate.of(1949, 10, 1);
    /** The largest amount a decimal(14,2) column holds is below this (1 万亿元). */
    public static final BigDecimal AMOUNT_LIMIT = new BigDecimal("1000000000000");
    public static final int MAX_PEOPLE = 1_000_000;
    public static final int MAX_PARTIES = 50;

    private Limits() {
    }

    /**
     * A text of at most max characters without control characters (line breaks and tabs allowed where multiLine),
     * direction overrides or unpaired surrogates. Null or empty passes (whether it is required is another rule).
     */
    public static void text(String field, String value, int max, boolean multiLine, List<Problem> out) {
        if (value == null || value.isEmpty()) {
            return;
        }
        if (value.codePointCount(0, value.length()) > max) {
            out.add(Problem.error(field, "error.tooLong", max));
        }
        if (badCharacter(value, multiLine)) {
            out.add(Problem.error(field, "error.badCharacters"));
        }
    }

    static boolean badCharacter(String s, boolean multiLine) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return true;
            }
            if (Character.isLowSurrogate(c)) {
                return true;
            }
            if (c == '\n' || c == '\r' || c == '\t') {
                if (!multiLine) {
                    return true;
                }
                continue;
            }
            if (Character.isISOControl(c) || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
                    || c == '\u200E' || c == '\u200F' || c == '\uFEFF') {
                return true;
            }
        }
        return false;
    }

    /** An amount in 元: at least 0, at most two decimals, below 1 万亿. */
    public static void amount(String field, BigDecimal v, List<Problem> out) {
        if (v == null) {
            return;
        }
        if (v.signum() < 0) {
            out.add(Problem.error(field, "error.amountNegative"));
        } else if (v.stripTrailingZeros().scale() > 2) {
            out.add(Problem.error(field, "error.amountFormat"));
        } else if (v.compareTo(AMOUNT_LIMIT) >= 0) {
            out.add(Problem.error(field, "error.amountTooLarge"));
        }
    }

    /** People involved: at least 1, at most a million. */
    public static void people(String field, Integer v, List<Problem> out) {
        if (v == null) {
            return;
        }
        if (v < 1) {
            out.add(Problem.error(field, "error.peopleAtLeastOne"));
        } else if (v > MAX_PEOPLE) {
            out.add(Problem.error(field, "error.peopleTooMany", MAX_PEOPLE));
        }
    }

    /** A date of the ledger's work: from 1949-10-01 to today. */
    public static void date(String field, LocalDate v, LocalDate today, List<Problem> out) {
        if (v == null) {
            return;
        }
        if (v.isAfter(today)) {
            out.add(Problem.error(field, "error.dateInFuture", today.toString()));
        } else if (v.isBefore(EARLIEST)) {
            out.add(Problem.error(field, "error.dateTooEarly", EARLIEST.toString()));
        }
    }

    /** A birth date may be earlier than 1949, but not before 1850 nor after today. */
    public static void birthDate(String field, LocalDate v, LocalDate today, List<Problem> out) {
        if (v == null) {
            return;
        }
        if (v.isAfter(today)) {
            out.add(Problem.error(field, "error.dateInFuture", today.toString()));
        } else if (v.isBefore(LocalDate.of(1850, 1, 1))) {
            out.add(Problem.error(field, "error.dateTooEarly", "1850-01-01"));
        }
    }
}
