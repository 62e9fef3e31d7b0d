package org.mediationledger.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.mediationledger.model.AuditEntry;
import org.mediationledger.model.CaseSummary;
import org.mediationledger.model.DisputeType;
import org.mediationledger.model.Unit;
import org.testfx.api.FxRobot;

class CaseRegisterUiTest extends UiTestBase {

    @org.testfx.framework.junit5.Start
    void start(javafx.stage.Stage stage) throws java.io.IOException {
        open(stage);
    }

    @Test
    void registerACaseThroughTheFormAndFindItWithTheSearchBox(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#case-form").tryQuery().isPresent());

        ComboBox<DisputeType> type = byId(robot, "f-disputeType");
        robot.clickOn(type);
        robot.clickOn("邻里");
        ComboBox<Unit> unit = byId(robot, "f-unit");
        robot.clickOn(unit);
        robot.clickOn("西河村");
        robot.interact(() -> {
            ((TextArea) byId(robot, "f-summary")).setText("两户因宅前排水沟堵塞致雨水倒灌发生争执");
            ((TextField) byId(robot, "f-parties[0].name")).setText("欧阳锋");
            ((TextField) byId(robot, "f-parties[1].name")).setText("洪七公");
        });
        robot.clickOn(shown(robot, "f-peopleInvolved")).write("3");
        robot.clickOn(shown(robot, "f-parties[0].idNumber")).write("110105194912310021");
        robot.clickOn(shown(robot, "f-parties[0].phone")).write("1381234");

        robot.clickOn("#save-case");
        waitUntil(() -> !((Label) byId(robot, "msg-parties[0].idNumber")).getText().isEmpty());
        assertThat(((Label) byId(robot, "msg-parties[0].idNumber")).getText()).contains("校验位不对").contains("X");
        assertThat(((Label) byId(robot, "msg-parties[0].phone")).getText()).contains("电话号码格式不对");
        assertThat(robot.lookup("#case-status").queryAs(Label.class).getText()).contains("2 处需要更正");
        // nothing typed is lost, and nothing was saved
        assertThat(((TextArea) byId(robot, "f-summary")).getText()).isEqualTo("两户因宅前排水沟堵塞致雨水倒灌发生争执");
        assertThat(((TextField) byId(robot, "f-parties[1].name")).getText()).isEqualTo("洪七公");
        assertThat(services.cases().countAll()).isEqualTo(12);

        // the first field to correct was brought into view and focused
        assertThat(((TextField) byId(robot, "f-parties[0].idNumber")).isFocused()).isTrue();
        robot.clickOn(shown(robot, "f-parties[0].idNumber")).press(KeyCode.END).release(KeyCode.END).eraseText(1).write("X");
        robot.clickOn(shown(robot, "f-parties[0].phone")).press(KeyCode.END).release(KeyCode.END).write("5678");
        // the messages go away as soon as the fields are right
        waitUntil(() -> ((Label) byId(robot, "msg-parties[0].idNumber")).getText().isEmpty());
        robot.clickOn("#save-case");

        waitUntil(() -> robot.lookup("#case-detail").tryQuery().isPresent()
                && robot.lookup("#detail-title").queryAs(Label.class).getText().contains("第013号"));
        assertThat(robot.lookup("#detail-title").queryAs(Label.class).getText()).contains("（2026）青山镇人调字第013号");
        waitUntil(() -> robot.lookup("#status-open-cases").queryAs(Label.class).getText().contains("10"));

        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#case-search").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#case-search").queryAs(TextField.class).setText("洪七"));
        TableView<CaseSummary> table = robot.lookup("#case-table").queryTableView();
        waitUntil(() -> table.getItems().size() == 1);
        assertThat(table.getItems().get(0).caseNumber()).isEqualTo("（2026）青山镇人调字第013号");
        assertThat(table.getItems().get(0).respondents()).isEqualTo("洪七公");
        robot.interact(() -> robot.lookup("#case-search").queryAs(TextField.class).setText(""));
        waitUntil(() -> table.getItems().size() == 13);
        // Enter in the search box with one case found opens it
        robot.interact(() -> robot.lookup("#case-search").queryAs(TextField.class).setText("洪七"));
        waitUntil(() -> table.getItems().size() == 1);
        robot.clickOn("#case-search").type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#detail-title").tryQuery().map(n -> ((Label) n).getText().contains("第013号")).orElse(false));
    }

