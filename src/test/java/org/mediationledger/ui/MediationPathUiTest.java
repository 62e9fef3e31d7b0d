package org.mediationledger.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.mediationledger.TestData;
import org.mediationledger.model.AttemptResult;
import org.mediationledger.model.CaseStatus;
import org.mediationledger.model.CaseSummary;
import org.mediationledger.model.TimelineEntry;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** A case fails in the village, succeeds in the township with a written agreement, is followed up; the timeline shows it. */
class MediationPathUiTest extends UiTestBase {

    @Start
    void start(Stage stage) throws java.io.IOException {
        open(stage);
    }

    private CaseStatus status(CaseSummary c) {
        return services.cases().get(c.id()).orElseThrow().status();
    }

    private void step(FxRobot robot, String button, Runnable fill) {
        waitUntil(() -> robot.lookup("#" + button).tryQuery().map(n -> !n.isDisabled()).orElse(false));
        robot.clickOn("#" + button);
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.interact(fill);
        robot.clickOn("确定");
    }

    @SuppressWarnings("unchecked")
    private static <T> void choose(FxRobot robot, String id, T value) {
        ((ComboBox<T>) robot.lookup("#" + id).query()).setValue(value);
    }

    @Test
    void villageFailsTownshipSucceedsWithAWrittenAgreementAndIsFollowedUp(FxRobot robot) {
        robot.clickOn("#nav-cases");
        TableView<CaseSummary> table = robot.lookup("#case-table").queryTableView();
        waitUntil(() -> table.getItems().size() == 12);
        CaseSummary c = table.getItems().get(0);
        robot.doubleClickOn(c.caseNumber());
        waitUntil(() -> robot.lookup("#path-state").tryQuery().map(n -> ((Label) n).getText().contains("已受理")).orElse(false));

        step(robot, "path-attempt", () -> choose(robot, "p-result", AttemptResult.FAILURE));
        // the failed attempt leaves the case in mediation, and the page says what is owed next
        waitUntil(() -> robot.lookup("#path-state").tryQuery().map(n -> ((Label) n).getText().contains("请记录下一步")).orElse(false));
        assertThat(status(c)).isEqualTo(CaseStatus.IN_MEDIATION);
        assertThat(robot.lookup("#path-terminate").queryButton().isDisabled()).isFalse();

        // the escalation needs a reason: without one the dialog stays open and says so
        robot.clickOn("#path-escalate");
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.clickOn("确定");
        waitUntil(() -> robot.lookup("#path-dialog-error").tryQuery().map(n -> ((Label) n).getText().contains("原因")).orElse(false));
        robot.interact(() -> ((TextArea) robot.lookup("#p-reason").query()).setText("村级调解不成，双方同意到镇调委会调解"));
        robot.clickOn("确定");
        waitUntil(() -> status(c) == CaseStatus.IN_MEDIATION);

        step(robot, "path-attempt", () -> choose(robot, "p-result", AttemptResult.SUCCESS));
        waitUntil(() -> status(c) == CaseStatus.AGREEMENT_REACHED);

        step(robot, "path-agree", () -> {
            ((TextArea) robot.lookup("#p-terms").query()).setText("被申请人一次性退货退款 9800 元");
            for (String id : new String[] {"p-partiesSignedDate", "p-mediatorSignedDate", "p-sealedDate"}) {
                ((DatePicker) robot.lookup("#" + id).query()).setValue(TestData.TODAY);
            }
        });
        waitUntil(() -> robot.lookup("#path-state").tryQuery().map(n -> ((Label) n).getText().contains("协议已于 2026-11-26 生效")).orElse(false));
        assertThat(robot.lookup("#path-state").queryAs(Label.class).getText()).contains("在镇级化解", "司法确认申请还剩 30 天");

        step(robot, "path-perform", () -> { });
        waitUntil(() -> status(c) == CaseStatus.PERFORMANCE);
        step(robot, "path-follow_up", () -> { });
        waitUntil(() -> status(c) == CaseStatus.FOLLOWED_UP);

        ListView<TimelineEntry> timeline = robot.lookup("#path-timeline").queryListView();
        waitUntil(() -> timeline.getItems().stream().anyMatch(t -> t.kind().equals("FOLLOW_UP")));
        assertThat(timeline.getItems()).extracting(TimelineEntry::kind).containsExactly("REGISTERED", "ATTEMPT", "ESCALATED",
                "ATTEMPT", "AGREEMENT", "EFFECTIVE", "PERFORMANCE", "FOLLOW_UP");
        assertThat(timeline.getItems().get(1).title()).isEqualTo("村级人民调解：调解不成");
        assertThat(timeline.getItems().get(3).title()).isEqualTo("镇级人民调解：调解成功");
        // what the rules forbid now is not offered
        assertThat(robot.lookup("#path-attempt").query().isDisabled()).isTrue();
        assertThat(robot.lookup("#path-close").query().isDisabled()).isFalse();
    }

