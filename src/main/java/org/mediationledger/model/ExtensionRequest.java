package org.mediationledger.model;

import java.time.LocalDate;
import java.util.UUID;

/** A request to extend a leader case's deadline, approved or refused by a named leader. */
public record ExtensionRequest(UUID id, LocalDate requestedDate, int days, String reason, boolean approved, UUID decidedBy,
                               LocalDate decidedDate) {
}
