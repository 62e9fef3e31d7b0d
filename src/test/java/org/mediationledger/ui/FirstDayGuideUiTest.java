package org.mediationledger.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.mediationledger.TestData;
import org.mediationledger.model.DisputeType;
import org.mediationledger.model.Staff;
import org.mediationledger.model.StaffRole;
import org.mediationledger.model.Unit;
import org.mediationledger.service.Services;
import org.mediationledger.ui.settings.SettingsView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** A blank ledger: the dashboard walks the clerk through villages and grids (from a sheet), people, and a first case. */
class FirstDayGuideUiTest extends UiTestBase {

    @Start
    void start(Stage stage) throws java.io.IOException {
        open(stage, folder -> {
            Services blank = TestData.open(folder);
            blank.settings().setTownship("白沙镇");
            return blank;
        });
    }

    private Path sheet() throws java.io.IOException {
        Path f = dir.resolve("村居网格.csv");
        Files.writeString(f, "白沙镇村（居）及网格\n序号,村（居）名称,类型,网格名称\n1,东岭村,村委会,东岭村第1网格\n2,,,东岭村第2网格\n"
                + "3,河滨社区,居委会,河滨社区第1网格\n4,,,\n5,,,河滨社区第2网格\n");
        return f;
    }

    @Test
    void aBlankLedgerIsSetUpFromASheetThenPeopleThenAFirstCase(FxRobot robot) throws Exception {
        javafx.scene.Node guide = robot.lookup("#first-day-guide").query();
        waitUntil(guide::isVisible);
        assertThat(robot.lookup("#first-day-guide .label").queryAllAs(Label.class)).extracting(Label::getText)
                .anyMatch(t -> t.contains("开始使用")).anyMatch(t -> t.contains("村（居）和网格"));
        assertThat(robot.lookup("#dash-not-screened").queryAs(Label.class).getText()).contains("开始使用");

        // 1. villages and grids from the office's sheet: checked first, then imported
        Path file = sheet();
        // the system's file chooser cannot run headless: the settings page is given the file instead
        robot.clickOn("#nav-settings");
        robot.interact(() -> robot.lookup("#settings").queryAs(SettingsView.class).setSheetPicker(owner -> Optional.of(file)));
        robot.clickOn("#nav-dashboard");
        waitUntil(() -> executor.runningProperty().get() == 0);
        robot.clickOn("#guide-import");
        waitUntil(() -> robot.lookup("#import-rows").tryQuery().isPresent());
        assertThat(robot.lookup("#import-summary").queryAs(Label.class).getText())
                .isEqualTo("将新增 2 个村（居）、4 个网格；0 行已有；1 行有错误，不导入。");
        assertThat(services.reference().load().units()).isEmpty();
        javafx.scene.control.TableView<?> rows = robot.lookup("#import-rows").queryTableView();
        assertThat(rows.getItems()).hasSize(5);
        robot.clickOn("#import-errors-only");
        assertThat(rows.getItems()).hasSize(1); // the row to fix, at one click
        robot.clickOn("#import-errors-only");
        assertThat(rows.getItems()).hasSize(5);
        robot.clickOn("#import-go");
        waitUntil(() -> services.reference().load().units().size() == 2);
        // a grid under a merged (blank) unit cell belongs to the unit above
        assertThat(services.reference().load().grids()).hasSize(4);
        Label message = robot.lookup("#settings-message").queryAs(Label.class);
        waitUntil(() -> message.getText().contains("已导入 2 个村（居）、4 个网格"));
        assertThat(robot.lookup("#settings-units").queryListView().getItems()).hasSize(2);

        // back on the dashboard the first step is done and the second is next
        robot.clickOn("#nav-dashboard");
        waitUntil(() -> robot.lookup("#first-day-guide .label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().contains("已有 2 个村（居）、4 个网格")));
        assertThat(robot.lookup("#guide-import").tryQuery()).isEmpty();

        // 2. people: the guide opens the staff tab
        robot.clickOn("#guide-staff");
        waitUntil(() -> robot.lookup("#settings-staff").tryQuery().map(javafx.scene.Node::isVisible).orElse(false));
        services.reference().saveStaff(new Staff(null, "周调解", StaffRole.MEDIATOR, null, null, 0, null));

        // 3. the first case: the guide opens the intake form
        robot.clickOn("#nav-dashboard");
        waitUntil(() -> robot.lookup("#first-day-guide .label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().contains("已有 1 名人员")));
        robot.clickOn("#guide-case");
        waitUntil(() -> robot.lookup("#case-form").tryQuery().isPresent());
        ComboBox<DisputeType> type = byId(robot, "f-disputeType");
        ComboBox<Unit> unit = byId(robot, "f-unit");
        robot.interact(() -> {
            type.setValue(type.getItems().stream().filter(t -> t.name().equals("邻里")).findFirst().orElseThrow());
            unit.setValue(unit.getItems().stream().filter(u -> u.name().equals("东岭村")).findFirst().orElseThrow());
            ((TextArea) byId(robot, "f-summary")).setText("两户因宅前排水沟堵塞发生争执");
            ((TextField) byId(robot, "f-parties[0].name")).setText("欧阳锋");
            ((TextField) byId(robot, "f-parties[1].name")).setText("洪七公");
            ((TextField) byId(robot, "f-peopleInvolved")).setText("2");
        });
        robot.clickOn("#save-case");
        waitUntil(() -> robot.lookup("#detail-title").tryQuery().map(n -> ((Label) n).getText().contains("（2026）白沙镇人调字第001号"))
                .orElse(false));

        // set up: the guide is gone
        robot.clickOn("#nav-dashboard");
        waitUntil(() -> !guide.isVisible());
        assertThat(guide.isManaged()).isFalse();
    }
}
