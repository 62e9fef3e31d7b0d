package org.mediationledger.ui;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.image.Image;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.mediationledger.model.DataFileException;
import org.mediationledger.model.Messages;
import org.mediationledger.service.ReferenceData;
import org.mediationledger.service.BackupService;
import org.mediationledger.service.Opener;
import org.mediationledger.service.Services;
import org.mediationledger.ui.shell.MainWindow;

/**
 * The window. Opens the data file in the background (a locked or unreadable file gets a sentence, not a trace),
 * offers the demo township on an empty file, then shows the main window where it was last time.
 */
public final class LedgerApplication extends Application {
    /** What the composition root hands over before launch (JavaFX creates this class itself). */
    public record Launch(Opener opener, Path database, Path defaultDatabase, String language, UiPreferences prefs,
                         java.util.concurrent.CompletableFuture<Services> opening, org.mediationledger.model.ServerAddress server) {
        public Launch(Opener opener, Path database, Path defaultDatabase, String language, UiPreferences prefs) {
            this(opener, database, defaultDatabase, language, prefs, null, null);
        }

        public Launch(Opener opener, Path database, Path defaultDatabase, String language, UiPreferences prefs,
                      java.util.concurrent.CompletableFuture<Services> opening) {
            this(opener, database, defaultDatabase, language, prefs, opening, null);
        }

        /** The server to start on: named on the command line, else the one this PC used last (unless a file is named). */
        String serverToOpen() {
            if (server != null) {
                return server.toString();
            }
            return database == null ? prefs.server().orElse(null) : null;
        }
    }

    /** Whether the clerk was asked for the server once already (then the data file is what "open" means). */
    private boolean serverAsked;

    private static Launch launch;
    /** The opening Main began before the launch, until the first open() takes it. */
    private java.util.concurrent.CompletableFuture<Services> opening;
    private final FxTaskExecutor executor = new FxTaskExecutor();
    private Services services;
    /** The interface language now on show: the start's, until the clerk chooses another in the settings. */
    private String language;

    public static void start(Launch l) {
        launch = l;
        Application.launch(LedgerApplication.class);
    }

