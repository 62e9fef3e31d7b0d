package org.mediationledger.model;

import java.util.List;

/**
 * Someone else saved the record since this user opened it. Carries the stored version and the fields where the
 * user's values and the stored ones differ, so the user sees both instead of one overwriting the other.
 */
public class ConcurrentEditException extends RuntimeException {
    private final MediationCase stored;
    private final List<FieldChange> differences;

    public ConcurrentEditException(MediationCase stored, List<FieldChange> differences) {
        super("record changed meanwhile: " + stored.caseNumber());
        this.stored = stored;
        this.differences = List.copyOf(differences);
    }

    public MediationCase stored() {
        return stored;
    }

    /** oldValue = the value now stored (someone else's), newValue = this user's value. */
    public List<FieldChange> differences() {
        return differences;
    }
}
