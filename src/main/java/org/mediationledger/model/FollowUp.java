package org.mediationledger.model;

import java.time.LocalDate;
import java.util.UUID;

/** 回访: a visit after the agreement, and what it found. */
public record FollowUp(UUID id, LocalDate date, UUID visitorId, Satisfaction satisfaction, boolean disputeReturned,
                       boolean wentToCourt, String notes) {
}
