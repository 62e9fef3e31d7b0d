package org.mediationledger.model;

/** One table of a ledger copied to another database (issue 18): its rows and the checksum of their values on each side. */
public record TableCopy(String table, long sourceRows, long targetRows, String sourceChecksum, String targetChecksum) {
    public boolean same() {
        return sourceRows == targetRows && sourceChecksum.equals(targetChecksum);
    }
}
