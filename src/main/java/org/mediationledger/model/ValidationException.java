package org.mediationledger.model;

import java.util.List;

/** Thrown when data breaks the rules; carries every problem found, not only the first. */
public class ValidationException extends RuntimeException {
    private final List<Problem> problems;

    public ValidationException(List<Problem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
