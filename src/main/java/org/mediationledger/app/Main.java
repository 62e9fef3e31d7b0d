package org.mediationledger.app;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.mediationledger.cli.Cli;
import org.mediationledger.model.Messages;
import org.mediationledger.service.Services;
import org.mediationledger.ui.LedgerApplication;
import org.mediationledger.ui.UiPreferences;

/** Starts the window, or with a command runs it headless. Not an Application subclass, so the plain jar starts. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (System.getProperty("org.slf4j.simpleLogger.logFile") == null) {
            Path log = DataLocation.defaultFolder().resolve("ledger.log");
            try {
                Files.createDirectories(log.getParent());
                System.setProperty("org.slf4j.simpleLogger.logFile", log.toString());
            } catch (Exception e) {
                System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
            }
        }
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        Cli cli = new Cli(Main::open, out, err);
        int code = cli.run(args);
        if (code == Cli.OK && cli.wantsWindow()) {
            UiPreferences prefs = new UiPreferences(DataLocation.defaultFolder().resolve("ui.properties"));
            String lang = cli.language() != null ? cli.language() : prefs.language("zh");
            LedgerApplication.start(new LedgerApplication.Launch(Main::open, cli.databasePath(), lang, prefs));
            return;
        }
        System.exit(code);
    }

    static Services open(Path db, Messages messages) {
        return Composition.open(db == null ? DataLocation.defaultDatabase() : db, messages, Clock.systemDefaultZone());
    }
}
