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
}
