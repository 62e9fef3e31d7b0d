package org.mediationledger.ui.shell;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.mediationledger.model.Messages;
import org.mediationledger.service.ReferenceData;
import org.mediationledger.service.Services;
import org.mediationledger.ui.TaskExecutor;
import org.mediationledger.model.CaseOrigin;
import org.mediationledger.ui.cases.CasesArea;
import org.mediationledger.ui.dashboard.DashboardView;
import org.mediationledger.ui.settings.SettingsView;
import org.mediationledger.ui.settings.SettingsViewModel;

/** The shell: navigation on the left, the chosen area in the middle, the status bar below. */
public final class MainWindow extends BorderPane {
    public enum Area { DASHBOARD, SCREENING, CASES, LEADER, STATS, EXCHANGE, SETTINGS }

    private final Services services;
    private final TaskExecutor executor;
    private final Messages m;
    private final StackPane center = new StackPane();
    private final Map<Area, ToggleButton> navButtons = new LinkedHashMap<>();
    private final Label openCases = new Label();
    private final DashboardView dashboard;
    /** Built on first use, like the other areas but the dashboard (see area()). */
    private CasesArea cases;
    private org.mediationledger.ui.screening.ScreeningArea screening;
    private org.mediationledger.ui.leader.LeaderBoardViewModel leaderVm;
    private org.mediationledger.ui.leader.ReceptionViewModel receptionVm;
    private org.mediationledger.ui.leader.LeaderBoardView leaderBoard;
    private javafx.scene.control.TabPane leaderTabs;
    private org.mediationledger.ui.stats.StatsViewModel statsVm;
    private SettingsViewModel settingsVm;
    private org.mediationledger.ui.exchange.ExchangeViewModel exchangeVm;
    private final Label user = new Label();
    private org.mediationledger.ui.settings.BackupViewModel backupVm;
    private SettingsView settings;
    private final Map<Area, Node> areas = new LinkedHashMap<>();
    /** The reference data as last saved (the areas built later start from it). */
    private ReferenceData ref;
    private final String language;
    private final java.util.function.Predicate<String> chooseLanguage;
    private final Consumer<java.nio.file.Path> restore;

    public MainWindow(Services services, TaskExecutor executor, Messages m, ReferenceData ref, String language,
                      java.util.function.Predicate<String> chooseLanguage) {
        this(services, executor, m, ref, language, chooseLanguage, zip -> { });
    }

    /** @param restore closes the data file, puts a backup in its place and opens it again (Settings → 数据备份) */
    public MainWindow(Services services, TaskExecutor executor, Messages m, ReferenceData ref, String language,
                      java.util.function.Predicate<String> chooseLanguage, Consumer<java.nio.file.Path> restore) {
        org.mediationledger.ui.Gate.use(services.accounts().session()); // before the pages are built: they ask it
        this.services = services;
        this.executor = executor;
        this.m = m;
        setId("main-window");
        this.dashboard = new DashboardView(services, executor, m, this::openWork, this::openCase);
        this.ref = ref;
        this.language = language;
        this.chooseLanguage = chooseLanguage;
        this.restore = restore;
        dashboard.onGuide(this::guide);
        dashboard.onExchange(() -> show(Area.EXCHANGE));
        dashboard.onNotScreened(() -> show(Area.SCREENING));
        areas.put(Area.DASHBOARD, scrolling(dashboard, 760, 540));
        // the other areas are built when first shown: the dashboard is on screen sooner, and its figures are not read
        // beside the case list's and the screening board's

        setLeft(navigation());
        center.getStyleClass().add("content");
        setCenter(center);
        setBottom(statusBar());
        show(Area.DASHBOARD);
        refreshCounts();
    }

