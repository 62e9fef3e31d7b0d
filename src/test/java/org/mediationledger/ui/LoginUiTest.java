package org.mediationledger.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mediationledger.TestData;
import org.mediationledger.model.AccountRole;
import org.mediationledger.service.Services;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The login of a ledger with accounts, typed as a person types it: a wrong password, then the first password changed. */
@ExtendWith(ApplicationExtension.class)
class LoginUiTest {
    @TempDir
    static Path dir;
    Stage stage;
    Services services;
    LoginDialog dialog;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 500, 300));
        stage.show();
    }

    @AfterEach
    void close() {
        if (services != null) {
            services.close();
        }
    }

    @Test
    void aWrongPasswordIsASentenceThenAnAdministratorsPasswordIsChangedBeforeTheLedgerOpens(FxRobot robot) {
        services = TestData.withDemo(dir);
        services.accounts().createFirstAdmin("王所长", "admin-pass-1".toCharArray());
        services.accounts().add("李调解", AccountRole.MEDIATOR, null, null, "first-pass-1".toCharArray());
        services.accounts().session().logout();
        FxTaskExecutor executor = new FxTaskExecutor();
        robot.interact(() -> {
            dialog = new LoginDialog(TestData.ZH, stage, executor, services.accounts(), "青山镇");
            dialog.show();
        });
        robot.clickOn("#login-name").write("李调解");
        robot.clickOn("#login-password").write("wrong-pass");
        robot.clickOn("#login-ok");
        Label error = robot.lookup("#login-error").queryAs(Label.class);
        UiTestBase.waitUntil(() -> !error.getText().isEmpty());
        assertThat(error.getText()).contains("用户名或密码不对", "再错 4 次");
        assertThat(dialog.isShowing()).isTrue();

        robot.clickOn("#login-password").write("first-pass-1");
        robot.clickOn("#login-ok");
        UiTestBase.waitUntil(() -> robot.lookup("#login-new-password").tryQuery().isPresent());
        robot.clickOn("#login-new-password").write("own-pass-22");
        robot.clickOn("#login-new-again").write("own-pass-2");
        robot.clickOn("#login-ok");
        UiTestBase.waitUntil(() -> !error.getText().isEmpty());
        assertThat(error.getText()).isEqualTo("两次输入的新密码不一样");
        robot.clickOn("#login-new-again").write("2");
        robot.clickOn("#login-ok");
        UiTestBase.waitUntil(() -> !dialog.isShowing());
        assertThat(dialog.getResult().name()).isEqualTo("李调解");
        assertThat(services.accounts().session().account().orElseThrow().mustChange()).isFalse();
        assertThat(services.settings().userName()).isEqualTo("李调解");
        executor.shutdown();
    }

    @Test
    void anAdministratorWhoForgotThePasswordSetsANewOneWithThePrintedRecoveryKey(FxRobot robot) {
        services = TestData.withDemo(dir.resolve("forgot"));
        services.accounts().createFirstAdmin("王所长", "admin-pass-1".toCharArray());
        String key = services.accounts().takeRecoveryKey().orElseThrow();
        services.accounts().session().logout();
        FxTaskExecutor executor = new FxTaskExecutor();
        robot.interact(() -> {
            dialog = new LoginDialog(TestData.ZH, stage, executor, services.accounts(), "青山镇");
            dialog.show();
        });
        robot.clickOn("#login-name").write("王所长");
        robot.clickOn("#login-forgot");
        waitUntil(() -> robot.lookup("#login-recovery-key").tryQuery().isPresent());
        robot.clickOn("#login-recovery-key").write("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH");
        robot.clickOn("#login-new-password").write("new-pass-33");
        robot.clickOn("#login-new-again").write("new-pass-33");
        robot.clickOn("#login-ok");
        Label error = robot.lookup("#login-error").queryAs(Label.class);
        UiTestBase.waitUntil(() -> !error.getText().isEmpty());
        assertThat(error.getText()).contains("恢复密钥不对");
        robot.doubleClickOn("#login-recovery-key");
        robot.interact(() -> robot.lookup("#login-recovery-key").queryAs(javafx.scene.control.TextField.class).clear());
        robot.clickOn("#login-recovery-key").write(key.toLowerCase());
        robot.clickOn("#login-ok");
        UiTestBase.waitUntil(() -> !dialog.isShowing());
        assertThat(dialog.getResult().name()).isEqualTo("王所长");
        services.accounts().session().logout();
        services.accounts().login("王所长", "new-pass-33".toCharArray());
        executor.shutdown();
    }

    private static void waitUntil(java.util.function.BooleanSupplier c) {
        UiTestBase.waitUntil(c);
    }
}
