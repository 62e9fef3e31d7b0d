package org.mediationledger.ui;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.slf4j.LoggerFactory;

/** Per-PC interface settings (window size and position, language) in a small file beside the data. */
public final class UiPreferences {
    private final Path file;
    private final Properties props = new Properties();

    public UiPreferences(Path file) {
        this.file = file;
        if (Files.isReadable(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                props.load(r);
            } catch (IOException e) {
                LoggerFactory.getLogger(UiPreferences.class).warn("could not read {}", file, e);
            }
        }
    }

    public String language(String fallback) {
        return props.getProperty("language", fallback);
    }

    public void setLanguage(String lang) {
        props.setProperty("language", lang);
        save();
    }

    /**
     * The ledger server this PC last worked on (its address, never a password), or empty when it works on its data
     * file. The window starts on it again, asking the password (issue 18).
     */
    public java.util.Optional<String> server() {
        return java.util.Optional.ofNullable(props.getProperty("server"));
    }

    public void setServer(String address) {
        if (address == null) {
            props.remove("server");
        } else {
            props.setProperty("server", address);
        }
        save();
    }

    /** Puts the window where it was last time, if that place is still on a screen. */
    private double wantedWidth;
    private double wantedHeight;

    public void restore(Stage stage) {
        // a window manager may otherwise give the first window the size of its first content (a spinner)
        stage.setMinWidth(800);
        stage.setMinHeight(560);
        javafx.geometry.Rectangle2D bounds = Screen.getPrimary().getVisualBounds();
        try {
            double x = Double.parseDouble(props.getProperty("window.x"));
            double y = Double.parseDouble(props.getProperty("window.y"));
            double w = Double.parseDouble(props.getProperty("window.width"));
            double h = Double.parseDouble(props.getProperty("window.height"));
            if (!Screen.getScreensForRectangle(x, y, Math.max(w, 1), Math.max(h, 1)).isEmpty()) {
                stage.setX(x);
                stage.setY(y);
            }
            // never larger than the screen it comes back on (a size remembered on a bigger screen)
            stage.setWidth(Math.max(Math.min(w, bounds.getWidth()), 800));
            stage.setHeight(Math.max(Math.min(h, bounds.getHeight()), 560));
            stage.setMaximized(Boolean.parseBoolean(props.getProperty("window.maximized", "false")));
        } catch (NullPointerException | NumberFormatException e) {
            stage.setWidth(Math.min(1280, bounds.getWidth() * 0.95));
            stage.setHeight(Math.min(800, bounds.getHeight() * 0.92));
            stage.centerOnScreen();
        }
        wantedWidth = stage.getWidth();
        wantedHeight = stage.getHeight();
    }

    /**
     * Gives the window again the size it was given, once it is on screen: some window managers (openbox) shrink a
     * new window to its minimum, or to its first content, when they map it.
     */
    public void settle(Stage stage) {
        double w = wantedWidth;
        double h = wantedHeight;
        javafx.application.Platform.runLater(() -> {
            if (!stage.isMaximized()) { // even when it still reads right: the shrink may not have arrived yet
                stage.setWidth(w);
                stage.setHeight(h);
            }
        });
    }

    public void remember(Stage stage) {
        props.setProperty("window.maximized", String.valueOf(stage.isMaximized()));
        if (!stage.isMaximized()) {
            props.setProperty("window.x", String.valueOf(stage.getX()));
            props.setProperty("window.y", String.valueOf(stage.getY()));
            props.setProperty("window.width", String.valueOf(stage.getWidth()));
            props.setProperty("window.height", String.valueOf(stage.getHeight()));
        }
        save();
    }

    private void save() {
        try {
            Files.createDirectories(file.getParent());
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                props.store(w, "Mediation Ledger interface settings");
            }
        } catch (IOException e) {
            LoggerFactory.getLogger(UiPreferences.class).warn("could not write {}", file, e);
        }
    }
}
