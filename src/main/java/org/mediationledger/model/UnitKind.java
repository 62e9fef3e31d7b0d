package org.mediationledger.model;

/** 村委会 / 居委会. */
public enum UnitKind {
    VILLAGE, COMMUNITY
}
