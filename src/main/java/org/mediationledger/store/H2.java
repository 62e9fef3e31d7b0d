package org.mediationledger.store;

import java.nio.file.Path;

/**
 * Every H2 setting the program relies on, in one place, each with the reason it is there. Settings that H2 does not
 * keep in the file (WRITE_DELAY) must be in the URL of every connection, or they silently fall back to the default.
 */
final class H2 {
    private H2() {
    }

    /**
     * H2's page cache: 16 MB (H2's own default, written out so that it is a choice): it counts in the resident memory
     * of an office PC, and the figures read summary tables rather than pages (README: "Memory"). The property
     * mediation.ledger.h2CacheKb changes it for measurements.
     */
    static final int CACHE_KB = Integer.getInteger("mediation.ledger.h2CacheKb", 16 * 1024);

    /** The connection URL of the ledger, for working with it (read and write). */
    static String url(Path base) {
        return "jdbc:h2:file:" + base
                // a commit is written to the file before it returns: with H2's default of 500 ms, kill -9 or a power
                // cut lost cases the program had confirmed, and their numbers were given again (issue 11)
                + ";WRITE_DELAY=0"
                // a second program (another PC on an office share) works through the first one's connection
                + ";AUTO_SERVER=TRUE"
                // a save waits up to 10 s for another's lock (the case number counter row) before it gives up
                + ";LOCK_TIMEOUT=10000"
                // H2's page cache in KB, sized on purpose (see CACHE_KB)
                + ";CACHE_SIZE=" + CACHE_KB
                // opening never creates a file: a mistyped path must not become a new, empty ledger
                + ";IFEXISTS=TRUE";
    }

    /**
     * For looking at a file before trusting it: nothing is written, so a damaged file stays byte for byte as it was.
     * Only when no program has the file open (H2 allows no AUTO_SERVER with read-only access); FILE_LOCK=NO because a
     * lock file left by a killed program would otherwise refuse the look (LedgerFiles.inUse has found nobody there).
     */
    static String readOnlyUrl(Path base) {
        return "jdbc:h2:file:" + base + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE;FILE_LOCK=NO";
    }

    /** A new file under a temporary name, created, migrated and closed before it is moved into place. */
    static String createUrl(Path base) {
        return "jdbc:h2:file:" + base + ";WRITE_DELAY=0";
    }

    static final String USER = "sa";
    static final String PASSWORD = "";
}
