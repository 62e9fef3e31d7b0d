package org.mediationledger.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mediationledger.TestData;
import org.mediationledger.service.Services;
import org.mediationledger.ui.shell.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The real main window on a real data file with the demo township, driven headless by TestFX + Monocle. */
@ExtendWith(ApplicationExtension.class)
abstract class UiTestBase {
    Path dir;
    Services services;
    MainWindow window;
    FxTaskExecutor executor;

    /** Each test class calls this from its own @Start method: TestFX only looks at the class's declared methods. */
    void open(Stage stage) throws java.io.IOException {
        open(stage, TestData::withDemo);
    }

    /** @param ledger the ledger in the test's folder: the demo township, or a blank one */
    void open(Stage stage, java.util.function.Function<Path, Services> ledger) throws java.io.IOException {
        // TestFX calls this before JUnit's @TempDir is filled in, so the folder is made here
        dir = java.nio.file.Files.createTempDirectory("ledger-ui");
        services = ledger.apply(dir);
        executor = new FxTaskExecutor();
        Fx.useLanguage("zh");
        window = new MainWindow(services, executor, TestData.ZH, services.reference().load(), "zh", lang -> false);
        stage.setScene(new Scene(window, 1280, 800));
        Theme.apply(stage.getScene());
        window.installShortcuts();
        stage.show();
    }

    /** A new window on the same ledger, as after a restart or a power cut (drafts on disk are offered again). */
    MainWindow reopenWindow(FxRobot robot) {
        Stage stage = (Stage) robot.window(0);
        java.util.concurrent.atomic.AtomicReference<MainWindow> again = new java.util.concurrent.atomic.AtomicReference<>();
        robot.interact(() -> {
            again.set(new MainWindow(services, executor, TestData.ZH, services.reference().load(), "zh", lang -> false));
            stage.getScene().setRoot(again.get());
            again.get().installShortcuts();
        });
        window = again.get();
        return again.get();
    }

    @AfterEach
    void close() throws java.io.IOException {
        executor.shutdown();
        services.close();
        try (var files = java.nio.file.Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(java.io.File::delete);
        }
    }

    static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met within 15 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Scrolls the node into view first, as a user would, then returns it for clicking. */
    static Node shown(FxRobot robot, String id) {
        Node n = byId(robot, id);
        robot.interact(() -> Fx.scrollIntoView(n));
        return n;
    }

    /** Ids with brackets ("msg-parties[0].name") are no CSS selectors: find them by id directly. */
    static <T extends Node> T byId(FxRobot robot, String id) {
        Node n = robot.lookup(x -> id.equals(x.getId())).query();
        assertThat(n).as("node #" + id).isNotNull();
        @SuppressWarnings("unchecked")
        T t = (T) n;
        return t;
    }
}
