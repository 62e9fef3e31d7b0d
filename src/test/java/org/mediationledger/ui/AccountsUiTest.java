package org.mediationledger.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.mediationledger.TestData;
import org.mediationledger.model.Account;
import org.mediationledger.model.CaseFilter;
import org.mediationledger.service.Services;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Settings → 账户 as an administrator uses it: an account added through the window logs in and reads the encrypted
 * numbers; a reset password too; a new recovery key is shown once, and the old one stops working.
 */
class AccountsUiTest extends UiTestBase {
    private String firstKey;

    @Start
    void start(Stage stage) throws java.io.IOException {
        open(stage, dir -> {
            Services s = TestData.withDemo(dir);
            s.accounts().createFirstAdmin("admin", "admin-pass-1".toCharArray());
            firstKey = s.accounts().takeRecoveryKey().orElseThrow();
            return s;
        });
    }

    @Test
    void anAdministratorAddsAnAccountResetsAPasswordAndMakesANewRecoveryKey(FxRobot robot) {
        robot.clickOn("#nav-settings");
        robot.clickOn("#settings-tab-accounts");
        @SuppressWarnings("unchecked")
        TableView<Account> table = robot.lookup("#accounts-table").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 1);

        robot.clickOn("#accounts-add");
        robot.clickOn("#account-name").write("chen");
        robot.clickOn("#account-password").write("short");
        robot.clickOn("#account-again").write("short");
        robot.clickOn(TestData.ZH.get("action.ok"));
        Label error = robot.lookup("#account-error").queryAs(Label.class);
        assertThat(error.getText()).isEqualTo("密码至少 8 位");
        robot.doubleClickOn("#account-password").eraseText(5).write("temp-pass-1");
        robot.doubleClickOn("#account-again").eraseText(5).write("temp-pass-1");
        robot.clickOn(TestData.ZH.get("action.ok"));
        waitUntil(() -> table.getItems().size() == 2);
        assertThat(robot.lookup("#accounts-message").queryAs(Label.class).getText()).contains("已添加账户：chen");

        String someId = firstIdNumber();
        services.accounts().login("chen", "temp-pass-1".toCharArray());
        assertThat(firstIdNumber()).as("the new account opens the encrypted numbers").isEqualTo(someId);
        services.accounts().login("admin", "admin-pass-1".toCharArray());

        robot.clickOn("chen");
        robot.clickOn("#accounts-reset");
        robot.clickOn("#account-password").write("reset-pass-2");
        robot.clickOn("#account-again").write("reset-pass-2");
        robot.clickOn(TestData.ZH.get("action.ok"));
        waitUntil(() -> robot.lookup("#accounts-message").queryAs(Label.class).getText().contains("已重设"));
        services.accounts().login("chen", "reset-pass-2".toCharArray());
        assertThat(firstIdNumber()).isEqualTo(someId);
        services.accounts().login("admin", "admin-pass-1".toCharArray());

        robot.clickOn("#accounts-recovery");
        robot.type(javafx.scene.input.KeyCode.ENTER); // the confirmation's default button
        waitUntil(() -> robot.lookup("#recovery-key").tryQuery().isPresent());
        String newKey = robot.lookup("#recovery-key").queryAs(TextField.class).getText();
        assertThat(newKey).matches("([0-9A-Z]{4}-){7}[0-9A-Z]{4}").isNotEqualTo(firstKey);
        robot.clickOn("#recovery-done");
        waitUntil(() -> robot.lookup("#recovery-key").tryQuery().isEmpty());
        services.accounts().recover("admin", newKey, "admin-pass-2".toCharArray());
        assertThat(firstIdNumber()).isEqualTo(someId);
    }

    private String firstIdNumber() {
        return services.cases().search(CaseFilter.all(), 0, 20).rows().stream()
                .flatMap(c -> services.cases().get(c.id()).orElseThrow().draft().parties().stream())
                .map(p -> p.idNumber()).filter(x -> x != null).findFirst().orElseThrow();
    }
}
