package org.mediationledger.ui;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javafx.application.Platform;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.decoration.StyleClassValidationDecoration;
import org.mediationledger.model.Messages;

/**
 * What every form shares: each field is a label, a control and a sentence below it. The view model's error and
 * warning maps (field path -> sentence) are drawn beside the fields, the control is marked by ControlsFX, and after
 * a refused save the first field to correct comes into view.
 */
public final class FormSupport {
    private final Messages m;
    private final ObservableMap<String, String> errors;
    private final ObservableMap<String, String> warnings;
    private final Map<String, Control> controls = new LinkedHashMap<>();
    private final Map<String, Label> messages = new LinkedHashMap<>();
    private final StyleClassValidationDecoration decoration = new StyleClassValidationDecoration("field-invalid", "field-doubtful");

    public FormSupport(Messages m, ObservableMap<String, String> errors, ObservableMap<String, String> warnings) {
        this.m = m;
        this.errors = errors;
        this.warnings = warnings;
        errors.addListener((MapChangeListener<String, String>) c -> refresh());
        warnings.addListener((MapChangeListener<String, String>) c -> refresh());
    }

    /** Registers a control under its field path (its id becomes "f-" + path). */
    public <C extends Control> C register(String field, C control) {
        control.setId("f-" + field);
        controls.put(field, control);
        return control;
    }

    public Control control(String field) {
        return controls.get(field);
    }

    /** Label above, control, sentence below; the label text comes from the field path. */
    public VBox field(String field, boolean required, Control control) {
        Label label = new Label(m.fieldLabel(field).replaceFirst("^.* · ", "") + (required ? " *" : ""));
        label.setLabelFor(control);
        label.getStyleClass().add("field-label");
        control.setMaxWidth(Double.MAX_VALUE);
        return new VBox(3, label, control, message(field));
    }

    /** A sentence slot for a field that has no control of its own (e.g. "parties"). */
    public Label message(String field) {
        Label msg = Fx.errorLabel();
        msg.setId("msg-" + field);
        messages.put(field, msg);
        return msg;
    }

    /** Forgets the fields under a prefix (a list of cards is about to be rebuilt). */
    public void forget(String prefix) {
        controls.keySet().removeIf(k -> k.startsWith(prefix));
        messages.keySet().removeIf(k -> k.startsWith(prefix));
    }

    public void refresh() {
        messages.forEach((field, label) -> {
            String error = errors.get(field);
            String warning = warnings.get(field);
            label.setText(error != null ? error : warning != null ? warning : "");
            label.getStyleClass().removeAll("field-error-text", "field-warning-text");
            label.getStyleClass().add(error != null ? "field-error-text" : "field-warning-text");
            Control c = controls.get(field);
            if (c != null) {
                decoration.removeDecorations(c);
                if (error != null) {
                    decoration.applyValidationDecoration(ValidationMessage.error(c, error));
                } else if (warning != null) {
                    decoration.applyValidationDecoration(ValidationMessage.warning(c, warning));
                }
            }
        });
    }

    /**
     * The bar under a form: the form's status sentence on the left, Cancel and Save on the right. Save asks the
     * view model to save, then brings the first field to correct into view.
     */
    public javafx.scene.layout.HBox buttonBar(String prefix, javafx.beans.value.ObservableBooleanValue saving,
                                              javafx.beans.value.ObservableStringValue status, Runnable save,
                                              Runnable cancel, String fallbackField) {
        javafx.scene.control.Button saveButton = new javafx.scene.control.Button(m.get("action.save"));
        saveButton.setId("save-" + prefix);
        saveButton.setDefaultButton(true);
        saveButton.disableProperty().bind(saving);
        saveButton.setOnAction(e -> {
            save.run();
            revealFirstError(fallbackField);
        });
        javafx.scene.control.Button cancelButton = new javafx.scene.control.Button(m.get("action.cancel"));
        cancelButton.setId("cancel-" + prefix);
        cancelButton.setCancelButton(true);
        cancelButton.setOnAction(e -> cancel.run());
        Label statusLabel = new Label();
        statusLabel.setId(prefix + "-status");
        statusLabel.getStyleClass().add("form-status");
        statusLabel.textProperty().bind(status);
        javafx.scene.layout.Region grow = new javafx.scene.layout.Region();
        javafx.scene.layout.HBox.setHgrow(grow, javafx.scene.layout.Priority.ALWAYS);
        javafx.scene.layout.HBox bar = new javafx.scene.layout.HBox(10, statusLabel, grow, cancelButton, saveButton);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        bar.setPadding(new javafx.geometry.Insets(10, 0, 0, 0));
        return bar;
    }

    /** After a refused save: the topmost field with an error comes into view and gets the focus. */
    public void revealFirstError(String fallbackField) {
        Optional<Control> first = controls.entrySet().stream()
                .filter(e -> errors.containsKey(e.getKey()))
                .map(Map.Entry::getValue)
                .min(Comparator.<Control>comparingDouble(c -> c.localToScene(c.getBoundsInLocal()).getMinY())
                        .thenComparingDouble(c -> c.localToScene(c.getBoundsInLocal()).getMinX()));
        if (first.isEmpty() && !errors.isEmpty() && fallbackField != null) {
            first = Optional.ofNullable(controls.get(fallbackField));
        }
        first.ifPresent(c -> Platform.runLater(() -> {
            // after the click has been handled, or the button would keep the focus
            Fx.scrollIntoView(c);
            c.requestFocus();
        }));
    }
}
