package org.mediationledger.cli;

/** A problem with what the user gave the command line, already worded for the user. */
final class UserInputException extends RuntimeException {
    private final int exitCode;

    UserInputException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
