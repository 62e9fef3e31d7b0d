package org.mediationledger.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.mediationledger.model.Staff;
import org.mediationledger.model.StaffRole;
import org.mediationledger.ui.leader.LeaderBoardViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** A case is assigned to a leader, a supervision entry is added, and both show on that leader's board. */
class LeaderBoardUiTest extends UiTestBase {

    @Start
    void start(Stage stage) throws java.io.IOException {
        open(stage);
    }

    @Test
    @SuppressWarnings("unchecked")
    void assignSuperviseAndSeeItOnTheLeadersBoard(FxRobot robot) {
        Staff lin = services.reference().load().withRole(StaffRole.LEADER).stream()
                .filter(s -> s.name().equals("林镇长")).findFirst().orElseThrow();
        robot.clickOn("#nav-leader");
        robot.interact(() -> ((ComboBox<Staff>) robot.lookup("#leader-filter").query()).setValue(lin));
        robot.clickOn("#leader-assign");
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.interact(() -> {
            ((TextField) robot.lookup("#p-subject").query()).setText("7");
            ((TextArea) robot.lookup("#p-plan").query()).setText("召集双方及林业站现场勘界");
            ((TextField) robot.lookup("#p-responsiblePerson").query()).setText("赵国庆");
        });
        robot.clickOn("确定");

        TableView<LeaderBoardViewModel.Row> table = robot.lookup("#leader-table").queryTableView();
        waitUntil(() -> table.getItems().size() == 1);
        assertThat(table.getItems().get(0).subject()).isEqualTo("（2026）青山镇人调字第007号");
        assertThat(table.getItems().get(0).assignment().deadline()).isEqualTo(java.time.LocalDate.of(2027, 2, 26));

        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#leader-supervise");
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.interact(() -> ((TextArea) robot.lookup("#p-instruction").query()).setText("一周内拿出勘界结果"));
        robot.clickOn("确定");

        waitUntil(() -> !table.getItems().isEmpty() && !table.getItems().get(0).assignment().supervision().isEmpty());
        assertThat(table.getItems().get(0).assignment().supervision().get(0).instruction()).isEqualTo("一周内拿出勘界结果");
        assertThat(robot.lookup("#leader-summary").queryAs(Label.class).getText()).contains("在办 1 件");
        // another leader's board does not show it
        Staff ma = services.reference().load().withRole(StaffRole.LEADER).stream()
                .filter(s -> s.name().equals("马书记")).findFirst().orElseThrow();
        robot.interact(() -> ((ComboBox<Staff>) robot.lookup("#leader-filter").query()).setValue(ma));
        waitUntil(() -> table.getItems().isEmpty());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aScreeningFindingIsHandedToALeaderFromTheLedger(FxRobot robot) {
        robot.clickOn("#nav-screening");
        robot.clickOn("排查台账");
        TableView<org.mediationledger.model.LedgerRow> ledger = robot.lookup("#ledger-table").queryTableView();
        waitUntil(() -> ledger.getItems().stream().anyMatch(r -> r.findingId() != null));
        var row = ledger.getItems().stream().filter(r -> r.findingId() != null && r.caseId() == null).findFirst().orElseThrow();
        robot.interact(() -> ledger.getSelectionModel().select(row));
        robot.clickOn("#ledger-assign-leader");

        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        TextField subject = (TextField) robot.lookup("#p-subject").query();
        assertThat(subject.getText()).isEqualTo("排查发现：" + row.summary());
        assertThat(subject.isEditable()).isFalse();
        // the finding's village is the responsible unit already
        assertThat(((ComboBox<org.mediationledger.model.Unit>) robot.lookup("#p-unit").query()).getValue().name()).isEqualTo(row.unit());
        Staff gao = services.reference().load().withRole(StaffRole.LEADER).stream()
                .filter(s -> s.name().equals("高副镇长")).findFirst().orElseThrow();
        robot.interact(() -> {
            ((ComboBox<Staff>) robot.lookup("#p-leader").query()).setValue(gao);
            ((TextArea) robot.lookup("#p-plan").query()).setText("约谈双方，一月内化解");
        });
        robot.clickOn("确定");

        TableView<LeaderBoardViewModel.Row> table = robot.lookup("#leader-table").queryTableView();
        waitUntil(() -> table.getItems().size() == 1);
        assertThat(table.getItems().get(0).subject()).isEqualTo("排查发现：" + row.summary());
        assertThat(table.getItems().get(0).assignment().findingId()).isEqualTo(row.findingId());
    }
}
