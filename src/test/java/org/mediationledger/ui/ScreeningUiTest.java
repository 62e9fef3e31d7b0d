package org.mediationledger.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.mediationledger.model.Compliance;
import org.mediationledger.model.LedgerRow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

class ScreeningUiTest extends UiTestBase {

    @Start
    void start(Stage stage) throws java.io.IOException {
        open(stage);
    }

    private Compliance.CellState state(FxRobot robot, String id) {
        return (Compliance.CellState) robot.lookup("#" + id).query().getUserData();
    }

    @Test
    void aZeroReportChangesTheUnitsCellOnTheBoard(FxRobot robot) {
        robot.clickOn("#nav-screening");
        String cell = "cell-镇中社区-2026-W48";
        waitUntil(() -> robot.lookup("#" + cell).tryQuery().isPresent());
        assertThat(state(robot, cell)).isEqualTo(Compliance.CellState.NOT_YET_DUE);
        String rateBefore = robot.lookup("#board-rate").queryAs(Label.class).getText();

        robot.clickOn("#" + cell);
        assertThat(robot.lookup("#board-selected").queryAs(Label.class).getText()).contains("镇中社区");
        robot.clickOn("#zero-report");

        waitUntil(() -> robot.lookup("#" + cell).tryQuery().map(n -> n.getUserData() == Compliance.CellState.ZERO_REPORT).orElse(false));
        assertThat(robot.lookup("#board-message").queryAs(Label.class).getText()).contains("镇中社区", "零报告");
        assertThat(robot.lookup("#board-rate").queryAs(Label.class).getText()).isNotEqualTo(rateBefore);
        Node zero = robot.lookup("#" + cell).query();
        assertThat(zero.getStyleClass()).contains("cell-zero-report");
    }

    @Test
    void aCaseOpenedFromAFindingIsPrefilledAndLinked(FxRobot robot) {
        robot.clickOn("#nav-screening");
        robot.clickOn("排查台账");
        TableView<LedgerRow> ledger = robot.lookup("#ledger-table").queryTableView();
        waitUntil(() -> ledger.getItems().stream().anyMatch(r -> r.findingId() != null));
        LedgerRow row = ledger.getItems().stream().filter(r -> r.findingId() != null && r.caseId() == null).findFirst().orElseThrow();
        robot.interact(() -> ledger.getSelectionModel().select(row));
        robot.clickOn("#ledger-open-case");

        waitUntil(() -> robot.lookup("#case-form").tryQuery().isPresent());
        assertThat(((TextArea) byId(robot, "f-summary")).getText()).isEqualTo(row.summary());
        assertThat(((TextField) byId(robot, "f-parties[0].name")).getText()).isEqualTo(row.parties().split(" ")[0]);
        robot.clickOn("#save-case");

        waitUntil(() -> robot.lookup("#detail-from-finding").tryQuery()
                .map(n -> ((Label) n).getText().contains(row.summary())).orElse(false));
        assertThat(robot.lookup("#detail-title").queryAs(Label.class).getText()).contains("第013号");
        assertThat(services.screening().finding(row.findingId()).orElseThrow().caseId()).isNotNull();
    }

