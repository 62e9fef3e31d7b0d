package org.mediationledger.model;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One screening of a unit (or one of its grids) on one day. A round without findings is a zero report. */
public record ScreeningRound(UUID id, LocalDate date, UUID unitId, UUID gridId, ScreeningKind kind, UUID leadScreenerId,
                             List<UUID> otherScreenerIds, String notes, List<Finding> findings, int version) {

    public ScreeningRound {
        otherScreenerIds = otherScreenerIds == null ? List.of() : List.copyOf(otherScreenerIds);
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    /** 零报告: screened, nothing found. Counts as screened. */
    public boolean isZeroReport() {
        return findings.isEmpty();
    }
}
