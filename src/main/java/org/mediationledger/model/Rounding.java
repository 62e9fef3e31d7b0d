package org.mediationledger.model;

/**
 * How a rate is cut to one decimal. Published reports differ: 193/195 = 98.97% was printed as 98.9% (truncated) and
 * 842/869 = 96.89% as 96.9% (rounded half up), so the office chooses, and every report says which.
 */
public enum Rounding {
    HALF_UP(java.math.RoundingMode.HALF_UP), TRUNCATE(java.math.RoundingMode.DOWN);

    private final java.math.RoundingMode mode;

    Rounding(java.math.RoundingMode mode) {
        this.mode = mode;
    }

    public java.math.RoundingMode mode() {
        return mode;
    }
}
