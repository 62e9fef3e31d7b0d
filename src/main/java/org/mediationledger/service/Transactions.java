package org.mediationledger.service;

import java.util.function.Supplier;

/** Runs several saves as one: all are kept together or none is (a batch from the command line, a form of many rows). */
@FunctionalInterface
public interface Transactions {
    <T> T inOne(Supplier<T> work);
}
