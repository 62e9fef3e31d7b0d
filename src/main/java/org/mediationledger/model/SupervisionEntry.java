package org.mediationledger.model;

import java.time.LocalDate;
import java.util.UUID;

/** 督办: who supervised on which day, what was instructed, what progress was reported, when to check again. */
public record SupervisionEntry(UUID id, LocalDate date, UUID supervisorId, String instruction, String progress,
                               LocalDate nextCheckDate) {
}
