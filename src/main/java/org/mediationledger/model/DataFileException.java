package org.mediationledger.model;

/** The data file could not be opened; reasonKey is a message key that says why in the user's words. */
public class DataFileException extends RuntimeException {
    private final String reasonKey;
    private final String location;

    public DataFileException(String reasonKey, String location, Throwable cause) {
        super(reasonKey + ": " + location, cause);
        this.reasonKey = reasonKey;
        this.location = location;
    }

    public String reasonKey() {
        return reasonKey;
    }

    public String location() {
        return location;
    }
}
