package org.mediationledger.model;

/** A party named in a screening finding: name and phone only (the case intake asks for the rest). */
public record FindingParty(String name, String phone) {
}
