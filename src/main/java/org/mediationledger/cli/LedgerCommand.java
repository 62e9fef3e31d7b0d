package org.mediationledger.cli;

import org.mediationledger.service.Services;

/**
 * A command that works on the ledger: the data file is opened, the work done, the file closed again whatever
 * happens. Errors are turned into sentences and exit codes by {@link Cli}.
 */
abstract class LedgerCommand extends BaseCommand {
    @Override
    public Integer call() throws Exception {
        Cli cli = cli();
        check(cli);
        try (Services s = open(cli)) {
            return run(cli, s);
        }
    }

    /** Checks the arguments before the file is opened, so that a bad call creates or touches nothing. */
    void check(Cli cli) {
    }

    /** Opens the data file: an existing one unless --create (the demo overrides this to make a new one). */
    Services open(Cli cli) {
        return cli.open();
    }

    /** The command's work on the open ledger; returns the exit code. */
    abstract int run(Cli cli, Services s) throws Exception;
}
