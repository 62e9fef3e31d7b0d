package org.mediationledger.model;

import java.util.UUID;

/** One version of the dispute-type list; exactly one is active for new cases. */
public record DisputeTypeList(UUID id, int listVersion, String title, boolean active) {
}
