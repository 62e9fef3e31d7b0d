package org.mediationledger.ui.settings;

import java.util.function.Function;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;

/**
 * The outcome of a row of a sheet being imported (the units' sheet, an old register): its sentence wrapped on two
 * lines where it must, in full in a tooltip, coloured by the row's outcome (style class import-new, import-present or
 * import-error).
 */
final class ImportOutcomeCell<L> extends TableCell<L, String> {
    private final Function<L, String> styleClass;

    /** @param styleClass the row's style class: import-new, import-present or import-error */
    ImportOutcomeCell(Function<L, String> styleClass) {
        this.styleClass = styleClass;
        setWrapText(true);
    }

    @Override
    protected void updateItem(String text, boolean empty) {
        super.updateItem(text, empty);
        setText(empty ? null : text);
        setTooltip(empty || text == null ? null : new Tooltip(text));
        L line = empty || getTableRow() == null ? null : getTableRow().getItem();
        getStyleClass().removeAll("import-error", "import-new", "import-present");
        if (line != null) {
            getStyleClass().add(styleClass.apply(line));
        }
    }
}
