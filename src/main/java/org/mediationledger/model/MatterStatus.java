package org.mediationledger.model;

/** A leader-assigned matter is in hand (ACTIVE) until it is closed with its outcome (CLOSED). */
public enum MatterStatus {
    ACTIVE, CLOSED
}
