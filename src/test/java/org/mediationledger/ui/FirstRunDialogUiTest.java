package org.mediationledger.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mediationledger.TestData;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The first-run question on a new, real file: Enter never loads the demo township; it starts blank once a name is typed. */
@ExtendWith(ApplicationExtension.class)
class FirstRunDialogUiTest {
    Stage stage;
    FirstRunDialog dialog;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @Test
    void enterNeverLoadsTheDemo(FxRobot robot) {
        robot.interact(() -> {
            dialog = new FirstRunDialog(TestData.ZH, stage);
            dialog.show();
        });
        robot.clickOn("#first-run-demo"); // a click on its own button is the one way to the demo
        robot.interact(() -> { });
        assertThat(dialog.getResult()).isNotNull();
        assertThat(dialog.getResult().loadDemo()).isTrue();

        robot.interact(() -> {
            dialog = new FirstRunDialog(TestData.ZH, stage);
            dialog.show();
            dialog.getDialogPane().lookupButton(dialog.getDialogPane().getButtonTypes().get(1)).requestFocus();
        });
        robot.type(KeyCode.ENTER);
        assertThat(dialog.isShowing()).as("Enter with no name does nothing").isTrue();
        assertThat(dialog.getResult()).isNull();
        TextField name = robot.lookup("#first-run-township").queryAs(TextField.class);
        robot.interact(() -> {
            name.setText("白沙镇");
            robot.lookup("#first-run-user").queryAs(TextField.class).setText("王晓燕");
        });
        robot.interact(() -> dialog.getDialogPane().lookupButton(dialog.getDialogPane().getButtonTypes().get(1)).requestFocus());
        robot.type(KeyCode.ENTER);
        assertThat(dialog.isShowing()).isFalse();
        assertThat(dialog.getResult().loadDemo()).isFalse();
        assertThat(dialog.getResult().township()).isEqualTo("白沙镇");
        assertThat(dialog.getResult().userName()).isEqualTo("王晓燕");
    }

    /** Accounts from the first start: the person typed becomes the administrator once a password is typed twice. */
    @Test
    void accountsFromTheFirstStart(FxRobot robot) {
        robot.interact(() -> {
            dialog = new FirstRunDialog(TestData.ZH, stage);
            dialog.show();
            robot.lookup("#first-run-township").queryAs(TextField.class).setText("白沙镇");
            robot.lookup("#first-run-user").queryAs(TextField.class).setText("王晓燕");
        });
        robot.clickOn("#first-run-accounts");
        javafx.scene.Node blank = robot.lookup("#first-run-blank").query();
        assertThat(blank.isDisabled()).as("no password yet").isTrue();
        assertThat(robot.lookup("#first-run-password-hint").queryAs(javafx.scene.control.Label.class).getText()).contains("至少 8 位");
        robot.clickOn("#first-run-password").write("abc12345");
        robot.clickOn("#first-run-password-again").write("abc1234");
        assertThat(blank.isDisabled()).as("the two differ").isTrue();
        robot.write("5");
        assertThat(blank.isDisabled()).isFalse();
        robot.clickOn("#first-run-blank");
        assertThat(dialog.getResult().userName()).isEqualTo("王晓燕");
        assertThat(new String(dialog.getResult().adminPassword())).isEqualTo("abc12345");
    }
}
