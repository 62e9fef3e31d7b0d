package org.mediationledger.model;

public enum Gender {
    MALE, FEMALE
}
