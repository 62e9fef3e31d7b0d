package org.mediationledger.model;

/** Case numbers of the form "（2026）xx镇人调字第015号": sequential per year, at least three digits. */
public final class CaseNumber {
    private CaseNumber() {
    }

    public static String format(int year, String township, int seq) {
        if (seq < 1) {
            throw new IllegalArgumentException("case sequence starts at 1: " + seq);
        }
        return "（" + year + "）" + (township == null ? "" : township.strip()) + "人调字第" + String.format("%03d", seq) + "号";
    }
}
