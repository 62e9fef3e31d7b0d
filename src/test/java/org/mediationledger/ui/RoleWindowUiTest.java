package org.mediationledger.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.mediationledger.TestData;
import org.mediationledger.model.AccountRole;
import org.mediationledger.service.Services;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The window as a leader sees it on a ledger with accounts: their matters and supervision, the figures — no register,
 * no screening entry, no villages or staff to change, no backups; then as a village user; a clerk and a mediator.
 */
class RoleWindowUiTest extends UiTestBase {

    @Start
    void start(Stage stage) throws java.io.IOException {
        open(stage, dir -> {
            Services s = TestData.withDemo(dir);
            s.accounts().createFirstAdmin("admin", "admin-pass-1".toCharArray());
            var east = s.reference().load().units().get(0).id();
            s.accounts().add("leader", AccountRole.LEADER, null, null, "first-pass-1".toCharArray());
            s.accounts().add("village", AccountRole.VILLAGE, east, null, "first-pass-1".toCharArray());
            s.accounts().add("clerk", AccountRole.CLERK, null, null, "first-pass-1".toCharArray());
            s.accounts().add("mediator", AccountRole.MEDIATOR, null, null, "first-pass-1".toCharArray());
            s.accounts().login("leader", "first-pass-1".toCharArray());
            s.accounts().changePassword("first-pass-1".toCharArray(), "own-pass-22".toCharArray());
            return s;
        });
    }

    private static boolean showing(FxRobot robot, String id) {
        Node n = robot.lookup("#" + id).tryQuery().orElse(null);
        return n != null && n.isVisible() && n.isManaged();
    }

    @Test
    void aLeaderSeesTheirWorkAndAVillageUserTheirVillage(FxRobot robot) {
        robot.clickOn("#nav-leader");
        waitUntil(() -> robot.lookup("#leader-supervise").tryQuery().isPresent());
        assertThat(showing(robot, "leader-supervise")).isTrue();
        assertThat(showing(robot, "leader-close")).isTrue();
        assertThat(showing(robot, "leader-assign")).as("assigning is the office's").isFalse();
        robot.clickOn("#nav-cases");
        waitUntil(() -> robot.lookup("#new-case").tryQuery().isPresent());
        assertThat(showing(robot, "new-case")).isFalse();
        robot.clickOn("#nav-screening");
        waitUntil(() -> robot.lookup("#record-round").tryQuery().isPresent());
        assertThat(showing(robot, "record-round")).isFalse();
        robot.clickOn("#nav-settings");
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        assertThat(tabs.getTabs()).hasSize(1).as("basics only: language");
        assertThat(showing(robot, "save-basics")).isFalse();
        assertThat(robot.lookup("#setting-user").query().isDisabled()).as("the name comes from the login").isTrue();

        // the same ledger as a village user: their village's work, no leader work, no settings to change
        services.accounts().login("village", "first-pass-1".toCharArray());
        services.accounts().changePassword("first-pass-1".toCharArray(), "own-pass-22".toCharArray());
        reopenWindow(robot);
        robot.clickOn("#nav-cases");
        waitUntil(() -> robot.lookup("#new-case").tryQuery().isPresent());
        assertThat(showing(robot, "new-case")).isTrue();
        @SuppressWarnings("unchecked")
        javafx.scene.control.TableView<org.mediationledger.model.CaseSummary> cases =
                robot.lookup("#case-table").queryAs(javafx.scene.control.TableView.class);
        String east = services.reference().load().units().get(0).name();
        waitUntil(() -> !cases.getItems().isEmpty());
        assertThat(cases.getItems()).as("a village user's list: their own village only")
                .allSatisfy(c -> assertThat(c.unitName()).isEqualTo(east));
        robot.clickOn("#nav-screening");
        waitUntil(() -> robot.lookup("#record-round").tryQuery().isPresent());
        assertThat(showing(robot, "record-round")).isTrue();
        robot.clickOn("#nav-leader");
        waitUntil(() -> robot.lookup("#leader-supervise").tryQuery().isPresent());
        assertThat(showing(robot, "leader-supervise")).isFalse();
    }

    @Test
    void aClerkDoesTheOfficesWorkWithoutAccountsAndAMediatorCasesAndScreeningOnly(FxRobot robot) {
        services.accounts().login("clerk", "first-pass-1".toCharArray());
        services.accounts().changePassword("first-pass-1".toCharArray(), "own-pass-22".toCharArray());
        reopenWindow(robot);
        robot.clickOn("#nav-cases");
        waitUntil(() -> robot.lookup("#new-case").tryQuery().isPresent());
        assertThat(showing(robot, "new-case")).isTrue();
        robot.clickOn("#nav-leader");
        waitUntil(() -> robot.lookup("#leader-assign").tryQuery().isPresent());
        assertThat(showing(robot, "leader-assign")).isTrue();
        robot.clickOn("#nav-settings");
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        assertThat(tabs.getTabs()).extracting(t -> t.getText())
                .contains("村（居）与网格", "人员", "数据备份", "历史记录").doesNotContain("账户");

        services.accounts().login("mediator", "first-pass-1".toCharArray());
        services.accounts().changePassword("first-pass-1".toCharArray(), "own-pass-22".toCharArray());
        reopenWindow(robot);
        robot.clickOn("#nav-cases");
        waitUntil(() -> robot.lookup("#new-case").tryQuery().isPresent());
        assertThat(showing(robot, "new-case")).isTrue();
        robot.clickOn("#nav-screening");
        waitUntil(() -> robot.lookup("#record-round").tryQuery().isPresent());
        assertThat(showing(robot, "record-round")).isTrue();
        robot.clickOn("#nav-leader");
        waitUntil(() -> robot.lookup("#leader-supervise").tryQuery().isPresent());
        assertThat(showing(robot, "leader-assign")).isFalse();
        assertThat(showing(robot, "leader-supervise")).isFalse();
        robot.clickOn("#nav-settings");
        TabPane mediatorTabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        assertThat(mediatorTabs.getTabs()).hasSize(1);
    }
}
