package org.mediationledger.model;

/** Personal numbers on screen lists, paper and in the history: ID first 6 and last 4 visible, phones first 3 and last 4. */
public final class Masking {
    private Masking() {
    }

    public static String idNumber(String id) {
        return keep(id, 6, 4);
    }

    public static String phone(String phone) {
        return keep(phone, 3, 4);
    }

    /** An address: the first six characters (township and village, say), the rest hidden. */
    public static String address(String address) {
        if (address == null || address.isBlank()) {
            return address == null ? "" : address;
        }
        String v = address.strip();
        int head = Math.min(6, v.length() / 2);
        return v.substring(0, head) + "*".repeat(Math.min(6, v.length() - head));
    }

    /** A stored column's value as lists show it: ID numbers, phones and addresses masked, anything else as it is. */
    public static String column(String column, String value) {
        if (value == null) {
            return null;
        }
        return switch (column) {
            case "id_number" -> idNumber(value);
            case "phone", "visitor_phone" -> phone(value);
            case "address" -> address(value);
            default -> value;
        };
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
