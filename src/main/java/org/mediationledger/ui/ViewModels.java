package org.mediationledger.ui;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import org.mediationledger.model.Messages;

/** What several view models do alike: a from–to range checked before it is used, a change saved and reloaded. */
public final class ViewModels {
    private ViewModels() {
    }

    /** True when from and to are given and to is not before from; otherwise the message says so and it is false. */
    public static boolean isRange(ObjectProperty<LocalDate> from, ObjectProperty<LocalDate> to, StringProperty message, Messages m) {
        if (from.get() == null || to.get() == null || to.get().isBefore(from.get())) {
            message.set(m.get("error.rangeEndsBeforeStart"));
            return false;
        }
        return true;
    }

    /** Runs a change in the background; then the message says 已保存 and {@code reload} runs; a broken rule is one sentence. */
    public static void change(TaskExecutor executor, Messages m, StringProperty message, Callable<?> work, Runnable reload) {
        executor.run(() -> {
            work.call();
            return null;
        }, x -> {
            message.set(m.get("settings.saved"));
            reload.run();
        }, e -> message.set(Errors.sentence(m, e)));
    }
}
