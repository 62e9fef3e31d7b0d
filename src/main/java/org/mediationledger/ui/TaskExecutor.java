package org.mediationledger.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;

/**
 * The one way the interface runs work: off the JavaFX thread, with the result or the failure handed back on it.
 * Nothing touches the database on the JavaFX thread.
 */
public interface TaskExecutor {

    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /**
     * Work whose outcome nobody waits for (a draft written to disk). Once the program is closing and takes no more
     * work, it is skipped: what is already on disk stays.
     */
    default void runQuietly(Runnable work) {
        try {
            run(() -> {
                work.run();
                return null;
            }, x -> { }, x -> { });
        } catch (java.util.concurrent.RejectedExecutionException closing) {
            // closing
        }
    }

    /** How many tasks are running now (the status bar shows a busy sign). */
    ReadOnlyIntegerProperty runningProperty();
}
