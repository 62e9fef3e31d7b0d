package org.mediationledger.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.mediationledger.model.Messages;
import org.mediationledger.model.Problem;

/**
 * A small form in a dialog: labelled rows (label from the field path, control id "p-" + path), an error line,
 * and an OK that checks the rules first and keeps the dialog open, with everything typed, while one is broken.
 */
public final class FormDialog {
    private final Messages m;
    private final Window owner;

    public FormDialog(Messages m, Window owner) {
        this.m = m;
        this.owner = owner;
    }

    /** A row: the field path (for its label and id) and its control. */
    public static Object[] row(String field, Node control) {
        return new Object[] {field, control};
    }

    /**
     * @param read  the value the controls hold now; may throw IllegalArgumentException(field) for text that is no number
     * @param check the rules; the first problem is shown and the dialog stays open
     */
    public <T> Optional<T> show(String title, List<Object[]> rows, Supplier<T> read, Function<T, List<Problem>> check) {
        Dialog<T> d = new Dialog<>();
        d.setTitle(title);
        d.setHeaderText(title);
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        for (int i = 0; i < rows.size(); i++) {
            g.add(new Label(m.fieldLabel((String) rows.get(i)[0])), 0, i);
            Node n = (Node) rows.get(i)[1];
            n.setId("p-" + rows.get(i)[0]);
            if (n instanceof javafx.scene.control.Control c && !(n instanceof CheckBox)) {
                c.setPrefWidth(320);
            }
            g.add(n, 1, i);
        }
        Label error = Fx.errorLabel();
        error.setId("path-dialog-error");
        error.setMaxWidth(420);
        g.add(error, 1, rows.size());
        d.getDialogPane().setContent(Fx.padded(g));
        d.getDialogPane().setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        d.getDialogPane().setPrefWidth(520);
        d.setResizable(true);
        ButtonType ok = Fx.ok(m);
        ButtonType cancel = Fx.cancel(m);
        d.getDialogPane().getButtonTypes().setAll(ok, cancel);
        // 取消, Esc or the window's close with something typed asks before throwing it away
        Object initial = readQuietly(read);
        java.util.function.BooleanSupplier keep = () -> !java.util.Objects.equals(initial, readQuietly(read))
                && !Fx.confirmDiscard(d.getDialogPane().getScene().getWindow(), m, "form.discardQuestion");
        java.util.concurrent.atomic.AtomicBoolean discarded = new java.util.concurrent.atomic.AtomicBoolean();
        d.getDialogPane().lookupButton(cancel).addEventFilter(ActionEvent.ACTION, e -> {
            if (keep.getAsBoolean()) {
                e.consume();
            } else {
                discarded.set(true);
            }
        });
        d.setOnCloseRequest(e -> {
            if (d.getResult() == null && !discarded.get() && keep.getAsBoolean()) {
                e.consume();
            }
        });
        d.getDialogPane().lookupButton(ok).addEventFilter(ActionEvent.ACTION, e -> {
            List<Problem> problems = new ArrayList<>();
            T value = null;
            try {
                value = read.get();
            } catch (IllegalArgumentException ex) {
                problems.add(Problem.error(ex.getMessage(), "amount".equals(ex.getMessage()) ? "error.amountFormat" : "error.wholeNumber"));
            }
            if (value != null) {
                problems.addAll(check.apply(value));
            }
            if (!problems.isEmpty()) {
                Problem p = problems.get(0);
                error.setText(m.fieldLabel(p.field()) + "：" + m.problem(p));
                e.consume();
            }
        });
        d.setResultConverter(b -> b == ok ? read.get() : null);
        d.initOwner(owner);
        return d.showAndWait();
    }

    /** What the controls hold, or a marker when a number field holds text that is no number (which counts as typed). */
    private static Object readQuietly(Supplier<?> read) {
        try {
            return read.get();
        } catch (RuntimeException e) {
            return e.getClass().getName() + ":" + e.getMessage();
        }
    }

    public static DatePicker date(LocalDate value) {
        DatePicker p = new DatePicker(value);
        Fx.isoDates(p);
        return p;
    }

    public static <E> ComboBox<E> choice(List<E> items, Function<E, String> name, E value, String empty) {
        ComboBox<E> c = new ComboBox<>();
        if (empty != null) {
            c.getItems().add(null);
        }
        c.getItems().addAll(items);
        Fx.named(c, name, empty == null ? "" : empty);
        c.setValue(value);
        return c;
    }

    /**
     * A chooser of people that filters as the clerk types (ControlsFX SearchableComboBox): the list holds the
     * right role first; where it mixes roles, each name carries its role.
     */
    public static ComboBox<org.mediationledger.model.Staff> staff(List<org.mediationledger.model.Staff> people,
            org.mediationledger.model.Staff value, String empty, Messages m) {
        ComboBox<org.mediationledger.model.Staff> c = new org.controlsfx.control.SearchableComboBox<>();
        if (empty != null) {
            c.getItems().add(null);
        }
        c.getItems().addAll(people);
        boolean mixed = people.stream().map(org.mediationledger.model.Staff::role).distinct().count() > 1;
        Fx.named(c, s -> mixed ? s.name() + m.get("staff.roleSuffix", m.label(s.role())) : s.name(),
                empty == null ? "" : empty);
        c.setValue(value);
        return c;
    }

    public static TextArea area() {
        TextArea a = Fx.tabMovesFocus(new TextArea());
        a.setPrefRowCount(2);
        a.setPrefColumnCount(30);
        a.setWrapText(true);
        return a;
    }
}
