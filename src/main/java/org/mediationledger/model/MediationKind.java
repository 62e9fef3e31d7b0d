package org.mediationledger.model;

/** 人民调解 / 行政调解 / 诉前（委派）调解 / 司法调解. */
public enum MediationKind {
    PEOPLES, ADMINISTRATIVE, COURT_REFERRED, JUDICIAL
}
