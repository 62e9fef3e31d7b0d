package org.mediationledger.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.mediationledger.model.CaseRef;
import org.mediationledger.model.Figures;
import org.mediationledger.model.Measure;
import org.mediationledger.model.Period;
import org.mediationledger.ui.stats.StatsViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The statistics screen shows each figure with numerator and denominator, and a figure's cases are exactly its numerator. */
class StatsUiTest extends UiTestBase {

    @Start
    void start(Stage stage) throws java.io.IOException {
        open(stage);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aFigureListsTheCasesOfItsNumerator(FxRobot robot) {
        Period q4 = Period.quarter(2026, 4);
        Figures f = services.stats().figures(q4, null, null);
        robot.clickOn("#nav-stats");
        robot.interact(() -> {
            ((ComboBox<Period.Kind>) robot.lookup("#stats-kind").query()).setValue(Period.Kind.QUARTER);
            ((DatePicker) robot.lookup("#stats-day").query()).setValue(q4.from().plusDays(10));
        });
        Label title = robot.lookup("#stats-title").queryAs(Label.class);
        TableView<StatsViewModel.Row> lines = robot.lookup("#stats-lines").queryTableView();
        robot.clickOn("#stats-show");
        waitUntil(() -> title.getText().contains("2026-10-01 至 2026-12-31"));
        StatsViewModel.Row success = lines.getItems().stream().filter(r -> r.line().key().equals("successRate")).findFirst().orElseThrow();
        assertThat(success.line().numerator()).isEqualTo(String.valueOf(f.count(Measure.SUCCESS)));
        assertThat(success.line().denominator()).isEqualTo(String.valueOf(f.count(Measure.CONCLUDED)));
        assertThat(success.line().value()).isEqualTo(f.successRate().text(services.stats().rounding(), 1));
        assertThat(f.count(Measure.SUCCESS)).isPositive();

        robot.interact(() -> lines.getSelectionModel().select(success));
        robot.clickOn("#stats-drill");
        waitUntil(() -> robot.lookup("#drill-table").tryQuery().isPresent());
        TableView<CaseRef> drill = robot.lookup("#drill-table").queryTableView();
        assertThat(drill.getItems()).hasSize((int) f.count(Measure.SUCCESS));
        assertThat(drill.getItems()).extracting(CaseRef::id).containsExactlyElementsOf(
                services.stats().cases(q4, null, null, Measure.SUCCESS).stream().map(CaseRef::id).toList());
        // a double click opens the case
        robot.doubleClickOn(drill.getItems().get(0).caseNumber());
        waitUntil(() -> robot.lookup("#detail-title").tryQuery()
                .map(n -> ((Label) n).getText().startsWith(drill.getItems().get(0).caseNumber())).orElse(false));
    }
}
