package org.mediationledger.model;

/** 常规排查 / 集中排查 / 不间断排查. */
public enum ScreeningKind {
    ROUTINE, CONCENTRATED, CONTINUOUS
}
