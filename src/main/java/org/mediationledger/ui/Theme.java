package org.mediationledger.ui;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

/** The calm base theme (AtlantaFX Primer Light) and the program's small stylesheet on top. */
public final class Theme {
    private Theme() {
    }

    public static void apply(Scene scene) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        scene.getStylesheets().add(Theme.class.getResource("/ui/app.css").toExternalForm());
    }
}
