package org.mediationledger.ui.shell;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.mediationledger.model.Messages;

/** An area that a later version fills; says so plainly instead of showing an empty screen. */
final class PlaceholderView extends VBox {
    PlaceholderView(Messages m, String titleKey, String textKey) {
        super(12);
        getStyleClass().add("page");
        Label title = new Label(m.get(titleKey));
        title.getStyleClass().add("page-title");
        Label text = new Label(m.get(textKey));
        text.setWrapText(true);
        text.getStyleClass().add("hint");
        getChildren().setAll(title, text);
    }
}
