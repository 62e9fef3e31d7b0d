package org.mediationledger.cli;

/** The command line's test inputs for tests in other packages. */
public final class CliTestData {
    /** A valid case for `cases add`, in the demo township. */
    public static final String VALID = CliTest.VALID;

    private CliTestData() {
    }
}
