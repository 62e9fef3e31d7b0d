package org.mediationledger.model;

import java.util.Objects;
import java.util.UUID;

/** Where a new case was opened from: a screening finding or a matter brought to a leader reception day. */
public record CaseOrigin(Kind kind, UUID id) {

    public enum Kind { FINDING, RECEPTION_MATTER }

    public CaseOrigin {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(id);
    }

    public static CaseOrigin finding(UUID id) {
        return new CaseOrigin(Kind.FINDING, id);
    }

    public static CaseOrigin receptionMatter(UUID id) {
        return new CaseOrigin(Kind.RECEPTION_MATTER, id);
    }
}
