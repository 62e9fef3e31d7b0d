package org.mediationledger.model;

/** Personal numbers on screen lists and paper: ID first 6 and last 4 visible, phones first 3 and last 4. */
public final class Masking {
    private Masking() {
    }

    public static String idNumber(String id) {
        return keep(id, 6, 4);
    }

    public static String phone(String phone) {
        return keep(phone, 3, 4);
    }

    private static String keep(String s, int head, int tail) {
        if (s == null || s.isBlank()) {
            return s == null ? "" : s;
        }
        String v = s.strip();
        if (v.length() <= head + tail) {
            return "*".repeat(v.length());
        }
        return v.substring(0, head) + "*".repeat(v.length() - head - tail) + v.substring(v.length() - tail);
    }
}
