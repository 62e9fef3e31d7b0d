package org.mediationledger.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The floor for the window's start: a bare JavaFX window with one label, shown and drawn, then closed. */
public class BareWindow extends Application {
    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(new Label("矛盾纠纷调处台账")), 1100, 700));
        stage.show();
        Platform.runLater(() -> Platform.runLater(() -> {
            System.out.println("PROBE usable");
            System.out.flush();
            Platform.exit();
        }));
    }

    /** Started through a class that is no Application, as the program is (JavaFX on the class path). */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(BareWindow.class, args);
        }
    }
}
