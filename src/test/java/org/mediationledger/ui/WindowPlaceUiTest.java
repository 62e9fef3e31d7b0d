package org.mediationledger.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@org.junit.jupiter.api.extension.ExtendWith(ApplicationExtension.class)
class WindowPlaceUiTest {
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        stage.show();
    }

    @Test
    void theWindowComesBackWhereItWasAndTheLanguageIsKept(FxRobot robot) {
        Path file = dir.resolve("ui.properties");
        robot.interact(() -> {
            Stage first = new Stage();
            first.setX(120);
            first.setY(80);
            first.setWidth(1000);
            first.setHeight(700);
            UiPreferences prefs = new UiPreferences(file);
            prefs.remember(first);
            prefs.setLanguage("en");
        });
        assertThat(Files.exists(file)).isTrue();
        Stage[] again = new Stage[1];
        robot.interact(() -> {
            again[0] = new Stage();
            new UiPreferences(file).restore(again[0]);
        });
        assertThat(again[0].getX()).isEqualTo(120);
        assertThat(again[0].getY()).isEqualTo(80);
        assertThat(again[0].getWidth()).isEqualTo(1000);
        assertThat(again[0].getHeight()).isEqualTo(700);
        assertThat(new UiPreferences(file).language("zh")).isEqualTo("en");
        assertThat(new UiPreferences(dir.resolve("none.properties")).language("zh")).isEqualTo("zh");
    }
}
