package org.mediationledger.model;

/** A way to group the cases of a period in the figures: by unit, dispute type, month of acceptance, or source. */
public enum Breakdown { UNIT, TYPE, MONTH, SOURCE }
