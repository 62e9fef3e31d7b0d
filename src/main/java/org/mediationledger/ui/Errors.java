package org.mediationledger.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.mediationledger.model.DataFileException;
import org.mediationledger.model.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns a failure into one sentence for the user; the log keeps the trace. */
public final class Errors {
    private static final Logger LOG = LoggerFactory.getLogger(Errors.class);

    private Errors() {
    }

    public static String sentence(Messages m, Throwable t) {
        if (t instanceof DataFileException d) {
            return m.get(d.reasonKey(), d.location());
        }
        LOG.error("unexpected failure", t);
        return m.get("error.unexpected", t == null ? "" : t.getClass().getSimpleName());
    }

    public static void show(Window owner, Messages m, Throwable t) {
        Alert a = new Alert(Alert.AlertType.ERROR, sentence(m, t), Fx.ok(m));
        a.setHeaderText(null);
        a.setTitle(m.get("app.title"));
        if (owner != null) {
            a.initOwner(owner);
        }
        a.show();
    }
}
