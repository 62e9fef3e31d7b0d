package org.mediationledger.model;

import java.time.LocalDate;
import java.util.UUID;

/** An extension of the mediation deadline: needs a reason and the parties' consent. */
public record Extension(UUID id, LocalDate date, int days, String reason, boolean partiesConsent) {
}