    @Override
    public void start(Stage stage) {
        opening = launch.opening();
        language = launch.language();
        Fx.useLanguage(language);
        Messages m = Messages.forLanguage(language);
        stage.setTitle(m.get("app.title"));
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            InputStream in = LedgerApplication.class.getResourceAsStream("/icons/icon-" + size + ".png");
            if (in != null) {
                stage.getIcons().add(new Image(in));
            }
        }
        ProgressIndicator spinner = new ProgressIndicator();
        VBox opening = new VBox(12, spinner, new Label(m.get("app.opening")));
        opening.setAlignment(Pos.CENTER);
        launch.prefs().restore(stage);
        // the scene gets the window's size itself: a window manager (openbox) otherwise sizes the window to its first
        // content, a spinner, and then to the minimum
        Scene scene = new Scene(opening, stage.getWidth(), stage.getHeight());
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
        StartupProbe.shown();
        launch.prefs().settle(stage);
        Fx.keepDialogsWhole(stage);
        open(stage, m, false);
        stage.setOnCloseRequest(e -> launch.prefs().remember(stage));
    }

    private Path file() {
        return launch.database() != null ? launch.database() : launch.defaultDatabase();
    }

    /**
     * Opens the data file in the background. A missing file is created only after asking; a damaged one is left as it
     * was, and the newest backup is offered in its place.
     */
    private void open(Stage stage, Messages m, boolean create) {
        if (!serverAsked && launch.serverToOpen() != null) {
            connectToServer(stage, m, launch.serverToOpen());
            return;
        }
        java.util.concurrent.CompletableFuture<Services> early = opening;
        opening = null; // used once: creating the file after asking, or opening a restored backup, opens anew
        executor.run(() -> early != null && !create ? opened(early) : launch.opener().open(launch.database(), m, create),
                opened -> onOpened(stage, m, opened), failure -> {
            if (failure instanceof DataFileException d && d.reasonKey().equals("db.error.missing")) {
                ButtonType server = new ButtonType(m.get("server.title") + "…", ButtonBar.ButtonData.OTHER);
                Alert ask = new Alert(Alert.AlertType.CONFIRMATION, m.get("app.createNew", d.location()),
                        new ButtonType(m.get("app.createNewYes"), ButtonBar.ButtonData.OK_DONE), server,
                        Fx.cancel(m));
                ask.setHeaderText(m.get("app.noFile"));
                ask.initOwner(stage);
                Optional<ButtonType> choice = ask.showAndWait();
                if (choice.filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).isPresent()) {
                    open(stage, m, true);
                } else if (choice.filter(b -> b == server).isPresent()) {
                    connectToServer(stage, m, launch.prefs().server().orElse(null));
                } else {
                    Platform.exit();
                }
                return;
            }
            Optional<BackupService.Backup> newest = failure instanceof DataFileException d
                    && (d.reasonKey().equals("db.error.corrupt") || d.reasonKey().equals("db.error.older")) ? newestBackup() : Optional.empty();
            ButtonType restore = new ButtonType(m.get("app.restoreNewest"), ButtonBar.ButtonData.OK_DONE);
            Alert a = newest.isPresent()
                    ? new Alert(Alert.AlertType.ERROR, Errors.sentence(m, failure) + "\n\n" + m.get("app.newestBackup",
                            newest.get().file().getFileName(), newest.get().made().format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")), newest.get().cases()),
                            restore, Fx.cancel(m))
                    : new Alert(Alert.AlertType.ERROR, Errors.sentence(m, failure), Fx.ok(m));
            a.setHeaderText(m.get("app.cannotOpen"));
            a.initOwner(stage);
            if (newest.isPresent() && a.showAndWait().filter(b -> b == restore).isPresent()) {
                executor.run(() -> BackupService.restore(file(), newest.get().file()), counts -> open(stage, m, false),
                        f -> {
                            Alert e = new Alert(Alert.AlertType.ERROR, Errors.sentence(m, f), Fx.ok(m));
                            e.initOwner(stage);
                            e.showAndWait();
                            Platform.exit();
                        });
                return;
            } else if (newest.isEmpty()) {
                a.showAndWait();
            }
            Platform.exit();
        });
    }

    /** The ledger is open (a file or a server): a login when it has accounts, else the first-run choice or the window. */
    private void onOpened(Stage stage, Messages m, Services opened) {
        services = opened;
        services.backups().startDailyWhileOpen();
        if (services.accounts().enabled()) {
            logIn(stage, m);
        } else {
            firstRun(stage, m);
        }
    }

    /**
     * 连接服务器数据库 (issue 18): the address (remembered on this PC once it worked) and the password; 改用本机数据文件
     * forgets the server and opens this PC's data file; 取消 closes the program.
     */
    private void connectToServer(Stage stage, Messages m, String address) {
        serverAsked = true;
        Optional<ServerConnectDialog.Choice> choice = new ServerConnectDialog(m, stage, address, (a, password, ok, refused) ->
                executor.run(() -> launch.opener().openServer(a, password, m), ok, f -> refused.accept(Errors.sentence(m, f))))
                .ask();
        if (choice.isEmpty()) {
            Platform.exit();
        } else if (choice.get().useFile()) {
            launch.prefs().setServer(null);
            open(stage, m, false);
        } else {
            launch.prefs().setServer(choice.get().address().toString());
            onOpened(stage, m, choice.get().services());
        }
    }

    /** The ledger opened while JavaFX started (Main began it before the launch): its result, or its failure as thrown. */
    private static Services opened(java.util.concurrent.CompletableFuture<Services> early) {
        try {
            return early.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    /** The backup just put in place, to be written into the restored ledger's history once someone works in it. */
    private Path restoredFrom;

    /** Settings → 数据备份 → 从备份恢复: the file is closed (with its backup), replaced by the backup, and opened again. */
    private void restoreFrom(Stage stage, Messages m, Path zip) {
        Services old = services;
        services = null;
        stage.getScene().setRoot(new VBox(12, new ProgressIndicator(), new Label(m.get("backup.restoring"))));
        ((VBox) stage.getScene().getRoot()).setAlignment(Pos.CENTER);
        executor.run(() -> {
            Path file = old.databaseFile();
            old.close();
            return BackupService.restore(file, zip);
        }, counts -> {
            restoredFrom = zip;
            open(stage, m, false);
            Alert done = new Alert(Alert.AlertType.INFORMATION, m.get("backup.restored", zip.getFileName(),
                    counts.getOrDefault("MEDIATION_CASE", 0L), counts.getOrDefault("SCREENING_ROUND", 0L),
                    counts.getOrDefault("FINDING", 0L)), Fx.ok(m));
            done.setHeaderText(null);
            done.initOwner(stage);
            done.show();
        }, failure -> {
            Errors.show(stage, m, failure);
            open(stage, m, false);
        });
    }

    /** A ledger with accounts opens after a login; 取消 closes the program. */
    private void logIn(Stage stage, Messages m) {
        executor.run(() -> services.settings().township(), township -> {
            Optional<org.mediationledger.model.Account> who = new LoginDialog(m, stage, executor, services.accounts(), township).showAndWait();
            if (who.isEmpty()) {
                Platform.exit();
                return;
            }
            showMain(stage, m);
            watchIdle(stage, m);
            // an administrator's first login on a ledger whose accounts came before encryption has just turned it on
            RecoveryKeyDialog.showIfNew(m, stage, executor, services);
        }, failure -> Errors.show(stage, m, failure));
    }

    private javafx.animation.Timeline idleCheck;

    /**
     * With accounts, the window locks after the set minutes without input: the session is logged out and the password
     * asked again (the same person goes on where they were; 取消 closes the program, saving nothing half-typed).
     */
    private void watchIdle(Stage stage, Messages m) {
        executor.run(() -> services.settings().idleMinutes(), minutes -> {
            if (minutes <= 0 || idleCheck != null) {
                return;
            }
            IdleLock lock = new IdleLock(System::nanoTime, java.time.Duration.ofMinutes(minutes));
            stage.addEventFilter(javafx.scene.input.InputEvent.ANY, e -> lock.touch());
            java.util.concurrent.atomic.AtomicBoolean asking = new java.util.concurrent.atomic.AtomicBoolean();
            idleCheck = new javafx.animation.Timeline(new javafx.animation.KeyFrame(javafx.util.Duration.seconds(30), e -> {
                if (lock.idle() && asking.compareAndSet(false, true)) {
                    Platform.runLater(() -> {
                        String who = services.accounts().session().account().map(a -> a.name()).orElse("");
                        services.accounts().session().logout();
                        LoginDialog d = new LoginDialog(m, stage, executor, services.accounts(), "");
                        d.setHeaderText(m.get("login.locked", minutes));
                        d.fixName(who);
                        javafx.scene.Node page = stage.getScene().getRoot();
                        page.setVisible(false); // nothing of the ledger on a screen nobody watches
                        if (d.showAndWait().isEmpty()) {
                            Platform.exit();
                            return;
                        }
                        page.setVisible(true);
                        lock.touch();
                        asking.set(false);
                    });
                }
            }));
            idleCheck.setCycleCount(javafx.animation.Animation.INDEFINITE);
            idleCheck.play();
        }, failure -> Errors.show(stage, m, failure));
    }

    private Optional<BackupService.Backup> newestBackup() {
        Path f = file().toAbsolutePath();
        return BackupService.list(f.resolveSibling("backups")).stream().filter(b -> b.cases() >= 0).findFirst();
    }

    private void firstRun(Stage stage, Messages m) {
        executor.run(() -> services.demo().isEmpty(), empty -> {
            if (!empty) {
                showMain(stage, m);
                return;
            }
            Optional<FirstRunDialog.Choice> choice = new FirstRunDialog(m, stage).showAndWait();
            if (choice.isPresent() && choice.get().join()) {
                joinTownship(stage, m, choice.get());
                return;
            }
            executor.run(() -> {
                if (choice.isEmpty()) {
                    return null;
                }
                if (!choice.get().userName().isBlank()) {
                    services.settings().setUserName(choice.get().userName());
                }
                if (choice.get().loadDemo()) {
                    services.demo().load();
                } else {
                    services.settings().setTownship(choice.get().township());
                }
                // last: the demo and the name are written as before, then accounts are on with this administrator
                createAdmin(choice.get());
                return null;
            }, done -> openAfterFirstRun(stage, m, main -> { }), failure -> {
                Errors.show(stage, m, failure);
                showMain(stage, m);
            });
        }, failure -> Errors.show(stage, m, failure));
    }

    /** When the first-run choice asked for accounts: this person becomes the administrator (in the background). */
    private void createAdmin(FirstRunDialog.Choice choice) {
        if (choice.adminPassword() != null) {
            services.accounts().createFirstAdmin(choice.userName(), choice.adminPassword());
        }
    }

    /** The window after the first-run choice; with accounts on, the idle lock and the recovery key once. */
    private void openAfterFirstRun(Stage stage, Messages m, java.util.function.Consumer<MainWindow> then) {
        showMain(stage, m, then);
        if (services.accounts().enabled()) {
            watchIdle(stage, m);
            RecoveryKeyDialog.showIfNew(m, stage, executor, services);
        }
    }

    /**
     * A village PC joins the township: the set-up file and join code (a refusal stays in the dialog, next to the
     * fields); cancelled, the first-run choice is offered again. Once joined, the name and accounts chosen are written
     * as for a blank start, and the window opens on the village ledger.
     */
    private void joinTownship(Stage stage, Messages m, FirstRunDialog.Choice choice) {
        Optional<org.mediationledger.service.exchange.ExchangeService.Result> joined = new org.mediationledger.ui.exchange.JoinDialog(
                m, stage, (file, code, ok, refused) -> executor.run(() -> {
                    if (!choice.userName().isBlank()) {
                        services.settings().setUserName(choice.userName());
                    }
                    return services.exchange().join(file, code);
                }, ok, e -> refused.accept(Errors.sentence(m, e)))).ask();
        if (joined.isEmpty()) {
            firstRun(stage, m);
            return;
        }
        executor.run(() -> {
            createAdmin(choice);
            return null;
        }, done -> openAfterFirstRun(stage, m, main -> main.show(MainWindow.Area.EXCHANGE)), failure -> {
            Errors.show(stage, m, failure);
            showMain(stage, m);
        });
    }

    private void showMain(Stage stage, Messages m) {
        showMain(stage, m, main -> { });
    }

    /**
     * A new interface language is kept for the next start and, unless a form holds unsaved input, takes effect at
     * once: the window is built again in that language, on the settings page (the ledger stays open).
     */
    private boolean switchLanguage(Stage stage, String lang) {
        launch.prefs().setLanguage(lang);
        if (lang.equals(language)) {
            return true;
        }
        if (!(stage.getScene().getRoot() instanceof MainWindow now) || now.hasUnsavedInput()) {
            return false; // the settings page says that it takes effect when the program starts again
        }
        language = lang;
        Fx.useLanguage(lang);
        Messages m = Messages.forLanguage(lang);
        showMain(stage, m, main -> main.show(MainWindow.Area.SETTINGS));
        return true;
    }

    private void showMain(Stage stage, Messages m, java.util.function.Consumer<MainWindow> then) {
        executor.run(() -> services.reference().load(), (ReferenceData ref) -> {
            MainWindow main = new MainWindow(services, executor, m, ref, language, lang -> switchLanguage(stage, lang),
                    zip -> restoreFrom(stage, m, zip));
            stage.getScene().setRoot(main);
            main.installShortcuts();
            stage.setTitle(m.get("app.titleWithTownship", ref.township()));
            then.accept(main);
            if (restoredFrom != null) {
                Path zip = restoredFrom;
                restoredFrom = null;
                executor.run(() -> {
                    services.history().recordRestore(zip);
                    return null;
                }, x -> { }, e -> Errors.show(stage, m, e));
            }
        }, failure -> Errors.show(stage, m, failure));
    }

    @Override
    public void stop() {
        executor.shutdown();
        if (services != null) {
            services.close();
        }
    }
}
