package org.mediationledger.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mediationledger.TestData;
import org.mediationledger.app.Composition;
import org.mediationledger.model.ServerAddress;
import org.mediationledger.server.PgServer;
import org.mediationledger.service.Services;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * 连接服务器数据库 against a real PostgreSQL server: an address the program cannot read and a wrong password are each a
 * sentence in the dialog, with what was typed still there; the right password opens the ledger on the server.
 */
@ExtendWith(ApplicationExtension.class)
class ServerConnectUiTest {
    private Stage stage;

    @Start
    void start(Stage s) {
        stage = s;
        s.setScene(new Scene(new StackPane(), 400, 300));
        s.show();
    }

    @Test
    void aClerkConnectsToTheServerAfterAMistypedAddressAndAWrongPassword(FxRobot robot) throws Exception {
        ServerAddress db = PgServer.newDatabase();
        AtomicReference<ServerConnectDialog.Choice> chosen = new AtomicReference<>();
        robot.interact(() -> {
            ServerConnectDialog dialog = new ServerConnectDialog(TestData.ZH, stage, null, (a, password, ok, refused) ->
                    new Thread(() -> {
                        try {
                            Services s = Composition.openServer(a, new String(password), TestData.ZH, TestData.CLOCK);
                            Platform.runLater(() -> ok.accept(s));
                        } catch (RuntimeException e) {
                            Platform.runLater(() -> refused.accept(Errors.sentence(TestData.ZH, e)));
                        }
                    }).start());
            dialog.resultProperty().addListener((o, was, now) -> chosen.set(now));
            dialog.show();
        });
        UiTestBase.waitUntil(() -> robot.lookup("#server-address").tryQuery().isPresent());
        TextField address = robot.lookup("#server-address").queryAs(TextField.class);
        Label problem = robot.lookup("#server-problem").queryAs(Label.class);

        robot.clickOn("#server-address").write("postgresql://" + db.host() + ":" + db.port() + "/" + db.database());
        robot.clickOn("#server-connect");
        UiTestBase.waitUntil(() -> !problem.getText().isEmpty());
        assertThat(problem.getText()).contains("缺少用户名");

        robot.interact(() -> address.setText(db.toString()));
        robot.clickOn("#server-password").write("not-the-password");
        robot.clickOn("#server-connect");
        UiTestBase.waitUntil(() -> problem.getText().contains("拒绝"));
        assertThat(address.getText()).isEqualTo(db.toString());
        assertThat(chosen.get()).isNull();

        PasswordField password = robot.lookup("#server-password").queryAs(PasswordField.class);
        robot.interact(() -> password.setText(PgServer.PASSWORD));
        robot.clickOn("#server-connect");
        UiTestBase.waitUntil(() -> chosen.get() != null);
        try (Services s = chosen.get().services()) {
            assertThat(chosen.get().address()).isEqualTo(db);
            assertThat(s.location()).isEqualTo(db.toString());
            assertThat(s.cases().countAll()).isZero();
        }
        assertThat(robot.lookup("#server-address").tryQuery()).isEmpty();
    }
}
