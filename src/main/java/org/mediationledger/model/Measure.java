package org.mediationledger.model;

/**
 * The counted facts behind the figures of a period (docs/domain.md, "Figures and how they are computed"). Case measures
 * count cases accepted (received) in the period and scope; each has a drill-down that lists exactly its cases.
 * <ul>
 * <li>ACCEPTED: cases received; OPEN: of these, still registered or in mediation (reported apart);
 * CONCLUDED: the others (agreement, failure, withdrawal, referral, and later steps).</li>
 * <li>SUCCESS: concluded cases with a successful mediation attempt; the resolution level is the level of the last
 * successful attempt.</li>
 * <li>MEDIATED_AT_x: concluded cases with an attempt at level x; SUCCESS_AT_x: successes resolved at level x.</li>
 * <li>AGREEMENTS: concluded cases with an agreement; PERFORMED: of these, with a performance record "performed".</li>
 * <li>PREVENTED_x: cases with that prevention flag (件); the people (人) are summed apart.</li>
 * </ul>
 */
public enum Measure {
    ACCEPTED, OPEN, CONCLUDED, SUCCESS,
    MEDIATED_AT_VILLAGE, MEDIATED_AT_TOWNSHIP, MEDIATED_AT_JUDICIAL,
    SUCCESS_AT_VILLAGE, SUCCESS_AT_TOWNSHIP, SUCCESS_AT_JUDICIAL,
    AGREEMENTS, PERFORMED,
    PREVENTED_SUICIDE, PREVENTED_CRIMINAL, STOPPED_FIGHT, STOPPED_PETITION
}
