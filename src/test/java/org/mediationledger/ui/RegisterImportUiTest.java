package org.mediationledger.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.mediationledger.TestData;
import org.mediationledger.model.CaseFilter;
import org.mediationledger.service.Services;
import org.mediationledger.ui.settings.SettingsView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Settings → 导入原有台账 (issue 19): a register's rows shown before saving, a column mapped by hand, the good rows saved. */
class RegisterImportUiTest extends UiTestBase {
    private Services services;

    @Start
    void start(Stage stage) throws java.io.IOException {
        open(stage, folder -> {
            services = TestData.withDemo(folder);
            return services;
        });
    }

    @Test
    void aRegisterIsCheckedRowByRowAColumnIsMappedByHandAndTheGoodRowsAreImported(FxRobot robot) throws Exception {
        Path f = dir.resolve("案件登记.csv");
        Files.writeString(f, "2026年案件登记\n受理日期,纠纷地点,案由,简要案情,申请人,被申请人\n"
                + "2026.10.12,东山村,邻里纠纷,修路占地,甲某,乙某\n2026年10月13日,西河村,婚姻家庭,分家,丙某,丁某\n"
                + "2026-10-40,东山村,邻里,争水,戊某,己某\n2026-10-15,东山一组,邻里,漏水,庚某,辛某\n");
        int before = services.cases().countAll();
        openCaseRegister(robot, f);
        // 纠纷地点 is no column name the program knows: without a village every row has an error; the column is offered
        // to be read as one of the register's columns
        assertThat(robot.lookup("#register-import-summary").queryAs(Label.class).getText()).contains("新增 0 行", "有错误 4 行");
        ComboBox<String> as = robot.lookup("#map-1").queryComboBox();
        robot.interact(() -> as.setValue("unit"));
        robot.clickOn("#register-import-reread");
        // read again with the column as 村（居）: nothing is left unrecognised but a village the ledger does not have,
        // which is read as one of its own
        waitUntil(() -> robot.lookup("#register-import-rows").tryQuery().isPresent() && robot.lookup("#map-1").tryQuery().isEmpty());
        assertThat(robot.lookup("#register-import-summary").queryAs(Label.class).getText()).contains("新增 2 行", "有错误 2 行");
        ComboBox<String> village = robot.lookup("#name-1").queryComboBox();
        robot.interact(() -> village.setValue("东山村"));
        robot.clickOn("#register-import-reread");
        waitUntil(() -> robot.lookup("#register-import-summary").tryQueryAs(Label.class)
                .filter(l -> l.getText().contains("新增 3 行")).isPresent());
        assertThat(robot.lookup("#register-import-summary").queryAs(Label.class).getText()).contains("有错误 1 行");
        TableView<?> rows = robot.lookup("#register-import-rows").queryTableView();
        assertThat(rows.getItems()).hasSize(4);
        robot.clickOn("#register-import-errors-only");
        assertThat(rows.getItems()).hasSize(1);
        robot.clickOn("#register-import-go");
        waitUntil(() -> robot.lookup("#register-import-message").queryAs(Label.class).getText().contains("已导入 3 行"));
        assertThat(services.cases().countAll()).isEqualTo(before + 3);
        for (String[] c : new String[][] {{"修路占地", "东山村"}, {"分家", "西河村"}, {"漏水", "东山村"}}) {
            assertThat(services.cases().search(new CaseFilter(null, null, null, null, null, null, c[0]), 0, 10).rows())
                    .singleElement().satisfies(x -> assertThat(x.unitName()).isEqualTo(c[1]));
        }
        // the column is remembered: the next file with it reads without asking
        assertThat(services.registerImport().plan(f, org.mediationledger.service.RegisterImport.Kind.CASES).columns())
                .containsEntry("unit", "纠纷地点");
        assertThat(services.settings().importNames()).containsEntry("unit", Map.of("东山一组", "东山村"));
    }

    @Test
    void aVillageTheLedgerLacksIsAddedFromTheDialogAndItsRowsLand(FxRobot robot) throws Exception {
        Path f = dir.resolve("新村.csv");
        Files.writeString(f, "受理日期,村（居）,纠纷类型,简要案情,申请人,被申请人\n2026-10-21,青松村,邻里,晒谷场占用,子某,丑某\n");
        openCaseRegister(robot, f);
        assertThat(robot.lookup("#register-import-summary").queryAs(Label.class).getText()).contains("新增 0 行", "有错误 1 行");
        ComboBox<String> village = robot.lookup("#name-1").queryComboBox();
        // the second choice adds the village to the ledger (the first leaves it unread)
        assertThat(village.getConverter().toString(village.getItems().get(1))).isEqualTo("新建“青松村”（加入本台账）");
        robot.interact(() -> village.setValue(village.getItems().get(1)));
        robot.clickOn("#register-import-reread");
        waitUntil(() -> robot.lookup("#register-import-summary").tryQueryAs(Label.class)
                .filter(l -> l.getText().contains("新增 1 行")).isPresent());
        assertThat(services.reference().load().units()).anyMatch(u -> u.name().equals("青松村"));
        robot.clickOn("#register-import-go");
        waitUntil(() -> robot.lookup("#register-import-message").queryAs(Label.class).getText().contains("已导入 1 行"));
        assertThat(services.cases().search(new CaseFilter(null, null, null, null, null, null, "晒谷场占用"), 0, 10).rows())
                .singleElement().satisfies(x -> assertThat(x.unitName()).isEqualTo("青松村"));
        assertThat(services.settings().importNames()).as("an added name is no name read as another").isEmpty();
    }

    /** Settings → 导入原有台账 → 导入案件登记表… with the file picked, until its rows are shown. */
    private void openCaseRegister(FxRobot robot, Path f) {
        robot.clickOn("#nav-settings");
        robot.clickOn(robot.lookup(".tab-pane .tab").queryAll().stream()
                .filter(t -> t.lookup(".tab-label") instanceof Label l && l.getText().equals("导入原有台账")).findFirst().orElseThrow());
        robot.interact(() -> robot.lookup("#settings").queryAs(SettingsView.class).setRegisterFilePicker((owner, kind) -> Optional.of(f)));
        robot.clickOn("#import-cases");
        waitUntil(() -> robot.lookup("#register-import-rows").tryQuery().isPresent());
    }
}
