package org.mediationledger.model;

import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A field changed differently on this ledger and on the other side of an exchange (or an edit against a delete, field
 * "deleted"): both values in clear, for a person to choose (issue 17). resolution is null while open, else MINE or THEIRS.
 */
public record ExchangeConflict(UUID id, UUID peer, String table, UUID rowId, String field, String mine, String theirs,
                               LocalDateTime created, String resolution) {

    /** Mine as a list may show it: an ID number, phone or address masked (first 6 + last 4 …), anything else as it is. */
    public String mineMasked() {
        return masked(mine);
    }

    /** Theirs as a list may show it (see mineMasked). */
    public String theirsMasked() {
        return masked(theirs);
    }

    private String masked(String v) {
        return Masking.column(field, v);
    }

    /** The field as the labels name it: "people_involved" -> "peopleInvolved". */
    public String fieldPath() {
        StringBuilder b = new StringBuilder();
        boolean up = false;
        for (char ch : field.toCharArray()) {
            if (ch == '_') {
                up = true;
            } else {
                b.append(up ? Character.toUpperCase(ch) : ch);
                up = false;
            }
        }
        return b.toString();
    }
}
