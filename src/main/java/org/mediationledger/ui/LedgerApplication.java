package org.mediationledger.ui;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BiFunction;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.image.Image;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.mediationledger.model.Messages;
import org.mediationledger.service.ReferenceData;
import org.mediationledger.service.Services;
import org.mediationledger.ui.shell.MainWindow;

/**
 * The window. Opens the data file in the background (a locked or unreadable file gets a sentence, not a trace),
 * offers the demo township on an empty file, then shows the main window where it was last time.
 */
public final class LedgerApplication extends Application {
    /** What the composition root hands over before launch (JavaFX creates this class itself). */
    public record Launch(BiFunction<Path, Messages, Services> opener, Path database, String language, UiPreferences prefs) {
    }

    private static Launch launch;
    private final FxTaskExecutor executor = new FxTaskExecutor();
    private Services services;

    public static void start(Launch l) {
        launch = l;
        Application.launch(LedgerApplication.class);
    }

    @Override
    public void start(Stage stage) {
        Messages m = Messages.forLanguage(launch.language());
        stage.setTitle(m.get("app.title"));
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            InputStream in = LedgerApplication.class.getResourceAsStream("/icons/icon-" + size + ".png");
            if (in != null) {
                stage.getIcons().add(new Image(in));
            }
        }
        ProgressIndicator spinner = new ProgressIndicator();
        VBox opening = new VBox(12, spinner, new Label(m.get("app.opening")));
        opening.setAlignment(Pos.CENTER);
        Scene scene = new Scene(opening);
        Theme.apply(scene);
        stage.setScene(scene);
        launch.prefs().restore(stage);
        stage.show();
        executor.run(() -> launch.opener().apply(launch.database(), m), opened -> {
            services = opened;
            firstRun(stage, m);
        }, failure -> {
            Alert a = new Alert(Alert.AlertType.ERROR, Errors.sentence(m, failure), Fx.ok(m));
            a.setHeaderText(m.get("app.cannotOpen"));
            a.initOwner(stage);
            a.showAndWait();
            Platform.exit();
        });
        stage.setOnCloseRequest(e -> launch.prefs().remember(stage));
    }

    private void firstRun(Stage stage, Messages m) {
        executor.run(() -> services.demo().isEmpty(), empty -> {
            if (!empty) {
                showMain(stage, m);
                return;
            }
            Optional<FirstRunDialog.Choice> choice = new FirstRunDialog(m, stage).showAndWait();
            executor.run(() -> {
                if (choice.isEmpty() || choice.get().loadDemo()) {
                    services.demo().load();
                } else {
                    services.settings().setTownship(choice.get().township());
                }
                return null;
            }, done -> showMain(stage, m), failure -> {
                Errors.show(stage, m, failure);
                showMain(stage, m);
            });
        }, failure -> Errors.show(stage, m, failure));
    }

    private void showMain(Stage stage, Messages m) {
        executor.run(() -> services.reference().load(), (ReferenceData ref) -> {
            MainWindow main = new MainWindow(services, executor, m, ref, launch.language(), launch.prefs()::setLanguage);
            stage.getScene().setRoot(main);
            main.installShortcuts();
            stage.setTitle(m.get("app.titleWithTownship", ref.township()));
        }, failure -> Errors.show(stage, m, failure));
    }

    @Override
    public void stop() {
        executor.shutdown();
        if (services != null) {
            services.close();
        }
    }
}