    @Test
    void aFailedMediationIsEndedWithADateAndAReason(FxRobot robot) {
        robot.clickOn("#nav-cases");
        TableView<CaseSummary> table = robot.lookup("#case-table").queryTableView();
        waitUntil(() -> table.getItems().size() == 12);
        CaseSummary c = table.getItems().get(0);
        robot.doubleClickOn(c.caseNumber());
        waitUntil(() -> robot.lookup("#path-state").tryQuery().map(n -> ((Label) n).getText().contains("已受理")).orElse(false));
        // before any attempt the mediation cannot be ended
        assertThat(robot.lookup("#path-terminate").query().isDisabled()).isTrue();
        step(robot, "path-attempt", () -> choose(robot, "p-result", AttemptResult.FAILURE));
        waitUntil(() -> !robot.lookup("#path-terminate").query().isDisabled());

        // without a reason the dialog stays open and says which field
        robot.clickOn("#path-terminate");
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.clickOn("确定");
        waitUntil(() -> robot.lookup("#path-dialog-error").tryQuery().map(n -> ((Label) n).getText().contains("原因")).orElse(false));
        robot.interact(() -> ((TextArea) robot.lookup("#p-reason").query()).setText("双方分歧较大，已告知诉讼途径"));
        robot.clickOn("确定");
        waitUntil(() -> status(c) == CaseStatus.FAILED);
        waitUntil(() -> robot.lookup("#path-state").tryQuery().map(n -> ((Label) n).getText().contains("已于 2026-11-26 终结调解"))
                .orElse(false));
        ListView<TimelineEntry> timeline = robot.lookup("#path-timeline").queryListView();
        waitUntil(() -> timeline.getItems().stream().anyMatch(t -> t.kind().equals("TERMINATED")));
        assertThat(services.path().path(c.id()).termination().reason()).isEqualTo("双方分歧较大，已告知诉讼途径");
        assertThat(robot.lookup("#path-close").query().isDisabled()).isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePeopleChooserListsMediatorsFirstAndFiltersAsTheClerkTypes(FxRobot robot) {
        robot.clickOn("#nav-cases");
        TableView<CaseSummary> table = robot.lookup("#case-table").queryTableView();
        waitUntil(() -> table.getItems().size() == 12);
        robot.doubleClickOn(table.getItems().get(0).caseNumber());
        waitUntil(() -> robot.lookup("#path-attempt").tryQuery().map(n -> !n.isDisabled()).orElse(false));
        robot.clickOn("#path-attempt");
        waitUntil(() -> robot.lookup("#p-mediator").tryQuery().isPresent());
        ComboBox<org.mediationledger.model.Staff> mediator = (ComboBox<org.mediationledger.model.Staff>) robot.lookup("#p-mediator").query();
        // "none" first, then the mediators, then the rest, each named with its role
        assertThat(mediator.getItems().get(1).role()).isEqualTo(org.mediationledger.model.StaffRole.MEDIATOR);
        assertThat(mediator.getItems().get(mediator.getItems().size() - 1).role()).isNotEqualTo(org.mediationledger.model.StaffRole.MEDIATOR);
        assertThat(mediator.getConverter().toString(mediator.getItems().get(1))).endsWith("（人民调解员）");
        // clicking opens the list with a search field; what is typed leaves only the names that hold it, Enter takes it
        ComboBox<org.mediationledger.model.Staff> shown = (ComboBox<org.mediationledger.model.Staff>) mediator.lookupAll(".combo-box")
                .stream().filter(n -> n != mediator).findFirst().orElseThrow();
        robot.clickOn(mediator);
        waitUntil(shown::isShowing);
        robot.write("何司");
        waitUntil(() -> shown.getItems().size() == 1);
        assertThat(shown.getItems().get(0).name()).isEqualTo("何司法");
        robot.type(javafx.scene.input.KeyCode.ENTER);
        waitUntil(() -> mediator.getValue() != null && mediator.getValue().name().equals("何司法"));
        waitUntil(() -> !shown.isShowing());
        robot.clickOn("取消");
        if (robot.lookup("#confirm-discard").tryQuery().isPresent()) {
            robot.clickOn("#confirm-discard");
        }
        waitUntil(() -> robot.lookup("#p-mediator").tryQuery().isEmpty());
    }

    @Test
    void aStepDialogWithSomethingTypedAsksBeforeItIsCancelled(FxRobot robot) {
        robot.clickOn("#nav-cases");
        TableView<CaseSummary> table = robot.lookup("#case-table").queryTableView();
        waitUntil(() -> table.getItems().size() == 12);
        CaseSummary c = table.getItems().get(0);
        robot.doubleClickOn(c.caseNumber());
        waitUntil(() -> robot.lookup("#path-attempt").tryQuery().map(n -> !n.isDisabled()).orElse(false));
        // untouched: 取消 closes at once
        robot.clickOn("#path-attempt");
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.clickOn("取消");
        waitUntil(() -> robot.lookup("#p-facts").tryQuery().isEmpty());
        // with facts typed: 取消 asks, and keeping returns to the dialog with the text
        robot.clickOn("#path-attempt");
        waitUntil(() -> robot.lookup("#p-facts").tryQuery().isPresent());
        robot.interact(() -> ((TextArea) robot.lookup("#p-facts").query()).setText("双方对界址各执一词"));
        robot.clickOn("取消");
        waitUntil(() -> robot.lookup("#keep-editing").tryQuery().isPresent());
        robot.clickOn("#keep-editing");
        assertThat(((TextArea) robot.lookup("#p-facts").query()).getText()).isEqualTo("双方对界址各执一词");
        robot.clickOn("取消");
        waitUntil(() -> robot.lookup("#confirm-discard").tryQuery().isPresent());
        robot.clickOn("#confirm-discard");
        waitUntil(() -> robot.lookup("#p-facts").tryQuery().isEmpty());
        assertThat(services.path().path(c.id()).attempts()).isEmpty();
    }
}
