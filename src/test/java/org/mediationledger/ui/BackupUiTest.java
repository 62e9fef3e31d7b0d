package org.mediationledger.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.mediationledger.TestData;
import org.mediationledger.service.BackupService;
import org.mediationledger.ui.shell.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Settings → 数据备份: a backup made by hand is listed with its counts; restoring asks first, showing what it holds. */
class BackupUiTest extends UiTestBase {
    final AtomicReference<Path> restored = new AtomicReference<>();

    @Start
    void start(Stage stage) throws java.io.IOException {
        dir = java.nio.file.Files.createTempDirectory("ledger-ui");
        services = TestData.withDemo(dir);
        executor = new FxTaskExecutor();
        window = new MainWindow(services, executor, TestData.ZH, services.reference().load(), "zh", lang -> false, restored::set);
        stage.setScene(new Scene(window, 1280, 800));
        Theme.apply(stage.getScene());
        stage.show();
    }

    @Test
    void backUpNowThenChooseItToRestore(FxRobot robot) {
        robot.clickOn("#nav-settings");
        robot.clickOn("数据备份");
        TableView<BackupService.Backup> table = robot.lookup("#backup-table").queryTableView();
        robot.clickOn("#backup-now");
        Label message = robot.lookup("#backup-message").queryAs(Label.class);
        waitUntil(() -> message.getText().startsWith("已写入并核对备份"));
        assertThat(message.getText()).contains("案件 12 件");
        waitUntil(() -> table.getItems().size() == 1);
        assertThat(table.getItems().get(0).kind()).isEqualTo(BackupService.Kind.MANUAL);
        assertThat(table.getItems().get(0).cases()).isEqualTo(12);

        // the history checked from the same page: whole, with how many entries
        robot.clickOn("#audit-verify");
        waitUntil(() -> message.getText().startsWith("历史记录完整"));
        assertThat(message.getText()).matches("历史记录完整：共 \\d+ 条.*");
        assertThat(robot.lookup("#backup-error").queryAs(Label.class).getText()).isEmpty();

        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#backup-restore");
        waitUntil(() -> robot.lookup("#backup-restore-yes").tryQuery().isPresent());
        assertThat(robot.lookup(".dialog-pane .content").queryAs(Label.class).getText()).contains("案件 12 件", "另存到备份文件夹");
        robot.clickOn("#backup-restore-yes");
        waitUntil(() -> restored.get() != null);
        assertThat(restored.get()).isEqualTo(table.getItems().get(0).file());
    }

    @Test
    void theSecondFolderIsKept(FxRobot robot) {
        robot.clickOn("#nav-settings");
        robot.clickOn("数据备份");
        javafx.scene.control.TextField second = robot.lookup("#backup-second-folder").queryAs(javafx.scene.control.TextField.class);
        robot.interact(() -> second.setText(dir.resolve("usb").toString()));
        robot.clickOn("#backup-save-rules");
        waitUntil(() -> services.settings().backupSecondFolder().isPresent());
        assertThat(services.settings().backupSecondFolder()).contains(dir.resolve("usb").toString());
    }
}
