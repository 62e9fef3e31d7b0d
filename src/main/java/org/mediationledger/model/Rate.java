package org.mediationledger.model;

import java.math.BigDecimal;
import java.util.Optional;

/** A rate as the office reports it: numerator and denominator always shown, "—" when there is nothing to divide by. */
public record Rate(long numerator, long denominator) {

    public Rate {
        if (numerator < 0 || denominator < 0) {
            throw new IllegalArgumentException("negative count");
        }
    }

    /** The percentage cut to the given decimals, or empty when the denominator is 0 (never NaN, never 0%). */
    public Optional<BigDecimal> percent(Rounding rounding, int decimals) {
        if (denominator == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(denominator), decimals, rounding.mode()));
    }

    /** "96.5%" or "—". */
    public String text(Rounding rounding, int decimals) {
        return percent(rounding, decimals).map(p -> p.toPlainString() + "%").orElse("—");
    }

    /** "473/490 = 96.5%" or "0/0 = —". */
    public String explained(Rounding rounding, int decimals) {
        return numerator + "/" + denominator + " = " + text(rounding, decimals);
    }
}
