package org.mediationledger.cli;

/** The command line's test inputs for tests in other packages. */
public final class CliTestData {
    /** A valid case for `cases add`, in the demo township. */
    public static final String VALID = CliTest.VALID;
    /** A valid screening round with one finding, for `screening add`. */
    public static final String ROUND = ScreeningCliTest.ROUND;

    private CliTestData() {
    }
}
