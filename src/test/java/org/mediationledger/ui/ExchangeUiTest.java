package org.mediationledger.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.mediationledger.TestData;
import org.mediationledger.app.Composition;
import org.mediationledger.model.CaseDraft;
import org.mediationledger.model.MediationCase;
import org.mediationledger.model.Unit;
import org.mediationledger.service.Services;
import org.mediationledger.ui.exchange.ExchangeView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** 数据交换 in the township's window: a village's file imported, its conflict shown side by side and decided. */
class ExchangeUiTest extends UiTestBase {

    @Start
    void start(Stage stage) throws java.io.IOException {
        open(stage);
    }

    @Test
    void aConflictFromAVillageIsShownSideBySideAndDecidedInTheWindow(FxRobot robot) throws Exception {
        Unit unit = services.reference().load().units().get(0);
        Path setup = dir.resolve("setup.mlnode");
        String code = services.exchange().createNode(unit.name(), setup);
        MediationCase c = services.cases().search(new org.mediationledger.model.CaseFilter(unit.id(), null, null, null, null, null,
                null), 0, 1).rows().stream().findFirst().flatMap(s -> services.cases().get(s.id())).orElseThrow();
        Path up = dir.resolve("up.mlx");
        try (Services village = Composition.open(dir.resolve("village").resolve("ledger"), TestData.ZH, TestData.CLOCK)) {
            village.exchange().join(setup, code);
            MediationCase v = village.cases().get(c.id()).orElseThrow();
            village.cases().update(c.id(), v.version(), v.draft().withSummary("村里改的摘要"));
            village.exchange().export(null, up);
        }
        MediationCase t = services.cases().get(c.id()).orElseThrow();
        services.cases().update(c.id(), t.version(), t.draft().withSummary("镇里改的摘要"));

        // the dashboard says there is an exchange, and leads to it
        robot.clickOn("#nav-dashboard");
        Label dashConflicts = robot.lookup("#dash-exchange-conflicts").queryAs(Label.class);
        waitUntil(() -> dashConflicts.getScene() != null && robot.lookup("#dash-exchange-card").query().isVisible()
                && robot.lookup("#dash-exchange-detail").queryAs(Label.class).getText().contains(unit.name()));
        assertThat(dashConflicts.getText()).contains("0");
        robot.clickOn("#dash-exchange-card");
        TableView<?> peers = robot.lookup("#exchange-peers").queryTableView();
        waitUntil(() -> peers.getItems().size() == 1);
        assertThat(robot.lookup("#exchange-self").queryAs(Label.class).getText()).contains(services.settings().township());
        ExchangeView view = robot.lookup("#exchange-area").queryAs(ExchangeView.class);
        robot.interact(() -> view.importFile(up));

        Label result = robot.lookup("#exchange-last-import").queryAs(Label.class);
        waitUntil(() -> result.getText().contains(unit.name()));
        assertThat(result.getText()).contains("冲突 1 处");
        TableView<?> conflicts = robot.lookup("#exchange-conflicts").queryTableView();
        waitUntil(() -> conflicts.getItems().size() == 1);
        assertThat(robot.lookup("镇里改的摘要").tryQuery()).isPresent();
        assertThat(robot.lookup("村里改的摘要").tryQuery()).isPresent();
        assertThat(((org.mediationledger.ui.exchange.ExchangeViewModel.Conflict) conflicts.getItems().get(0)).record())
                .as("the case named by its number").contains(c.caseNumber());

        // the case register marks the case in red, and the case itself says a conflict waits
        robot.clickOn("#nav-cases");
        String marked = "⚠ " + c.caseNumber();
        waitUntil(() -> robot.lookup(marked).tryQuery().isPresent());
        assertThat(robot.lookup(marked).query().getStyleClass()).contains("exchange-conflict");
        robot.doubleClickOn(marked);
        waitUntil(() -> robot.lookup("#detail-exchange-conflict").tryQuery().map(n -> ((Label) n).getText().contains("1 处")).orElse(false));
        robot.clickOn("#nav-exchange");
        waitUntil(() -> conflicts.getItems().size() == 1);

        robot.clickOn("村里改的摘要");
        robot.clickOn("#exchange-take-theirs");
        waitUntil(() -> conflicts.getItems().isEmpty());
        assertThat(services.cases().get(c.id()).orElseThrow().draft().summary()).isEqualTo("村里改的摘要");
        assertThat(services.exchange().conflicts(false)).singleElement().satisfies(k -> assertThat(k.resolution()).isEqualTo("THEIRS"));
        // decided: the register shows the plain number again
        robot.clickOn("#nav-cases");
        waitUntil(() -> robot.lookup(c.caseNumber()).tryQuery().isPresent());
        assertThat(robot.lookup(marked).tryQuery()).isEmpty();
        robot.clickOn("#nav-dashboard");
        waitUntil(() -> robot.lookup("#dash-exchange-detail").queryAs(Label.class).getText().contains("2026-"));
    }
}
