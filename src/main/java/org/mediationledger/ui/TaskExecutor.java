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

    /** How many tasks are running now (the status bar shows a busy sign). */
    ReadOnlyIntegerProperty runningProperty();
}