    @Test
    void editACaseAndSeeTheAuditEntry(FxRobot robot) {
        robot.clickOn("#nav-cases");
        TableView<CaseSummary> table = robot.lookup("#case-table").queryTableView();
        waitUntil(() -> table.getItems().size() == 12);
        CaseSummary first = table.getItems().get(0);
        robot.doubleClickOn(first.caseNumber());
        waitUntil(() -> robot.lookup("#detail-title").tryQuery().isPresent()
                && robot.lookup("#detail-title").queryAs(Label.class).getText().startsWith(first.caseNumber()));
        assertThat(robot.lookup("#detail-parties").queryTableView().getItems()).hasSize(2);

        robot.clickOn("#edit-case");
        waitUntil(() -> robot.lookup("#case-form").tryQuery().isPresent());
        robot.interact(() -> ((TextArea) byId(robot, "f-summary")).setText("经走访核实，补充了纠纷经过"));
        robot.clickOn("#save-case");

        waitUntil(() -> robot.lookup("#detail-history").tryQuery().isPresent()
                && robot.lookup("#detail-history").queryListView().getItems().size() == 2);
        ListView<AuditEntry> history = robot.lookup("#detail-history").queryListView();
        AuditEntry update = history.getItems().get(1);
        assertThat(update.action()).isEqualTo("UPDATE");
        assertThat(update.changes()).singleElement().satisfies(c -> {
            assertThat(c.field()).isEqualTo("summary");
            assertThat(c.oldValue()).isEqualTo(first.summary());
            assertThat(c.newValue()).isEqualTo("经走访核实，补充了纠纷经过");
        });
        assertThat(robot.lookup("#detail-summary").queryAs(Label.class).getText()).isEqualTo("经走访核实，补充了纠纷经过");
        // the history line a clerk reads
        assertThat(robot.lookup("#detail-history .history-text").queryAll()).anySatisfy(n ->
                assertThat(((javafx.scene.text.Text) n).getText()).contains("修改案件", "纠纷简要情况：" + first.summary() + " → 经走访核实"));
    }

