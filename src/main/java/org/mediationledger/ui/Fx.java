package org.mediationledger.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.util.StringConverter;

/** Small helpers the views share: ISO dates, combo boxes that show names, field error labels. */
public final class Fx {
    public static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;

    private Fx() {
    }

    /** Dates as 2026-11-26; text that is no date gives null (the view model says so beside the field). */
    public static void isoDates(DatePicker picker) {
        // a format hint, not a date: a grey "2026-11-26" in an empty box read like a date already filled in
        picker.setPromptText(java.util.Locale.getDefault().getLanguage().equals("zh") ? "年-月-日" : "yyyy-mm-dd");
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return d == null ? "" : ISO.format(d);
            }

            @Override
            public LocalDate fromString(String s) {
                if (s == null || s.isBlank()) {
                    return null;
                }
                try {
                    return LocalDate.parse(s.strip(), ISO);
                } catch (DateTimeParseException e) {
                    return null;
                }
            }
        });
    }

    public static <T> void named(ComboBox<T> box, Function<T, String> name, String emptyText) {
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? emptyText : name.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        box.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? emptyText : name.apply(item));
            }
        });
        box.setButtonCell(box.getCellFactory().call(null));
    }

    /** Scrolls the nearest ScrollPane around the node so that the node shows (with a little room above). */
    public static void scrollIntoView(javafx.scene.Node node) {
        javafx.scene.Node n = node.getParent();
        while (n != null && !(n instanceof javafx.scene.control.ScrollPane)) {
            n = n.getParent();
        }
        if (!(n instanceof javafx.scene.control.ScrollPane scroll) || scroll.getContent() == null) {
            return;
        }
        javafx.scene.Node content = scroll.getContent();
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (contentHeight <= viewport) {
            return;
        }
        double y = content.sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY() - 60;
        scroll.setVvalue(Math.max(0, Math.min(1, y / (contentHeight - viewport))));
    }

    /** Dialog buttons in the program's language, whatever the PC's own language is. */
    public static javafx.scene.control.ButtonType ok(org.mediationledger.model.Messages m) {
        return new javafx.scene.control.ButtonType(m.get("action.ok"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
    }

    public static javafx.scene.control.ButtonType cancel(org.mediationledger.model.Messages m) {
        return new javafx.scene.control.ButtonType(m.get("action.cancel"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    /**
     * A small dialog's form: label and control in rows, the error line under them, 确定 and 取消. 确定 stays in
     * the dialog while {@code problem} gives a sentence (shown in the error line); it closes when it gives "".
     *
     * @param labelsAndControls a label's text, then its control, for each row
     * @return the 确定 button type, for the dialog's result converter
     */
    public static javafx.scene.control.ButtonType form(javafx.scene.control.Dialog<?> d, org.mediationledger.model.Messages m,
                                                       Label error, java.util.function.Supplier<String> problem,
                                                       Object... labelsAndControls) {
        javafx.scene.layout.GridPane g = new javafx.scene.layout.GridPane();
        g.setHgap(10);
        g.setVgap(8);
        for (int i = 0; i < labelsAndControls.length; i += 2) {
            g.addRow(i / 2, new Label((String) labelsAndControls[i]), (javafx.scene.Node) labelsAndControls[i + 1]);
        }
        g.add(error, 1, labelsAndControls.length / 2);
        d.getDialogPane().setContent(padded(g));
        javafx.scene.control.ButtonType ok = ok(m);
        d.getDialogPane().getButtonTypes().setAll(ok, cancel(m));
        d.getDialogPane().lookupButton(ok).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            String sentence = problem.get();
            if (!sentence.isEmpty()) {
                error.setText(sentence);
                e.consume();
            }
        });
        return ok;
    }

    /**
     * Dialog content with room around it. The theme styles a dialog pane's content node and ignores padding set
     * in code there, so the padding goes inline on a wrapper.
     */
    public static javafx.scene.layout.StackPane padded(javafx.scene.Node content) {
        javafx.scene.layout.StackPane box = new javafx.scene.layout.StackPane(content);
        box.setStyle("-fx-padding: 12 18 4 18;");
        return box;
    }

    public static Label errorLabel() {
        Label l = new Label();
        l.getStyleClass().add("field-error");
        l.setWrapText(true);
        l.managedProperty().bind(l.textProperty().isNotEmpty());
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        return l;
    }

    /**
     * A dialog's sentence under its fields (an {@link #errorLabel()}): the dialog grows to show it whole, buttons
     * included, and shrinks back when it is cleared.
     */
    public static Label dialogError(javafx.scene.control.Dialog<?> d) {
        Label l = errorLabel();
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        l.textProperty().addListener((o, was, now) -> javafx.application.Platform.runLater(() -> {
            if (d.getDialogPane().getScene() != null) {
                d.getDialogPane().getScene().getWindow().sizeToScene();
            }
        }));
        return l;
    }

    /** A read-only text column: title, the text of a row, and a preferred width (0: the table decides). */
    public static <T> javafx.scene.control.TableColumn<T, String> column(String title, Function<T, String> text, double width) {
        javafx.scene.control.TableColumn<T, String> c = new javafx.scene.control.TableColumn<>(title);
        c.setCellValueFactory(x -> new javafx.beans.property.ReadOnlyStringWrapper(text.apply(x.getValue())));
        if (width > 0) {
            c.setPrefWidth(width);
        }
        return titleFits(c);
    }

    /**
     * A column never narrower than its title (English titles are long: "Responsible person" was cut to "Res…"); a
     * table too wide for the window scrolls sideways instead.
     */
    public static <T extends javafx.scene.control.TableColumn<?, ?>> T titleFits(T c) {
        javafx.scene.text.Text t = new javafx.scene.text.Text(c.getText() == null ? "" : c.getText());
        t.setFont(javafx.scene.text.Font.font(null, javafx.scene.text.FontWeight.BOLD, 14));
        double need = Math.ceil(t.getLayoutBounds().getWidth()) + 26;
        c.setMinWidth(need);
        if (c.getPrefWidth() < need) {
            c.setPrefWidth(need);
        }
        return c;
    }

    /** A bar chart of counts: whole numbers on its axis only, no animation. */
    public static javafx.scene.chart.BarChart<String, Number> countChart() {
        javafx.scene.chart.NumberAxis axis = new javafx.scene.chart.NumberAxis();
        axis.setMinorTickVisible(false);
        axis.setTickLabelFormatter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Number n) {
                return n.doubleValue() == Math.rint(n.doubleValue()) ? String.valueOf(n.intValue()) : "";
            }

            @Override
            public Number fromString(String text) {
                return Integer.valueOf(text);
            }
        });
        javafx.scene.chart.BarChart<String, Number> c = new javafx.scene.chart.BarChart<>(new javafx.scene.chart.CategoryAxis(), axis);
        c.setAnimated(false);
        c.setCategoryGap(24);
        return c;
    }

    /**
     * Asks before something typed is thrown away. "继续填写" (keep editing) is the default button, so Enter or Esc
     * loses nothing; true only when the clerk chose to discard.
     */
    public static boolean confirmDiscard(javafx.stage.Window owner, org.mediationledger.model.Messages m, String questionKey) {
        return confirm(owner, m, m.get(questionKey), m.get("form.discard"), "confirm-discard");
    }

    /**
     * Asks before a step that destroys something, naming it; the safe answer ("继续填写" / keep) is the default, so
     * Enter or Esc changes nothing. True only when the clerk chose the action.
     */
    public static boolean confirm(javafx.stage.Window owner, org.mediationledger.model.Messages m, String question, String action,
                                  String actionId) {
        return confirm(owner, m, question, action, actionId, m.get("form.keepEditing"));
    }

    /** @param keepLabel the safe answer's words where no form is being filled in ("取消") */
    public static boolean confirm(javafx.stage.Window owner, org.mediationledger.model.Messages m, String question, String action,
                                  String actionId, String keepLabel) {
        javafx.scene.control.ButtonType yes = new javafx.scene.control.ButtonType(action, javafx.scene.control.ButtonBar.ButtonData.OTHER);
        javafx.scene.control.ButtonType keep = new javafx.scene.control.ButtonType(keepLabel,
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        javafx.scene.control.Alert a = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION, question, yes, keep);
        a.setTitle(m.get("form.discardTitle"));
        a.setHeaderText(null);
        if (owner != null) {
            a.initOwner(owner);
        }
        ((javafx.scene.control.Button) a.getDialogPane().lookupButton(keep)).setDefaultButton(true);
        a.getDialogPane().lookupButton(yes).setId(actionId);
        a.getDialogPane().lookupButton(keep).setId("keep-editing");
        return a.showAndWait().filter(b -> b == yes).isPresent();
    }

    /**
     * The language of JavaFX's own words (the titles of confirmation and message dialogs, the date picker's months)
     * follows the interface language: Chinese unless English was chosen.
     */
    /**
     * Every dialog (a window other than the main one) takes its content's size once on screen: some window managers
     * (openbox) shrink a new window to its minimum when they map it, which cut dialogs off. Call once at start.
     */
    public static void keepDialogsWhole(javafx.stage.Window main) {
        javafx.stage.Window.getWindows().addListener((javafx.collections.ListChangeListener<javafx.stage.Window>) c -> {
            while (c.next()) {
                for (javafx.stage.Window w : c.getAddedSubList()) {
                    if (w != main && w instanceof javafx.stage.Stage stage && stage.getOwner() != null) {
                        javafx.application.Platform.runLater(() -> {
                            if (stage.isShowing() && !stage.isMaximized() && stage.getScene() != null
                                    && stage.getScene().getRoot() != null) {
                                javafx.scene.Parent root = stage.getScene().getRoot();
                                double w0 = Math.max(root.prefWidth(-1), root.minWidth(-1));
                                double h0 = Math.max(root.prefHeight(w0), root.minHeight(w0));
                                double frameW = stage.getWidth() - stage.getScene().getWidth();
                                double frameH = stage.getHeight() - stage.getScene().getHeight();
                                javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
                                // only ever grows it, and never past the screen; the window manager maps a window at its
                                // minimum, so the content's size becomes the minimum
                                if (stage.getScene().getWidth() < w0 - 1) {
                                    stage.setMinWidth(Math.min(w0 + frameW, screen.getWidth()));
                                    stage.setWidth(Math.min(w0 + frameW, screen.getWidth()));
                                }
                                if (stage.getScene().getHeight() < h0 - 1) {
                                    stage.setMinHeight(Math.min(h0 + frameH, screen.getHeight()));
                                    stage.setHeight(Math.min(h0 + frameH, screen.getHeight()));
                                }
                            }
                        });
                    }
                }
            }
        });
    }

    public static void useLanguage(String language) {
        java.util.Locale.setDefault("en".equals(language) ? java.util.Locale.ENGLISH : java.util.Locale.SIMPLIFIED_CHINESE);
    }

    /**
     * As in form software: Tab (Shift+Tab) in a text area moves to the next (previous) field instead of typing a tab;
     * Enter still breaks the line.
     */
    public static javafx.scene.control.TextArea tabMovesFocus(javafx.scene.control.TextArea area) {
        area.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.TAB && !e.isControlDown()) {
                e.consume();
                // a text area moves the focus on Ctrl+Tab: the same key with Ctrl does it
                area.fireEvent(new javafx.scene.input.KeyEvent(e.getSource(), e.getTarget(), e.getEventType(), e.getCharacter(),
                        e.getText(), e.getCode(), e.isShiftDown(), true, e.isAltDown(), e.isMetaDown()));
            }
        });
        return area;
    }
}
