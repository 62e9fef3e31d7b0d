package org.mediationledger.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * Runs the work at once on the calling thread and hands over its result or failure, as JabRef tests its view models:
 * a view model is tested fast, without a window or a JavaFX thread, against a real ledger file.
 */
public final class SameThreadExecutor implements TaskExecutor {
    private final SimpleIntegerProperty running = new SimpleIntegerProperty(0);

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public ReadOnlyIntegerProperty runningProperty() {
        return running;
    }
}
