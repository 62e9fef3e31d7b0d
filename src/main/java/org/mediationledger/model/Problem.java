package org.mediationledger.model;

import java.util.List;

/**
 * A validation problem of one field: the field's path (e.g. "summary", "parties[1].idNumber"), a message key
 * of the bundle and its arguments. Severity WARNING does not block saving (e.g. an old 15-digit ID number).
 */
public record Problem(String field, String messageKey, List<Object> args, Severity severity) {

    public enum Severity { ERROR, WARNING }

    public static Problem error(String field, String key, Object... args) {
        return new Problem(field, key, List.of(args), Severity.ERROR);
    }

    public static Problem warning(String field, String key, Object... args) {
        return new Problem(field, key, List.of(args), Severity.WARNING);
    }

    public boolean blocking() {
        return severity == Severity.ERROR;
    }
}
