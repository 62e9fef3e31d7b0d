package org.mediationledger.model;

/**
 * A text cell that a spreadsheet will not run as a formula (CSV injection, OWASP): a value starting with =, +, -, @,
 * a tab or a carriage return gets a leading apostrophe, so Excel and WPS show it as the text it is. Used by every CSV
 * export. (In .xlsx files every text is written as a string cell, which Excel never evaluates.)
 */
public final class SpreadsheetCell {
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[-+]?\\d+(\\.\\d+)?%?");

    private SpreadsheetCell() {
    }

    public static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        if (NUMBER.matcher(value).matches()) {
            return value; // a plain number (-3, +1.5) is no formula and stays a number
        }
        char c = value.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + value : value;
    }
}
