package org.mediationledger.model;

/** The four warning colours: red (joint handling), orange (escalation risk), yellow (common), blue (hidden risk). */
public enum RiskLevel {
    RED, ORANGE, YELLOW, BLUE
}
