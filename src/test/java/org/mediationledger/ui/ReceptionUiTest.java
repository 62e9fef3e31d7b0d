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
import org.mediationledger.model.ReceptionMatter;
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

    @Test
    void aPetitionsProgressIsRecordedAndAMatterOpensAPrefilledCase(FxRobot robot) {
        java.time.LocalDate day = java.time.LocalDate.of(2026, 11, 2);
        services.reception().add(new ReceptionDay(null, day, services.reference().load().withRole(StaffRole.LEADER).get(0).id(), null,
                java.util.List.of(ReceptionMatter.brought("王某", "13812345678", 3, "承包地被占", MatterHandling.PETITION, null, day, null),
                        ReceptionMatter.brought("赵某", null, 2, "邻里排水纠纷", MatterHandling.CASE_OPENED, null, day, null))));
        robot.clickOn("#nav-leader");
        robot.clickOn("领导接访日");
        TableView<ReceptionDay> days = robot.lookup("#reception-days").queryTableView();
        waitUntil(() -> days.getItems().size() == 1);
        // not routed by 17 November: in the late list
        TableView<?> late = robot.lookup("#reception-late").queryTableView();
        waitUntil(() -> late.getItems().size() == 1);

        robot.interact(() -> days.getSelectionModel().select(0));
        TableView<ReceptionMatter> matters = robot.lookup("#reception-matters").queryTableView();
        waitUntil(() -> matters.getItems().size() == 2);
        robot.interact(() -> matters.getSelectionModel().select(0));
        robot.clickOn("#reception-progress");
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        // a reply before acceptance: the dialog stays open and says why
        robot.interact(() -> {
            ((javafx.scene.control.DatePicker) byId(robot, "p-matter.acceptedDate")).setValue(day.plusDays(3));
            ((javafx.scene.control.DatePicker) byId(robot, "p-matter.routedDate")).setValue(day.plusDays(5));
            ((javafx.scene.control.DatePicker) byId(robot, "p-matter.repliedDate")).setValue(day.plusDays(1));
        });
        robot.clickOn("确定");
        assertThat(robot.lookup("#path-dialog-error").queryAs(Label.class).getText()).isEqualTo("答复日期：不能早于 2026-11-05。");
        robot.interact(() -> ((javafx.scene.control.DatePicker) byId(robot, "p-matter.repliedDate")).setValue(null));
        robot.clickOn("确定");

        waitUntil(() -> late.getItems().isEmpty());
        waitUntil(() -> matters.getItems().size() == 2 && matters.getItems().get(0).acceptedDate() != null);
        assertThat(robot.lookup(".table-cell").queryAll()).anySatisfy(n ->
                assertThat(((javafx.scene.control.Labeled) n).getText()).isEqualTo("已受理，应于 2027-01-04 前答复"));

        robot.interact(() -> matters.getSelectionModel().select(1));
        robot.clickOn("#reception-open-case");
        waitUntil(() -> robot.lookup("#case-form").tryQuery().isPresent());
        assertThat(((TextArea) byId(robot, "f-summary")).getText()).isEqualTo("邻里排水纠纷");
        assertThat(((TextField) byId(robot, "f-parties[0].name")).getText()).isEqualTo("赵某");
    }
}
