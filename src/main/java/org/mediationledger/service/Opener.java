package org.mediationledger.service;

import java.nio.file.Path;
import org.mediationledger.model.Messages;

/**
 * Opens a data file into its services. create: whether a path with no file may become a new, empty ledger — only the
 * demo, an explicit --create and the window after asking; otherwise a missing file is an error, never a new ledger.
 */
@FunctionalInterface
public interface Opener {
    Services open(Path db, Messages messages, boolean create);

    /** Opens the ledger on a PostgreSQL server (issue 18); an opener that has none says so in a sentence. */
    default Services openServer(org.mediationledger.model.ServerAddress address, char[] password, Messages messages) {
        throw new org.mediationledger.model.ValidationException(java.util.List.of(
                org.mediationledger.model.Problem.error("db", "db.server.notHere", address.toString())));
    }

    /** The schemas of a county database that hold a township's ledger (issue 18); an opener with no server says so. */
    default java.util.List<String> ledgersOn(org.mediationledger.model.ServerAddress address, char[] password, Messages messages) {
        throw new org.mediationledger.model.ValidationException(java.util.List.of(
                org.mediationledger.model.Problem.error("db", "db.server.notHere", address.toString())));
    }
}
