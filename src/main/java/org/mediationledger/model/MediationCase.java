package org.mediationledger.model;

import java.time.LocalDateTime;
import java.util.UUID;

/** A registered people's-mediation case: its number, state and the fields of its intake. */
public record MediationCase(UUID id, String caseNumber, int caseYear, int caseSeq, CaseStatus status, CaseDraft draft,
                            int version, LocalDateTime createdAt, LocalDateTime updatedAt) {
}
