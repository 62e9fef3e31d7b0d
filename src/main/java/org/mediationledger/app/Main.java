package org.mediationledger.app;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
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
        if (System.getProperty("ledger.log.dir") == null) {
            // before the first logger: the log (LogSetup) appends to ledger.log here and rolls it by size
            Path folder = DataLocation.defaultFolder();
            try {
                Files.createDirectories(folder);
                System.setProperty("ledger.log.dir", folder.toString());
            } catch (Exception e) {
                System.setProperty("ledger.log.dir", System.getProperty("java.io.tmpdir"));
            }
        }
        ClassArchive.prepareIfMissing(); // only when started by the installed launcher, once
        if (System.getenv(ClassArchive.TRAINING) != null) {
            ClassArchive.loadWindowClasses(); // the run that makes the archive: the window's classes in it too
        }
        java.nio.charset.Charset charset = ConsoleOutput.charset();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, charset), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, charset), true);
        Cli cli = new Cli(OPENER, out, err, DataLocation.defaultDatabase());
        int code = cli.run(args);
        if (code == Cli.OK && cli.wantsWindow()) {
            UiPreferences prefs = new UiPreferences(DataLocation.defaultFolder().resolve("ui.properties"));
            String lang = cli.language() != null ? cli.language() : prefs.language("zh");
            // the ledger opens while JavaFX starts (two things at once on a PC with two cores: about 1.5 s sooner)
            Messages messages = Messages.forLanguage(lang);
            Path db;
            org.mediationledger.model.ServerAddress server;
            try {
                db = cli.databasePath();
                server = cli.server().orElse(null);
            } catch (org.mediationledger.model.ValidationException e) {
                e.problems().forEach(p -> err.println(messages.problem(p))); // a server address the program cannot read
                System.exit(Cli.BAD_ARGUMENTS);
                return;
            } catch (RuntimeException e) {
                err.println(e.getMessage()); // a --db no path can hold (the sentence of UserInputException)
                System.exit(Cli.BAD_ARGUMENTS);
                return;
            }
            // a ledger on a server is opened after its password is asked (in the window); a file while JavaFX starts
            boolean onServer = server != null || db == null && prefs.server().isPresent();
            CompletableFuture<Services> opening = onServer ? null : CompletableFuture.supplyAsync(() -> open(db, messages, false),
                    r -> {
                        Thread t = new Thread(r, "open-ledger");
                        t.setDaemon(true);
                        t.start();
                    });
            LedgerApplication.start(new LedgerApplication.Launch(OPENER, db, DataLocation.defaultDatabase(), lang, prefs, opening, server));
            return;
        }
        System.exit(code);
    }

    /** Opens data files and, for the command line, ledgers on a PostgreSQL server. */
    static final org.mediationledger.service.Opener OPENER = new org.mediationledger.service.Opener() {
        @Override
        public Services open(Path db, Messages messages, boolean create) {
            return Main.open(db, messages, create);
        }

        @Override
        public Services openServer(org.mediationledger.model.ServerAddress address, char[] password, Messages messages) {
            return Composition.openServer(address, new String(password), messages, Clock.systemDefaultZone());
        }

        @Override
        public java.util.List<String> ledgersOn(org.mediationledger.model.ServerAddress address, char[] password, Messages messages) {
            return Composition.ledgersOn(address, new String(password));
        }
    };

    static Services open(Path db, Messages messages, boolean create) {
        return Composition.open(db == null ? DataLocation.defaultDatabase() : db, messages, Clock.systemDefaultZone(), create);
    }
}
