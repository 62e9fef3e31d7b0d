package org.mediationledger.model;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/** One line of the append-only audit trail. */
public record AuditEntry(UUID id, LocalDateTime at, String userName, String tableName, UUID rowId, String action,
                         List<FieldChange> changes) {
}