    @Test
    void theOtherScreenersBoxShowsTheNamesTicked(FxRobot robot) {
        robot.clickOn("#nav-screening");
        robot.clickOn("#record-round");
        waitUntil(() -> robot.lookup("#round-form").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        org.controlsfx.control.CheckComboBox<org.mediationledger.model.Staff> others =
                (org.controlsfx.control.CheckComboBox<org.mediationledger.model.Staff>) byId(robot, "f-screeners");
        assertThat(others.getTitle()).isEqualTo("选择人员");
        robot.interact(() -> {
            others.getCheckModel().check(0);
            others.getCheckModel().check(1);
        });
        // no fixed title any more: the box shows the names ticked
        assertThat(others.getTitle()).isNull();
        robot.interact(() -> others.getCheckModel().clearChecks());
        assertThat(others.getTitle()).isEqualTo("选择人员");
    }

    @Test
    void aHalfFilledRoundFormIsKeptAndAsksBeforeItIsDiscarded(FxRobot robot) {
        robot.clickOn("#nav-screening");
        robot.clickOn("#record-round");
        waitUntil(() -> robot.lookup("#round-form").tryQuery().isPresent());
        robot.interact(() -> ((TextArea) byId(robot, "f-notes")).setText("走访了三户"));
        robot.clickOn("#nav-dashboard");
        robot.clickOn("#nav-screening");
        waitUntil(() -> robot.lookup("#round-form").tryQuery().isPresent());
        assertThat(((TextArea) byId(robot, "f-notes")).getText()).isEqualTo("走访了三户");
        robot.clickOn("#cancel-round");
        waitUntil(() -> robot.lookup("#keep-editing").tryQuery().isPresent());
        robot.clickOn("#keep-editing");
        assertThat(((TextArea) byId(robot, "f-notes")).getText()).isEqualTo("走访了三户");
        robot.clickOn("#cancel-round");
        waitUntil(() -> robot.lookup("#confirm-discard").tryQuery().isPresent());
        robot.clickOn("#confirm-discard");
        waitUntil(() -> robot.lookup("#screening-tabs").tryQuery().isPresent());
    }

    @Test
    void aDeletedRoundGoesAtOnceAndUndoBringsItBack(FxRobot robot) {
        robot.clickOn("#nav-screening");
        robot.clickOn("排查台账");
        TableView<LedgerRow> ledger = robot.lookup("#ledger-table").queryTableView();
        waitUntil(() -> ledger.getItems().stream().anyMatch(r -> r.findingId() != null && r.caseId() == null));
        LedgerRow row = ledger.getItems().stream().filter(r -> r.findingId() != null && r.caseId() == null).findFirst().orElseThrow();
        java.util.UUID round = row.roundId();
        int before = ledger.getItems().size();
        robot.interact(() -> ledger.getSelectionModel().select(row));
        robot.clickOn("#ledger-delete-round");
        // no question to click through: it goes, the message names it, and 撤销 is offered
        waitUntil(() -> ledger.getItems().stream().noneMatch(r -> r.roundId().equals(round)));
        Label message = robot.lookup("#ledger-message").queryAs(Label.class);
        assertThat(message.getText()).contains(row.unit()).contains(row.date().toString()).contains("撤销");
        assertThat(robot.lookup("#ledger-undo").query().isVisible()).isTrue();
        assertThat(services.screening().finding(row.findingId())).isPresent(); // kept in the file, off the register
        robot.clickOn("#ledger-undo");
        waitUntil(() -> ledger.getItems().stream().anyMatch(r -> r.roundId().equals(round)));
        assertThat(ledger.getItems()).hasSize(before);
        assertThat(message.getText()).contains("已恢复");
        assertThat(robot.lookup("#ledger-undo").query().isVisible()).isFalse();
    }

    @Test
    void aFindingWithSomethingTypedIsRemovedOnlyAfterAQuestion(FxRobot robot) {
        robot.clickOn("#nav-screening");
        robot.clickOn("#record-round");
        waitUntil(() -> robot.lookup("#round-form").tryQuery().isPresent());
        robot.clickOn("#add-finding");
        waitUntil(() -> robot.lookup("#remove-finding-0").tryQuery().isPresent());
        robot.interact(() -> ((TextArea) byId(robot, "f-findings[0].summary")).setText("两户因排水沟发生口角"));
        robot.clickOn("#remove-finding-0");
        waitUntil(() -> robot.lookup("#confirm-remove").tryQuery().isPresent());
        assertThat(robot.lookup(".dialog-pane .content").queryAs(Label.class).getText()).contains("两户因排水沟发生口角");
        robot.clickOn("#keep-editing");
        assertThat(((TextArea) byId(robot, "f-findings[0].summary")).getText()).isEqualTo("两户因排水沟发生口角");
        robot.clickOn("#remove-finding-0");
        waitUntil(() -> robot.lookup("#confirm-remove").tryQuery().isPresent());
        robot.clickOn("#confirm-remove");
        waitUntil(() -> robot.lookup("#remove-finding-0").tryQuery().isEmpty());
    }

    @Test
    void aHalfFilledRoundSurvivesTheWindowAndGoesWhenDiscarded(FxRobot robot) {
        robot.clickOn("#nav-screening");
        robot.clickOn("#record-round");
        waitUntil(() -> robot.lookup("#round-form").tryQuery().isPresent());
        robot.clickOn("#add-finding");
        waitUntil(() -> robot.lookup("#remove-finding-0").tryQuery().isPresent());
        robot.interact(() -> {
            ((TextArea) byId(robot, "f-notes")).setText("停电前走访了三户");
            ((TextArea) byId(robot, "f-findings[0].summary")).setText("两户因排水沟发生口角");
        });
        java.nio.file.Path draft = services.databaseFile().toAbsolutePath().resolveSibling("drafts").resolve("ledger-round.json");
        waitUntil(() -> {
            try {
                return java.nio.file.Files.exists(draft) && java.nio.file.Files.readString(draft).contains("两户因排水沟发生口角");
            } catch (java.io.IOException e) {
                return false;
            }
        });
        // a new window on the same ledger, as after a restart or a power cut: the round form offers the draft again
        reopenWindow(robot);
        robot.clickOn("#nav-screening");
        robot.clickOn("#record-round");
        waitUntil(() -> robot.lookup("#round-form").tryQuery().isPresent() && robot.lookup("#remove-finding-0").tryQuery().isPresent());
        assertThat(((TextArea) byId(robot, "f-notes")).getText()).isEqualTo("停电前走访了三户");
        assertThat(((TextArea) byId(robot, "f-findings[0].summary")).getText()).isEqualTo("两户因排水沟发生口角");
        // thrown away on purpose: the draft goes too
        robot.clickOn("#cancel-round");
        waitUntil(() -> robot.lookup("#confirm-discard").tryQuery().isPresent());
        robot.clickOn("#confirm-discard");
        waitUntil(() -> !java.nio.file.Files.exists(draft));
    }
    @Test
    void aBoardOf300UnitsKeepsOnlyTheRowsOnScreenAndReachesTheLast(FxRobot robot) {
        for (int i = 1; i <= 292; i++) { // the demo's 8 and 292 more: a county's worth
            services.reference().saveUnit(new org.mediationledger.model.Unit(null, String.format("第%03d村", i),
                    org.mediationledger.model.UnitKind.VILLAGE, 100 + i, 0));
        }
        robot.clickOn("#nav-screening");
        TableView<Compliance.UnitRow> board = robot.lookup("#board-grid").queryTableView();
        waitUntil(() -> board.getItems().size() == 300);
        int cells = robot.lookup(".board-cell").queryAll().size();
        assertThat(cells).as("week cells built").isGreaterThan(0).isLessThan(300 * 14 / 4);

        robot.interact(() -> board.scrollTo(299));
        String last = "cell-第292村-2026-W48";
        waitUntil(() -> robot.lookup("#" + last).tryQuery().isPresent());
        robot.clickOn("#" + last);
        assertThat(robot.lookup("#board-selected").queryAs(Label.class).getText()).contains("第292村");
        assertThat(robot.lookup("#" + last).query().getUserData()).isInstanceOf(Compliance.CellState.class);
    }
}
