package org.mediationledger.ui.paper;

import java.util.function.Function;

/** Opens the print preview of a paper: its title, a file name for Save as PDF, and how to make it (with numbers in full?). */
@FunctionalInterface
public interface Printer {
    void preview(String title, String fileName, boolean offerFull, boolean fullByDefault, Function<Boolean, byte[]> make);

    /** Masked unless the clerk asks for the numbers in full. */
    default void preview(String title, String fileName, boolean offerFull, Function<Boolean, byte[]> make) {
        preview(title, fileName, offerFull, false, make);
    }
}
