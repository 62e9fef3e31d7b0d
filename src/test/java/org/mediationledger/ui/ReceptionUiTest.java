package org.mediationledger.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.mediationledger.model.MatterHandling;
import org.mediationledger.model.ReceptionDay;
import org.mediationledger.model.Staff;
import org.mediationledger.model.StaffRole;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** A reception day is recorded and a visitor's petition is registered on it; phones stay masked in the list. */
class ReceptionUiTest extends UiTestBase {

    @Start
    void start(Stage stage) throws java.io.IOException {
        open(stage);
    }

    @Test
    @SuppressWarnings("unchecked")
    void recordADayAndAVisitorsPetition(FxRobot robot) {
        Staff lin = services.reference().load().withRole(StaffRole.LEADER).get(0);
        robot.clickOn("#nav-leader");
        robot.clickOn("领导接访日");
        robot.clickOn("#reception-add-day");
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.interact(() -> ((ComboBox<Staff>) robot.lookup("#p-receptionLeader").query()).setValue(lin));
        robot.clickOn("确定");
        TableView<ReceptionDay> days = robot.lookup("#reception-days").queryTableView();
        waitUntil(() -> days.getItems().size() == 1);

        robot.interact(() -> days.getSelectionModel().select(0));
        robot.clickOn("#reception-add-matter");
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.interact(() -> {
            ((TextField) byId(robot, "p-matter.visitorName")).setText("王某");
            ((TextField) byId(robot, "p-matter.visitorPhone")).setText("13812345678");
            ((TextArea) byId(robot, "p-matter.matter")).setText("承包地被占");
            ((ComboBox<MatterHandling>) byId(robot, "p-matter.handling")).setValue(MatterHandling.PETITION);
        });
        robot.clickOn("确定");
        waitUntil(() -> !days.getItems().isEmpty() && days.getItems().get(0).matters().size() == 1);
        assertThat(days.getItems().get(0).matters().get(0).isPetition()).isTrue();
        assertThat(robot.lookup("#reception-message").queryAs(Label.class).getText()).contains("已保存");
        assertThat(robot.lookup(".table-cell").queryAll()).anySatisfy(n ->
                assertThat(((javafx.scene.control.Labeled) n).getText()).contains("王某 138****5678：承包地被占"));
    }
}
