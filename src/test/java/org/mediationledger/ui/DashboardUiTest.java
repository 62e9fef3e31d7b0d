package org.mediationledger.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.mediationledger.model.WorkItem;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

class DashboardUiTest extends UiTestBase {

    @Start
    void start(Stage stage) throws java.io.IOException {
        open(stage);
    }

    @Test
    void myWorkListsWhatIsDueAndEachLineOpensItsCase(FxRobot robot) {
        ListView<WorkItem> work = robot.lookup("#my-work").queryListView();
        waitUntil(() -> !work.getItems().isEmpty());
        assertThat(work.getItems()).extracting(WorkItem::kind).contains(WorkItem.Kind.OVERDUE, WorkItem.Kind.AWAITING_FOLLOW_UP);
        assertThat(robot.lookup("#dash-not-screened").queryAs(Label.class).getText()).contains("镇中社区");
        // late before due, in red and amber
        assertThat(work.getItems().get(0).late()).isTrue();
        assertThat(work.getItems()).isSortedAccordingTo(WorkItem.BY_URGENCY);
        assertThat(robot.lookup("#my-work .list-cell").nth(0).query().getStyleClass()).contains("work-late");
        WorkItem first = work.getItems().get(0);
        robot.clickOn((javafx.scene.Node) robot.lookup("#my-work .list-cell").nth(0).query());
        waitUntil(() -> robot.lookup("#detail-title").tryQuery()
                .map(n -> ((Label) n).getText().startsWith(first.caseNumber())).orElse(false));
        waitUntil(() -> robot.lookup("#path-state").tryQuery().map(n -> ((Label) n).getText().contains("已超过调解期限")).orElse(false));
    }

    @Test
    void theSuccessRateShowsItsFractionAndAClickListsItsCases(FxRobot robot) {
        var year = org.mediationledger.model.Period.year(2026);
        var f = services.stats().figures(year, null, null);
        Label detail = robot.lookup("#dash-success-detail").queryAs(Label.class);
        waitUntil(() -> detail.getText().equals(f.successRate().numerator() + "/" + f.successRate().denominator()));
        assertThat(robot.lookup("#dash-success").queryAs(Label.class).getText())
                .isEqualTo(f.successRate().text(services.stats().rounding(), 1));
        robot.clickOn("#dash-success-card");
        waitUntil(() -> robot.lookup("#drill-table").tryQuery().isPresent());
        javafx.scene.control.TableView<org.mediationledger.model.CaseRef> drill = robot.lookup("#drill-table").queryTableView();
        assertThat(drill.getItems()).hasSize((int) f.successRate().numerator());
    }

    @Test
    void theVillagesNotScreenedLeadToTheScreeningBoard(FxRobot robot) {
        Label names = robot.lookup("#dash-not-screened").queryAs(Label.class);
        waitUntil(() -> names.getText().contains("镇中社区"));
        robot.clickOn(names);
        waitUntil(() -> robot.lookup("#screening-tabs").tryQuery().isPresent());
    }
}
