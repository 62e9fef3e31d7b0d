package org.mediationledger.model;

import java.time.LocalDate;
import java.util.UUID;

/** A case as a drill-down list shows it: behind a figure, each case that counts. */
public record CaseRef(UUID id, String caseNumber, LocalDate received, CaseStatus status, String summary) {
}
