package org.mediationledger.model;

/** Case numbers of the form "（2026）xx镇人调字第015号": sequential per year, at least three digits. */
public final class CaseNumber {
    private CaseNumber() {
    }

    /** The words around the year, the committee and the number: "（", "）", "人调字第", "号". */
    public static final String OPEN = "（";
    public static final String CLOSE = "）";
    public static final String WORD = "人调字第";
    public static final String END = "号";
    /** The number has at least this many digits (015). */
    public static final int MIN_DIGITS = 3;

    /**
     * The committee whose series a number belongs to (issue 17): key "" is the township's people's mediation committee;
     * a village or community committee's key is its unit's id, its name the unit's name. Each numbers its own cases
     * per year, so a case registered on a village PC offline keeps its number for ever.
     */
    public record Series(String key, String name) {
        public static final String TOWNSHIP = "";

        public Series {
            key = key == null ? TOWNSHIP : key;
        }

        public boolean township() {
            return key.isEmpty();
        }
    }

    public static String format(int year, String township, int seq) {
        if (seq < 1) {
            throw new IllegalArgumentException("case sequence starts at 1: " + seq);
        }
        return OPEN + year + CLOSE + (township == null ? "" : township.strip()) + WORD
                + String.format("%0" + MIN_DIGITS + "d", seq) + END;
    }
}
