package org.mediationledger.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.mediationledger.TestData;
import org.mediationledger.model.CaseDraft;
import org.mediationledger.model.CaseSummary;
import org.mediationledger.model.FieldChange;
import org.mediationledger.model.MediationCase;
import org.mediationledger.model.MicroGrid;
import org.mediationledger.model.Unit;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

class ConflictAndSettingsUiTest extends UiTestBase {

    @Start
    void start(Stage stage) throws java.io.IOException {
        open(stage);
    }

    private MediationCase openFirstCaseForEditing(FxRobot robot) {
        robot.clickOn("#nav-cases");
        TableView<CaseSummary> table = robot.lookup("#case-table").queryTableView();
        waitUntil(() -> table.getItems().size() == 12);
        CaseSummary first = table.getItems().get(0);
        robot.doubleClickOn(first.caseNumber());
        waitUntil(() -> robot.lookup("#edit-case").tryQuery().map(n -> !n.isDisabled()).orElse(false));
        robot.clickOn("#edit-case");
        waitUntil(() -> robot.lookup("#case-form").tryQuery().isPresent());
        return services.cases().get(first.id()).orElseThrow();
    }

    private void someoneElseChangesTheSummary(MediationCase c, String summary) {
        CaseDraft d = c.draft();
        services.cases().update(c.id(), c.version(), new CaseDraft(d.source(), d.disputeTypeId(), d.unitId(), d.gridId(),
                summary, d.requests(), d.peopleInvolved(), d.amountInvolved(), d.riskLevel(), d.receivedDate(),
                d.mediatorId(), d.parties()));
    }

    @Test
    void aConflictShowsBothValuesAndTakingTheirsLoadsThem(FxRobot robot) {
        MediationCase c = openFirstCaseForEditing(robot);
        robot.interact(() -> ((TextArea) byId(robot, "f-summary")).setText("我的说法"));
        someoneElseChangesTheSummary(c, "他人的说法");
        robot.clickOn("#save-case");

        waitUntil(() -> robot.lookup("#conflict-table").tryQuery().isPresent());
        TableView<FieldChange> diff = robot.lookup("#conflict-table").queryTableView();
        assertThat(diff.getItems()).containsExactly(new FieldChange("summary", "他人的说法", "我的说法"));
        robot.clickOn("放弃我的修改，载入他人版本");

        waitUntil(() -> ((TextArea) byId(robot, "f-summary")).getText().equals("他人的说法"));
        assertThat(robot.lookup("#case-status").queryAs(Label.class).getText()).contains("已载入他人保存的版本");
        assertThat(services.cases().get(c.id()).orElseThrow().draft().summary()).isEqualTo("他人的说法");
    }

    @Test
    void aConflictResolvedByKeepingMineSavesMineKnowingly(FxRobot robot) {
        MediationCase c = openFirstCaseForEditing(robot);
        robot.interact(() -> ((TextArea) byId(robot, "f-summary")).setText("我的说法"));
        someoneElseChangesTheSummary(c, "他人的说法");
        robot.clickOn("#save-case");
        waitUntil(() -> robot.lookup("#conflict-table").tryQuery().isPresent());
        robot.clickOn("用我的修改覆盖");

        waitUntil(() -> robot.lookup("#case-detail").tryQuery().isPresent()
                && robot.lookup("#detail-summary").tryQuery().map(n -> ((Label) n).getText().equals("我的说法")).orElse(false));
        MediationCase stored = services.cases().get(c.id()).orElseThrow();
        assertThat(stored.draft().summary()).isEqualTo("我的说法");
        assertThat(stored.version()).isEqualTo(c.version() + 2);
        // both saves are in the history, the other user's first
        assertThat(services.cases().history(c.id())).extracting(a -> a.changes().isEmpty() ? "" : a.changes().get(0).newValue())
                .containsSubsequence("他人的说法", "我的说法");
    }

    @Test
    void aVillageWithHistoryIsNotDeletedAndTheQuestionComesFirst(FxRobot robot) {
        robot.clickOn("#nav-settings");
        robot.clickOn("村（居）与网格");
        ListView<Unit> units = robot.lookup("#settings-units").queryListView();
        waitUntil(() -> units.getItems().size() == 8);
        robot.clickOn("东山村（村委会）");
        robot.clickOn("#delete-unit");
        waitUntil(() -> robot.lookup("#confirm-delete").tryQuery().isPresent());
        assertThat(robot.lookup(".dialog-pane .content").queryAs(javafx.scene.control.Label.class).getText()).contains("东山村");
        robot.clickOn("#confirm-delete");
        javafx.scene.control.Label message = robot.lookup("#settings-message").queryAs(javafx.scene.control.Label.class);
        waitUntil(() -> message.getText().contains("不能删除"));
        assertThat(units.getItems()).extracting(Unit::name).contains("东山村");
        assertThat(services.reference().load().units()).extracting(Unit::name).contains("东山村");
        assertThat(message.getText()).contains("撤销");

        // retired instead: asked for the day (today by default), kept in the list and the history, offered no more
        robot.clickOn("东山村（村委会）");
        robot.clickOn("#retire-unit");
        waitUntil(() -> robot.lookup("#confirm-retire").tryQuery().isPresent());
        assertThat(robot.lookup("#retire-date").queryAs(javafx.scene.control.DatePicker.class).getValue()).isEqualTo(TestData.TODAY);
        robot.clickOn("#confirm-retire");
        waitUntil(() -> units.getItems().stream().anyMatch(u -> u.name().equals("东山村") && u.retired()));
        assertThat(services.reference().load().activeUnits()).extracting(Unit::name).doesNotContain("东山村").hasSize(7);
        robot.clickOn("#nav-cases");
        robot.clickOn("#new-case");
        waitUntil(() -> robot.lookup("#case-form").tryQuery().isPresent());
        ComboBox<Unit> unit = byId(robot, "f-unit");
        assertThat(unit.getItems()).extracting(Unit::name).doesNotContain("东山村").contains("西河村");
    }

