package org.mediationledger.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Resident ID numbers (公民身份号码) after GB 11643: 18 characters, the last a check digit (0-9 or X) computed
 * with ISO 7064 MOD 11-2. Old 15-digit numbers (before 1999) carry no check digit: accepted, but flagged.
 */
public final class IdNumber {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    public enum Verdict { VALID, OLD_15_DIGIT, BAD_FORMAT, BAD_BIRTH_DATE, BAD_CHECK_DIGIT }

    private IdNumber() {
    }

    public static String normalise(String raw) {
        return raw == null ? "" : raw.strip().toUpperCase();
    }

    public static char checkDigit(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    public static Verdict check(String raw) {
        String id = normalise(raw);
        if (id.matches("\\d{15}")) {
            return birthDate(id).isPresent() ? Verdict.OLD_15_DIGIT : Verdict.BAD_BIRTH_DATE;
        }
        if (!id.matches("\\d{17}[0-9X]")) {
            return Verdict.BAD_FORMAT;
        }
        if (birthDate(id).isEmpty()) {
            return Verdict.BAD_BIRTH_DATE;
        }
        return checkDigit(id.substring(0, 17)) == id.charAt(17) ? Verdict.VALID : Verdict.BAD_CHECK_DIGIT;
    }

    /** The birth date the number encodes, if it is a real date. */
    public static Optional<LocalDate> birthDate(String raw) {
        String id = normalise(raw);
        try {
            if (id.length() == 18) {
                return Optional.of(LocalDate.of(Integer.parseInt(id.substring(6, 10)),
                        Integer.parseInt(id.substring(10, 12)), Integer.parseInt(id.substring(12, 14))));
            }
            if (id.length() == 15) {
                return Optional.of(LocalDate.of(1900 + Integer.parseInt(id.substring(6, 8)),
                        Integer.parseInt(id.substring(8, 10)), Integer.parseInt(id.substring(10, 12))));
            }
        } catch (NumberFormatException | DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The order digit is odd for men and even for women. */
    public static Optional<Gender> gender(String raw) {
        String id = normalise(raw);
        int pos = id.length() == 18 ? 16 : id.length() == 15 ? 14 : -1;
        if (pos < 0 || !Character.isDigit(id.charAt(pos))) {
            return Optional.empty();
        }
        return Optional.of((id.charAt(pos) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE);
    }
}
