package org.mediationledger.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.mediationledger.TestData;
import org.mediationledger.app.Composition;
import org.mediationledger.model.CaseFilter;
import org.mediationledger.model.Unit;
import org.mediationledger.service.Services;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * 加入乡镇 in the window of a new, empty ledger on a village PC: a mistyped join code is one sentence in the dialog, with
 * the file and the code still there to correct; the right code makes it the village ledger, with the village's cases.
 */
class ExchangeJoinUiTest extends UiTestBase {

    @Start
    void start(Stage stage) throws java.io.IOException {
        open(stage, d -> Composition.open(d.resolve("village").resolve("ledger"), TestData.ZH, TestData.CLOCK));
    }

    @Test
    void aVillagePcJoinsTheTownshipFromTheWindow(FxRobot robot) throws Exception {
        Path setup = dir.resolve("东山村.mlnode");
        String code;
        Unit unit;
        long villageCases;
        try (Services township = TestData.withDemo(dir.resolve("township"))) {
            unit = township.reference().load().units().get(0);
            code = township.exchange().createNode(unit.name(), setup);
            villageCases = township.cases().search(new CaseFilter(unit.id(), null, null, null, null, null, null), 0, 1).total();
        }
        assertThat(villageCases).isPositive();

        robot.clickOn("#nav-exchange");
        waitUntil(() -> robot.lookup("#exchange-join").tryQuery().map(n -> n.isVisible()).orElse(false));
        assertThat(robot.lookup("#exchange-self").queryAs(Label.class).getText()).contains("加入乡镇");
        robot.clickOn("#exchange-join");
        waitUntil(() -> robot.lookup("#join-file").tryQuery().isPresent());
        TextField file = robot.lookup("#join-file").queryAs(TextField.class);
        // a name no file can have (pasted with a stray character): a sentence, not an error window
        robot.interact(() -> file.setText("东山村\u0000.mlnode"));
        String wrong = "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH";
        robot.clickOn("#join-code").write(wrong);
        robot.clickOn("#join-ok");
        Label problem = robot.lookup("#join-problem").queryAs(Label.class);
        waitUntil(() -> !problem.getText().isEmpty());
        assertThat(problem.getText()).startsWith("找不到文件");
        robot.interact(() -> file.setText(setup.toString()));
        robot.clickOn("#join-ok");
        waitUntil(() -> problem.getText().contains("加入码"));
        assertThat(problem.getText()).contains("加入码").contains(setup.getFileName().toString());
        // nothing typed is lost, nothing joined
        assertThat(file.getText()).isEqualTo(setup.toString());
        assertThat(robot.lookup("#join-code").queryAs(TextField.class).getText()).isEqualTo(wrong);
        assertThat(services.exchange().self()).isEmpty();

        TextField codeField = robot.lookup("#join-code").queryAs(TextField.class);
        robot.interact(() -> codeField.setText(""));
        robot.clickOn("#join-code").write(code.toLowerCase());
        robot.clickOn("#join-ok");
        waitUntil(() -> robot.lookup("#join-file").tryQuery().isEmpty());
        Label self = robot.lookup("#exchange-self").queryAs(Label.class);
        waitUntil(() -> self.getText().contains(unit.name()));
        assertThat(robot.lookup("#exchange-join").query().isVisible()).isFalse();
        assertThat(robot.lookup("#exchange-message").queryAs(Label.class).getText()).contains(unit.name() + "”的序列");
        assertThat(services.cases().search(CaseFilter.all(), 0, 1).total()).isEqualTo(villageCases);
        assertThat(services.settings().series().name()).isEqualTo(unit.name());
    }
}