    @Test
    void aNewUserNameAndTownshipShowAtOnceWithoutARestart(FxRobot robot) {
        javafx.scene.control.Label user = robot.lookup("#status-user").queryAs(javafx.scene.control.Label.class);
        waitUntil(() -> !user.getText().isEmpty());
        robot.clickOn("#nav-settings");
        TextField name = robot.lookup("#setting-user").queryAs(TextField.class);
        waitUntil(() -> !name.getText().isEmpty());
        robot.interact(() -> {
            name.setText("王新来");
            robot.lookup("#setting-township").queryAs(TextField.class).setText("新名镇");
        });
        robot.clickOn("#save-basics");
        waitUntil(() -> user.getText().contains("王新来"));
        assertThat(((Stage) window.getScene().getWindow()).getTitle()).contains("新名镇");
        assertThat(services.settings().userName()).isEqualTo("王新来");
    }

    @Test
    void aNewVillageIsSetUpOnTheDayTheClerkGives(FxRobot robot) {
        robot.clickOn("#nav-settings");
        robot.clickOn("村（居）与网格");
        ListView<Unit> units = robot.lookup("#settings-units").queryListView();
        waitUntil(() -> units.getItems().size() == 8);
        robot.clickOn("#add-unit");
        waitUntil(() -> robot.lookup("#unit-name").tryQuery().isPresent());
        robot.interact(() -> {
            ((TextField) robot.lookup("#unit-name").query()).setText("新建村");
            robot.lookup("#unit-established").queryAs(javafx.scene.control.DatePicker.class).setValue(java.time.LocalDate.of(2026, 11, 2));
        });
        robot.clickOn("确定");
        waitUntil(() -> units.getItems().stream().anyMatch(u -> u.name().equals("新建村")));
        assertThat(services.reference().load().units().stream().filter(u -> u.name().equals("新建村")).findFirst().orElseThrow()
                .establishedOn()).isEqualTo(java.time.LocalDate.of(2026, 11, 2));
    }

    @Test
    void aGridAddedInSettingsIsOfferedInTheIntakeForm(FxRobot robot) {
        robot.clickOn("#nav-settings");
        robot.clickOn("村（居）与网格");
        ListView<Unit> units = robot.lookup("#settings-units").queryListView();
        waitUntil(() -> units.getItems().size() == 8);
        robot.clickOn("东山村（村委会）");
        robot.clickOn("#add-grid");
        waitUntil(() -> robot.lookup(".dialog-pane .text-field").tryQuery().isPresent()); // the dialog is shown
        // Chinese text is set directly: the headless robot types key codes, not an input method
        TextField name = robot.lookup(".dialog-pane .text-field").queryAs(TextField.class);
        robot.interact(() -> name.setText("东山村第8网格"));
        robot.clickOn("确定");
        ListView<MicroGrid> grids = robot.lookup("#settings-grids").queryListView();
        waitUntil(() -> grids.getItems().stream().anyMatch(g -> g.name().equals("东山村第8网格")));
        assertThat(grids.getItems()).hasSize(8);

        robot.clickOn("#nav-cases");
        robot.clickOn("#new-case");
        waitUntil(() -> robot.lookup("#case-form").tryQuery().isPresent());
        ComboBox<Unit> unit = byId(robot, "f-unit");
        robot.interact(() -> unit.setValue(unit.getItems().stream().filter(u -> u.name().equals("东山村")).findFirst().orElseThrow()));
        ComboBox<MicroGrid> grid = byId(robot, "f-grid");
        assertThat(grid.getItems()).extracting(MicroGrid::name).contains("东山村第8网格");
    }

    @Test
    void aStaffMemberWithABadPhoneIsExplainedInsideTheDialog(FxRobot robot) {
        robot.clickOn("#nav-settings");
        robot.clickOn("人员");
        TableView<?> staff = robot.lookup("#settings-staff").queryTableView();
        waitUntil(() -> !staff.getItems().isEmpty());
        int before = staff.getItems().size();
        robot.clickOn("#add-staff");
        waitUntil(() -> robot.lookup(".dialog-pane .text-field").queryAll().size() >= 2); // the dialog is shown
        List<TextField> fields = robot.lookup(".dialog-pane .text-field").queryAllAs(TextField.class).stream().toList();
        robot.interact(() -> {
            fields.get(0).setText("王调解");
            fields.get(1).setText("12345");
        });
        robot.clickOn("确定");
        waitUntil(() -> robot.lookup(".dialog-pane .field-error").tryQuery()
                .map(n -> ((Label) n).getText().contains("电话号码格式不对")).orElse(false));
        robot.interact(() -> fields.get(1).setText("13900001111"));
        robot.clickOn("确定");
        waitUntil(() -> staff.getItems().size() == before + 1);
    }
}
