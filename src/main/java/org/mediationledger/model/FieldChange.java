package org.mediationledger.model;

/** One field that differs between two versions of a record, as text a person can read. */
public record FieldChange(String field, String oldValue, String newValue) {
}