    private Node navigation() {
        Label app = new Label(m.get("app.shortTitle"));
        app.getStyleClass().add("nav-title");
        app.setWrapText(true);
        VBox nav = new VBox(4, app);
        nav.getStyleClass().add("nav");
        ToggleGroup group = new ToggleGroup();
        for (Area a : Area.values()) {
            ToggleButton b = new ToggleButton(m.get("nav." + a.name().toLowerCase()));
            b.setId("nav-" + a.name().toLowerCase());
            b.setToggleGroup(group);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setAlignment(Pos.CENTER_LEFT);
            b.getStyleClass().add("nav-button");
            b.setOnAction(e -> show(a));
            navButtons.put(a, b);
            nav.getChildren().add(b);
        }
        // a pressed button stays pressed: clicking the current area again does not leave it unselected
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null && was != null) {
                was.setSelected(true);
            }
        });
        return nav;
    }

    private Node statusBar() {
        Label file = new Label(m.get("status.file", services.location()));
        file.setId("status-file");
        openCases.setId("status-open-cases");
        user.setId("status-user");
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(14, 14);
        busy.visibleProperty().bind(executor.runningProperty().greaterThan(0));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(16, file, grow, busy, openCases, user);
        bar.getStyleClass().add("status-bar");
        bar.setPadding(new Insets(4, 10, 4, 10));
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    /** Ctrl+N: new case; Ctrl+F: search the register; the question before closing over unsaved input. Call once the window has a scene. */
    public void installShortcuts() {
        getScene().getAccelerators().put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), this::newCase);
        getScene().getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), this::search);
        // closing the window with a half-filled form asks first; keeping the form keeps the window open
        javafx.stage.Window window = getScene().getWindow();
        window.addEventFilter(javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST, e -> {
            // only while this main window is the one on show (a window restored from a backup replaces it)
            if (getScene() != null && getScene().getWindow() == window && hasUnsavedInput()
                    && !org.mediationledger.ui.Fx.confirmDiscard(window, m, "app.closeWithUnsaved")) {
                e.consume();
            }
        });
    }

    /** An area that scrolls when the window is smaller than it needs (nothing cut off at 800×560). */
    private static javafx.scene.control.ScrollPane scrolling(javafx.scene.layout.Region area, double minWidth, double minHeight) {
        area.setMinSize(minWidth, minHeight);
        javafx.scene.control.ScrollPane sp = new javafx.scene.control.ScrollPane(area);
        sp.setFitToWidth(true);
        sp.setFitToHeight(true);
        sp.getStyleClass().add("edge-to-edge");
        return sp;
    }

    /** An area, built on its first showing (the dashboard is built with the window). */
    private Node area(Area a) {
        Node built = areas.get(a);
        if (built == null) {
            built = switch (a) {
                case CASES -> buildCases();
                case SCREENING -> buildScreening();
                case LEADER -> buildLeader();
                case STATS -> buildStats();
                case SETTINGS -> buildSettings();
                case EXCHANGE -> buildExchange();
                default -> throw new IllegalStateException(a + " is built with the window");
            };
            areas.put(a, built);
        }
        return built;
    }

    /** The cases area on show (built if need be), for a step there that is not its list (a form, a case, the search). */
    private CasesArea toCases() {
        navButtons.get(Area.CASES).setSelected(true);
        CasesArea c = (CasesArea) area(Area.CASES);
        center.getChildren().setAll(c);
        return c;
    }

    private Node buildCases() {
        this.cases = new CasesArea(services.cases(), services.screening(), services.papers(), this::preview, executor, m, ref,
                this::refreshCounts);
        if (services.databaseFile() != null) {
            cases.setDrafts(new org.mediationledger.service.Drafts(services.databaseFile()));
        }
        cases.setPathService(services.path());
        return cases;
    }

    private Node buildScreening() {
        this.screening = new org.mediationledger.ui.screening.ScreeningArea(services.screening(), executor, m, ref,
                (draft, findingId) -> openCaseFrom(draft, CaseOrigin.finding(findingId)), this::assignFinding, dashboard::refresh,
                this::preview, services.papers());
        if (services.databaseFile() != null) {
            screening.setDrafts(new org.mediationledger.service.Drafts(services.databaseFile()));
        }
        screening.setOnExported(this::recordExport);
        return screening;
    }

    private Node buildSettings() {
        this.settingsVm = new SettingsViewModel(services.settings(), services.reference(), executor, m, newRef -> {
            this.ref = newRef;
            if (cases != null) {
                cases.setReference(newRef);
            }
            if (screening != null) {
                screening.setReference(newRef);
            }
            // the township and the user's name show at once in the title and the status bar, no restart
            if (getScene() != null && getScene().getWindow() instanceof javafx.stage.Stage stage) {
                stage.setTitle(m.get("app.titleWithTownship", newRef.township()));
            }
            refreshCounts();
        });
        this.backupVm = new org.mediationledger.ui.settings.BackupViewModel(services.backups(), services.settings(), executor, m,
                restore);
        settingsVm.setUnitImport(services.unitImport());
        this.settings = new SettingsView(settingsVm, language, chooseLanguage, backupVm);
        settings.addHistoryTab(new org.mediationledger.ui.settings.HistoryViewModel(services.history(), executor, m));
        settings.addRegisterImportTab(new org.mediationledger.ui.settings.RegisterImportViewModel(services.registerImport(), executor, m,
                this::imported));
        settings.addAccountsTab(new org.mediationledger.ui.settings.AccountsViewModel(services.accounts(), services.reference(), executor, m,
                key -> new org.mediationledger.ui.RecoveryKeyDialog(m, getScene().getWindow(), executor, services.papers(), key,
                        services.accounts().session().account().map(a -> a.name()).orElse(""), true).showAndWait()));
        return settings;
    }

    private Node buildLeader() {
        this.leaderVm = new org.mediationledger.ui.leader.LeaderBoardViewModel(services.leader(), services.cases(), executor, m);
        this.receptionVm = new org.mediationledger.ui.leader.ReceptionViewModel(services.reception(), executor, m,
                (draft, matterId) -> openCaseFrom(draft, CaseOrigin.receptionMatter(matterId)));
        this.leaderBoard = new org.mediationledger.ui.leader.LeaderBoardView(leaderVm, ref, this::preview, services.papers());
        this.leaderTabs = new javafx.scene.control.TabPane(
                new javafx.scene.control.Tab(m.get("leader.tab.matters"), leaderBoard),
                new javafx.scene.control.Tab(m.get("leader.tab.reception"), new org.mediationledger.ui.leader.ReceptionView(receptionVm, ref)));
        leaderTabs.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
        leaderTabs.setId("leader-tabs");
        return leaderTabs;
    }

    private Node buildExchange() {
        this.exchangeVm = new org.mediationledger.ui.exchange.ExchangeViewModel(services.exchange(), services.cases(), executor, m, () -> {
            refreshCounts();
            if (cases != null) {
                cases.showCurrent();
            }
        });
        return new org.mediationledger.ui.exchange.ExchangeView(exchangeVm, () -> ref.units());
    }

    private Node buildStats() {
        this.statsVm = new org.mediationledger.ui.stats.StatsViewModel(services.stats(), services.reports(), executor, m);
        statsVm.setOnExported(this::recordExport);
        return new org.mediationledger.ui.stats.StatsView(statsVm, ref, this::openCase, this::preview, services.papers());
    }

    public void show(Area a) {
        navButtons.get(a).setSelected(true);
        boolean builtBefore = areas.containsKey(a);
        center.getChildren().setAll(area(a));
        switch (a) {
            case DASHBOARD -> dashboard.refresh();
            case SETTINGS -> settingsVm.load();
            case CASES -> {
                if (builtBefore) { // a new area has just read its first page
                    cases.showCurrent();
                }
            }
            case SCREENING -> screening.showCurrent();
            case STATS -> statsVm.load();
            case EXCHANGE -> exchangeVm.load();
            case LEADER -> {
                leaderVm.load();
                receptionVm.load();
            }
            default -> { }
        }
    }

    public void newCase() {
        toCases().newCase();
    }

    public void search() {
        toCases().focusSearch();
    }

    /** The print preview of a paper, owned by the main window. */
    private void preview(String title, String fileName, boolean offerFull, boolean fullByDefault,
                         java.util.function.Function<Boolean, byte[]> make) {
        org.mediationledger.ui.paper.PreviewDialog.show(getScene().getWindow(), m, executor, title, fileName, offerFull, fullByDefault, make)
                .setOnSaved(f -> recordExport(title, f));
    }

    /** A step of the dashboard's first-day guide: the place in the program where it is done. */
    private void guide(org.mediationledger.ui.dashboard.DashboardView.Step step) {
        switch (step) {
            case IMPORT_UNITS -> {
                show(Area.SETTINGS);
                settings.showTab(1);
                settings.chooseAndImportUnits();
            }
            case UNITS -> {
                show(Area.SETTINGS);
                settings.showTab(1);
            }
            case STAFF -> {
                show(Area.SETTINGS);
                settings.showTab(2);
            }
            case FIRST_CASE -> newCase();
            case SCREENING -> show(Area.SCREENING);
            default -> { }
        }
    }

    /** A line of the dashboard's work list: its case, or the leader area (matters or reception days). */
    private void openWork(org.mediationledger.model.WorkItem w) {
        if (w.caseId() == null) {
            show(Area.LEADER);
            leaderTabs.getSelectionModel().select(w.kind() == org.mediationledger.model.WorkItem.Kind.PETITION_LATE ? 1 : 0);
            return;
        }
        openCase(w.caseId());
    }

    /** A case in the cases area (from the dashboard or from the cases behind a figure). */
    private void openCase(java.util.UUID id) {
        toCases().open(id);
    }

    /** "Open a case" on a screening finding or a reception matter: the intake form, pre-filled, in the cases area. */
    private void openCaseFrom(org.mediationledger.model.CaseDraft draft, CaseOrigin origin) {
        toCases().newCaseFrom(draft, origin);
    }

    /** "Assign to a leader" on a screening finding: the leader area with the assignment dialog for that finding. */
    private void assignFinding(org.mediationledger.model.LedgerRow row) {
        java.util.UUID findingId = row.findingId();
        String summary = row.summary();
        show(Area.LEADER);
        leaderTabs.getSelectionModel().select(0);
        leaderTabs.applyCss(); // the tab's content joins the scene now, so the dialog has its owner window
        leaderTabs.layout();
        // the finding's village is the responsible unit unless the clerk chooses another
        leaderBoard.assign(new org.mediationledger.ui.leader.LeaderBoardView.Subject(null, findingId, m.get("leader.findingSubject", summary),
                row.unit()));
    }

    /** Whether a form holds something typed and not saved (the window asks before closing). */
    public boolean hasUnsavedInput() {
        return cases != null && cases.hasUnsavedInput() || screening != null && screening.hasUnsavedInput();
    }

    /** The open cases and the user's name in the status bar, read in the background. */
    /** Rows of an old register were saved: the counts and the dashboard read again (the other areas read when shown). */
    private void imported() {
        refreshCounts();
        dashboard.refresh();
    }

    public void refreshCounts() {
        executor.run(() -> new Object[] {services.cases().countOpen(), services.settings().userName()}, r -> {
            openCases.setText(m.get("status.openCases", r[0]));
            user.setText(m.get("status.user", r[1]));
        }, failure -> { });
    }

    /** A file written from the ledger goes into the history (what, where, by whom); a failure is logged, the file stays. */
    private void recordExport(String what, java.nio.file.Path file) {
        executor.run(() -> {
            services.history().recordExport(what, file);
            return null;
        }, x -> { }, e -> org.slf4j.LoggerFactory.getLogger(MainWindow.class).warn("could not record the export of {}", file, e));
    }
}