    /** A half-filled form survives a trip to another area; 取消 and the window's close ask first, keeping it by default. */
    @Test
    void aHalfFilledIntakeFormIsNotThrownAwayWithoutAQuestion(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#case-form").tryQuery().isPresent());
        // an untouched form is left without a question
        robot.clickOn("#nav-dashboard");
        robot.clickOn("#nav-cases");
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#case-form").tryQuery().isPresent());
        robot.interact(() -> ((TextArea) byId(robot, "f-summary")).setText("尚未写完的纠纷情况"));

        // another area and back: the form and its text are still there
        robot.clickOn("#nav-screening");
        robot.clickOn("#nav-cases");
        waitUntil(() -> robot.lookup("#case-form").tryQuery().isPresent());
        assertThat(((TextArea) byId(robot, "f-summary")).getText()).isEqualTo("尚未写完的纠纷情况");

        // 取消 asks; "继续填写" (the default, so Enter) keeps everything
        robot.clickOn("#cancel-case");
        waitUntil(() -> robot.lookup("#keep-editing").tryQuery().isPresent());
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#keep-editing").tryQuery().isEmpty());
        assertThat(((TextArea) byId(robot, "f-summary")).getText()).isEqualTo("尚未写完的纠纷情况");
        // opening a case from the dashboard's work list asks too
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#keep-editing").tryQuery().isPresent());
        robot.clickOn("#keep-editing");
        assertThat(((TextArea) byId(robot, "f-summary")).getText()).isEqualTo("尚未写完的纠纷情况");

        // closing the window asks, and keeping the form keeps the window open
        javafx.stage.Window main = robot.window(0);
        javafx.application.Platform.runLater(() -> main.fireEvent(new javafx.stage.WindowEvent(main,
                javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        waitUntil(() -> robot.lookup("#keep-editing").tryQuery().isPresent());
        robot.clickOn("#keep-editing");
        assertThat(main.isShowing()).isTrue();

        // discarding is a choice: then the register shows, and nothing was saved
        robot.clickOn("#cancel-case");
        waitUntil(() -> robot.lookup("#confirm-discard").tryQuery().isPresent());
        robot.clickOn("#confirm-discard");
        waitUntil(() -> robot.lookup("#case-table").tryQuery().isPresent());
        assertThat(services.cases().countAll()).isEqualTo(12);
    }

    /** A valid ID number fills in the birth date and gender; a gender chosen against it is named in the message. */
    @Test
    void aValidIdNumberFillsInBirthDateAndGender(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#case-form").tryQuery().isPresent());
        robot.interact(() -> ((TextField) byId(robot, "f-parties[0].idNumber")).setText("11010519491231002X"));
        ComboBox<org.mediationledger.model.Gender> gender = byId(robot, "f-parties[0].gender");
        javafx.scene.control.DatePicker born = byId(robot, "f-parties[0].birthDate");
        waitUntil(() -> gender.getValue() != null);
        assertThat(gender.getValue()).isEqualTo(org.mediationledger.model.Gender.FEMALE);
        assertThat(born.getValue()).isEqualTo(java.time.LocalDate.of(1949, 12, 31));
        // a half-typed or wrong number fills in nothing
        robot.interact(() -> ((TextField) byId(robot, "f-parties[1].idNumber")).setText("110105194912310021"));
        assertThat(((ComboBox<?>) byId(robot, "f-parties[1].gender")).getValue()).isNull();
        // the gender the clerk chose against the number: the message says which the number gives
        robot.interact(() -> {
            ((TextField) byId(robot, "f-parties[1].idNumber")).setText("");
            gender.setValue(org.mediationledger.model.Gender.MALE);
        });
        robot.clickOn("#save-case");
        waitUntil(() -> !((Label) byId(robot, "msg-parties[0].gender")).getText().isEmpty());
        assertThat(((Label) byId(robot, "msg-parties[0].gender")).getText()).contains("应为女");
        // Tab in 纠纷简要情况 moves on to the next field instead of typing a tab
        robot.clickOn(shown(robot, "f-summary")).write("邻里纠纷");
        robot.press(KeyCode.TAB).release(KeyCode.TAB);
        assertThat(((TextArea) byId(robot, "f-summary")).getText()).isEqualTo("邻里纠纷");
        assertThat(((TextArea) byId(robot, "f-summary")).isFocused()).isFalse();
        // leaving the form: discard what was typed
        robot.clickOn("#cancel-case");
        waitUntil(() -> robot.lookup("#confirm-discard").tryQuery().isPresent());
        robot.clickOn("#confirm-discard");
    }

    /** What is typed into a new case goes to disk and comes back in the next window (a restart, a crash, a power cut). */
    @Test
    void aNewCasesInputSurvivesTheWindow(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#case-form").tryQuery().isPresent());
        robot.interact(() -> {
            ((TextArea) byId(robot, "f-summary")).setText("停电前写下的纠纷情况");
            ((TextField) byId(robot, "f-parties[0].name")).setText("欧阳锋");
        });
        java.nio.file.Path draft = services.databaseFile().toAbsolutePath().resolveSibling("drafts").resolve("ledger-new-case.json");
        waitUntil(() -> java.nio.file.Files.exists(draft));
        waitUntil(() -> {
            try {
                return java.nio.file.Files.readString(draft).contains("停电前写下的纠纷情况");
            } catch (java.io.IOException e) {
                return false;
            }
        });

        // a new window on the same ledger, as after a restart: the intake form offers the draft again
        var again = reopenWindow(robot);
        robot.interact(again::newCase);
        waitUntil(() -> robot.lookup("#case-form").tryQuery().map(n -> ((TextArea) byId(robot, "f-summary")).getText()
                .equals("停电前写下的纠纷情况")).orElse(false));
        assertThat(((TextField) byId(robot, "f-parties[0].name")).getText()).isEqualTo("欧阳锋");
        assertThat(robot.lookup("#case-status").queryAs(Label.class).getText()).contains("已恢复");
        // discarding it removes the draft
        robot.clickOn("#cancel-case");
        waitUntil(() -> robot.lookup("#confirm-discard").tryQuery().isPresent());
        robot.clickOn("#confirm-discard");
        waitUntil(() -> !java.nio.file.Files.exists(draft));
    }
}
