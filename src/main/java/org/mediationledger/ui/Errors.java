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

    /**
     * One sentence for any failure: a broken rule names its field and why, a refused step says why, a data file
     * problem says what is wrong with the file; anything else is logged and reported as unexpected.
     */
    public static String sentence(Messages m, Throwable t) {
        if (t instanceof DataFileException d) {
            return m.get(d.reasonKey(), d.location());
        }
        if (t instanceof org.mediationledger.model.ValidationException v && !v.problems().isEmpty()) {
            var p = v.problems().get(0);
            return m.fieldLabel(p.field()) + "：" + m.problem(p);
        }
        if (t instanceof org.mediationledger.model.AccessRefused a) {
            return m.access(a);
        }
        if (t instanceof org.mediationledger.model.TransitionRefused r) {
            return m.get(r.messageKey(), m.label(r.from()), m.label(r.action()));
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
