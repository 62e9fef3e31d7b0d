package org.mediationledger.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every command has: its place in the command tree and the one {@link Cli} it runs in (the root command's),
 * found through picocli's spec rather than a chain of parent fields.
 */
abstract class BaseCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** The command line this command runs in. */
    final Cli cli() {
        return ((MainCommand) spec.root().userObject()).cli;
    }
}
