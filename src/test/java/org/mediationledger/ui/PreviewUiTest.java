package org.mediationledger.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.mediationledger.model.MediationCase;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The preview of a case summary opens inside the program with its pages rendered. */
class PreviewUiTest extends UiTestBase {

    @Start
    void start(Stage stage) throws java.io.IOException {
        open(stage);
    }

    @Test
    void theCaseSummaryPreviewShowsItsPages(FxRobot robot) {
        MediationCase first = services.cases().byShortNumber("1").orElseThrow();
        robot.clickOn("#nav-cases");
        waitUntil(() -> robot.lookup(first.caseNumber()).tryQuery().isPresent());
        robot.doubleClickOn(first.caseNumber());
        waitUntil(() -> robot.lookup("#print-summary").tryQuery().map(n -> !n.isDisabled()).orElse(false));
        robot.clickOn("#print-summary");
        waitUntil(() -> robot.lookup("#preview-page").tryQuery().map(n -> ((Label) n).getText().startsWith("第 1 页 共")).orElse(false));
        ImageView page = robot.lookup("#preview-image").queryAs(ImageView.class);
        assertThat(page.getImage()).isNotNull();
        assertThat(page.getImage().getHeight()).isGreaterThan(page.getImage().getWidth());
        // the agreement of the same case too
        robot.interact(() -> ((Stage) page.getScene().getWindow()).close());
        waitUntil(() -> robot.lookup("#print-agreement").tryQuery().map(n -> !n.isDisabled()).orElse(false));
        assertThat(services.cases().history(first.id())).noneMatch(e -> e.action().equals("PRINT_FULL"));
        robot.clickOn("#print-agreement");
        waitUntil(() -> robot.lookup("#preview-page").tryQuery().map(n -> ((Label) n).getText().equals("第 1 页 共 1 页")).orElse(false));
        // the agreement starts with the numbers in full (the parties sign it), and that print is in the case's history
        assertThat(robot.lookup("#preview-full").queryAs(javafx.scene.control.CheckBox.class).isSelected()).isTrue();
        waitUntil(() -> services.cases().history(first.id()).stream().anyMatch(e -> e.action().equals("PRINT_FULL")));
        // Esc closes the preview
        robot.clickOn("#preview-image");
        robot.press(javafx.scene.input.KeyCode.ESCAPE).release(javafx.scene.input.KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#preview-image").tryQuery().isEmpty());
    }
}
