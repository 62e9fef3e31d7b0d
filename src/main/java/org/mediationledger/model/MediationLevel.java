package org.mediationledger.model;

/** 村级 / 镇级 / 司法: where an attempt at mediation took place. */
public enum MediationLevel {
    VILLAGE, TOWNSHIP, JUDICIAL;

    /** The level above, for an escalation; the judicial level has none. */
    public MediationLevel up() {
        return switch (this) {
            case VILLAGE -> TOWNSHIP;
            case TOWNSHIP -> JUDICIAL;
            case JUDICIAL -> null;
        };
    }
}
