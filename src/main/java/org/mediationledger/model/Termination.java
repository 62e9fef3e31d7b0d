package org.mediationledger.model;

import java.time.LocalDate;

/**
 * The mediation ended without agreement (调解终结): the one step that concludes a case as unsuccessful. A failed
 * attempt alone does not — after it the case stays in mediation until it is escalated, referred out or ended so.
 */
public record Termination(LocalDate date, String reason) {
}
