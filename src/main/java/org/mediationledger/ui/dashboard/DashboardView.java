package org.mediationledger.ui.dashboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Cursor;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.mediationledger.model.Figures;
import org.mediationledger.model.Measure;
import org.mediationledger.model.MediationLevel;
import org.mediationledger.model.Messages;
import org.mediationledger.model.Period;
import org.mediationledger.model.Rate;
import org.mediationledger.model.Rounding;
import org.mediationledger.model.Unit;
import org.mediationledger.model.WorkItem;
import org.mediationledger.service.Services;
import org.mediationledger.service.StatsService;
import org.mediationledger.ui.Errors;
import org.mediationledger.ui.Fx;
import org.mediationledger.ui.TaskExecutor;
import org.mediationledger.ui.stats.CaseListDialog;

/**
 * The first screen: the headline figures with their trend (a click lists the cases behind one), my work, and this
 * year's cases by unit, by dispute type and along the escalation path village → township → judicial.
 */
public final class DashboardView extends BorderPane {
    private final Services s;
    private final TaskExecutor executor;
    private final Messages m;
    private final Consumer<WorkItem> openWork;
    private final Consumer<UUID> openCase;
    private final Label notScreened = new Label();
    private final VBox notScreenedCard;
    private final ListView<WorkItem> work = new ListView<>();
    private final Label open = figure("dash-open");
    private final Label month = figure("dash-month");
    private final Label monthTrend = trend("dash-month-trend");
    private final Label success = figure("dash-success");
    private final Label successDetail = trend("dash-success-detail");
    private final Label village = figure("dash-village");
    private final Label villageDetail = trend("dash-village-detail");
    private final Label message = new Label();
    private final VBox guide = new VBox(8);
    private final BarChart<String, Number> byUnit = Fx.countChart();
    private final Tab byUnitTab = new Tab();
    /** More villages than this: the chart shows the busiest (most cases received this year), in their usual order. */
    static final int CHART_UNITS = 20;
    private final BarChart<String, Number> byType = Fx.countChart();
    private final BarChart<String, Number> funnel = Fx.countChart();
    private Period year;
    /** 数据交换 (issue 17): open conflicts and the ledgers that have gone longest without an exchange; only in an exchange. */
    private final Label exchangeConflicts = new Label();
    private final Label exchangeDetail = new Label();
    private VBox exchangeCard;

    public DashboardView(Services services, TaskExecutor executor, Messages m, Consumer<WorkItem> openWork, Consumer<UUID> openCase) {
        this.s = services;
        this.executor = executor;
        this.m = m;
        this.openWork = openWork;
        this.openCase = openCase;
        setId("dashboard");
        getStyleClass().add("page");
        Label title = new Label(m.get("nav.dashboard"));
        title.getStyleClass().add("page-title");
        notScreened.setId("dash-not-screened");
        notScreened.setWrapText(true);
        notScreened.setMaxWidth(360);
        VBox successCard = card(m.get("dash.successRate"), success, successDetail);
        successCard.setOnMouseClicked(e -> drill(m.get("dash.successRate"), Measure.SUCCESS));
        VBox villageCard = card(m.get("dash.villageRate"), village, villageDetail);
        villageCard.setOnMouseClicked(e -> drill(m.get("dash.villageRate"), Measure.SUCCESS_AT_VILLAGE));
        for (VBox c : List.of(successCard, villageCard)) {
            c.setCursor(Cursor.HAND);
            Tooltip.install(c, new Tooltip(m.get("dash.clickForCases")));
            c.getStyleClass().add("figure-card-link");
        }
        successCard.setId("dash-success-card");
        villageCard.setId("dash-village-card");
        notScreenedCard = card(m.get("dash.notScreened"), notScreened, new Label());
        notScreenedCard.setPrefWidth(300);
        exchangeConflicts.setId("dash-exchange-conflicts");
        exchangeDetail.setId("dash-exchange-detail");
        exchangeDetail.setWrapText(true);
        exchangeDetail.setMaxWidth(300);
        exchangeCard = card(m.get("dash.exchange"), exchangeConflicts, exchangeDetail);
        exchangeCard.setId("dash-exchange-card");
        exchangeCard.setVisible(false);
        exchangeCard.setManaged(false);
        // the cards flow onto a second row in a narrow window (1024×640) rather than off the edge
        javafx.scene.layout.FlowPane cards = new javafx.scene.layout.FlowPane(16, 12, card(m.get("dash.openCases"), open, new Label()),
                card(m.get("dash.thisMonth"), month, monthTrend), successCard, villageCard, notScreenedCard, exchangeCard);
        guide.setId("first-day-guide");
        guide.getStyleClass().add("guide");
        guide.setVisible(false);
        guide.setManaged(false);
        setTop(new VBox(12, title, guide, cards, message));

        work.setId("my-work");
        work.setPlaceholder(new Label(m.get("dash.noWork")));
        work.setPrefWidth(460);
        work.setMinWidth(330);
        work.setCellFactory(lv -> new ListCell<>() {
            private final javafx.scene.text.Text text = new javafx.scene.text.Text();

            {
                // long case numbers and English sentences wrap to the list's width instead of running off it
                text.wrappingWidthProperty().bind(lv.widthProperty().subtract(36));
                text.getStyleClass().add("work-text");
            }

            @Override
            protected void updateItem(WorkItem w, boolean empty) {
                super.updateItem(w, empty);
                setText(null);
                text.setText(empty || w == null ? null : m.get("work." + w.kind().name(), w.caseNumber(), w.days()));
                setGraphic(empty || w == null ? null : text);
                getStyleClass().removeAll("work-late", "work-soon");
                if (!empty && w != null) {
                    getStyleClass().add(w.late() ? "work-late" : "work-soon");
                }
            }
        });
        work.setOnMouseClicked(e -> {
            WorkItem w = work.getSelectionModel().getSelectedItem();
            if (w != null) {
                openWork.accept(w);
            }
        });
        Label workTitle = new Label(m.get("dash.myWork"));
        workTitle.getStyleClass().add("party-head");
        VBox workBox = new VBox(6, workTitle, work);
        VBox.setVgrow(work, Priority.ALWAYS);
        byUnit.setId("dash-by-unit");
        byType.setId("dash-by-type");
        funnel.setId("dash-funnel");
        byUnitTab.setContent(byUnit);
        TabPane charts = new TabPane(byUnitTab, new Tab(m.get("dash.byType"), byType),
                new Tab(m.get("dash.funnel"), funnel));
        charts.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        charts.setId("dash-charts");
        HBox center = new HBox(16, workBox, charts);
        HBox.setHgrow(charts, Priority.ALWAYS);
        setCenter(center);
        BorderPane.setMargin(center, new Insets(12, 0, 0, 0));
    }

    private static Label figure(String id) {
        Label l = new Label("…");
        l.setId(id);
        l.getStyleClass().add("figure");
        return l;
    }

    private static Label trend(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("figure-caption");
        return l;
    }

    /** A figure with its caption; captions and details wrap (English ones are long) instead of being cut off. */
    private static VBox card(String caption, Label figure, Label detail) {
        Label c = new Label(caption);
        c.getStyleClass().add("figure-caption");
        for (Label l : List.of(c, detail)) {
            l.setWrapText(true);
            l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        VBox box = new VBox(4, figure, c, detail);
        box.getStyleClass().add("figure-card");
        box.setPrefWidth(176);
        return box;
    }

    private void drill(String label, Measure measure) {
        Period p = year;
        if (p == null) {
            return;
        }
        executor.run(() -> s.stats().cases(p, null, null, measure), list -> CaseListDialog.show(getScene().getWindow(), m,
                m.get("stats.drillTitle", label + " · " + p.from().getYear(), list.size()), list, openCase),
                e -> message.setText(Errors.sentence(m, e)));
    }

    record Loaded(int open, StatsService.Dashboard figures, Rounding rounding, List<Unit> notScreened, List<WorkItem> work,
                  Setup setup, Exchange exchange) {
        boolean noUnits() {
            return setup.units() == 0;
        }
    }

    /** This ledger's exchange, or null when it takes no part in one (or the user may not see it). */
    record Exchange(int conflicts, List<org.mediationledger.service.exchange.ExchangeService.Peer> peers) {
    }

    /** How far a new ledger is set up: villages, grids, people, and whether any case or screening is in it. */
    record Setup(int units, int grids, int staff, boolean anyWork) {
        boolean done() {
            return units > 0 && staff > 0 && anyWork;
        }
    }

    /** The steps of the first-day guide, each done in its own place of the program. */
    public enum Step { IMPORT_UNITS, UNITS, STAFF, FIRST_CASE, SCREENING }

    private Consumer<Step> guideAction = s -> { };
    private Setup shownSetup;

    public void onGuide(Consumer<Step> action) {
        this.guideAction = action;
    }

    /** The units with the most cases received, at most CHART_UNITS of them, in the order given. */
    static Map<String, Figures> busiest(Map<String, Figures> byUnit) {
        if (byUnit.size() <= CHART_UNITS) {
            return byUnit;
        }
        java.util.Set<String> top = byUnit.entrySet().stream()
                .sorted(java.util.Comparator.comparingLong((Map.Entry<String, Figures> e) -> e.getValue().count(Measure.ACCEPTED)).reversed())
                .limit(CHART_UNITS).map(Map.Entry::getKey).collect(java.util.stream.Collectors.toSet());
        Map<String, Figures> out = new java.util.LinkedHashMap<>();
        byUnit.forEach((name, f) -> {
            if (top.contains(name)) {
                out.put(name, f);
            }
        });
        return out;
    }

    /** A click on the card of the villages not screened this week: the screening board, where every village is listed. */
    public void onNotScreened(Runnable action) {
        notScreenedCard.setOnMouseClicked(e -> action.run());
        notScreenedCard.setCursor(Cursor.HAND);
        notScreenedCard.getStyleClass().add("figure-card-link");
    }

    /** A click on the exchange card: the 数据交换 area. */
    public void onExchange(Runnable action) {
        exchangeCard.setOnMouseClicked(e -> action.run());
        exchangeCard.setCursor(Cursor.HAND);
        exchangeCard.getStyleClass().add("figure-card-link");
    }

    private Setup setup(int open, StatsService.Dashboard figures) {
        var ref = s.reference().load();
        boolean any = open > 0 || figures.yearCases().count(Measure.ACCEPTED) > 0 || s.screening().anyRound();
        return new Setup(ref.activeUnits().size(), ref.activeGrids().size(), ref.activeStaff().size(), any);
    }

    /** A blank ledger walks the clerk through the township's villages and grids, its people, and a first case. */
    private void showGuide(Setup st) {
        if (st.equals(shownSetup)) {
            return; // the same steps: the buttons stay as they are (a click on them is not lost to a refresh)
        }
        shownSetup = st;
        guide.getChildren().clear();
        guide.setVisible(!st.done());
        guide.setManaged(!st.done());
        if (st.done()) {
            return;
        }
        Label head = new Label(m.get("guide.title"));
        head.getStyleClass().add("guide-title");
        guide.getChildren().add(head);
        guide.getChildren().add(step(1, st.units() > 0, m.get("guide.units"), m.get("guide.unitsDone", st.units(), st.grids()),
                button(m.get("import.units.button"), "guide-import", Step.IMPORT_UNITS, true),
                button(m.get("guide.unitsOneByOne"), "guide-units", Step.UNITS, false)));
        guide.getChildren().add(step(2, st.staff() > 0, m.get("guide.staff"), m.get("guide.staffDone", st.staff()),
                button(m.get("guide.addStaff"), "guide-staff", Step.STAFF, st.units() > 0)));
        guide.getChildren().add(step(3, st.anyWork(), m.get("guide.firstCase"), m.get("guide.firstCaseDone"),
                button(m.get("guide.newCase"), "guide-case", Step.FIRST_CASE, st.units() > 0 && st.staff() > 0),
                button(m.get("guide.screening"), "guide-screening", Step.SCREENING, false)));
    }

    private javafx.scene.Node step(int n, boolean done, String todo, String doneText, javafx.scene.control.Button... actions) {
        Label mark = new Label(done ? "✓" : String.valueOf(n));
        mark.getStyleClass().add(done ? "guide-done" : "guide-number");
        mark.setMinWidth(22);
        Label text = new Label(done ? doneText : todo);
        text.setWrapText(true);
        text.setMaxWidth(560);
        text.setMinWidth(160);
        if (done) {
            text.getStyleClass().add("guide-done");
        }
        HBox row = new HBox(10, mark, text);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        if (!done) {
            row.getChildren().addAll(actions);
        }
        return row;
    }

    private javafx.scene.control.Button button(String text, String id, Step step, boolean accent) {
        javafx.scene.control.Button b = new javafx.scene.control.Button(text);
        b.setId(id);
        if (accent) {
            b.getStyleClass().add("accent");
        }
        b.setOnAction(e -> guideAction.accept(step));
        return b;
    }

    /** The office's case work, the leader matters late or due, and late petitions; late first. */
    private List<WorkItem> myWork() {
        List<WorkItem> all = new ArrayList<>(s.path().myWork());
        all.addAll(s.leader().work(m));
        all.addAll(s.reception().work());
        all.sort(WorkItem.BY_URGENCY);
        return all;
    }

    public void refresh() {
        boolean exchanges = org.mediationledger.ui.Gate.may(org.mediationledger.model.Permission.EXCHANGE_DATA);
        executor.run(() -> {
            int openCases = s.cases().countOpen();
            StatsService.Dashboard figures = s.stats().dashboard();
            Exchange exchange = exchanges && s.exchange().self().isPresent()
                    ? new Exchange(s.exchange().conflicts(true).size(), s.exchange().peers()) : null;
            return new Loaded(openCases, figures, s.stats().rounding(), s.screening().notScreenedThisWeek(), myWork(),
                    setup(openCases, figures), exchange);
        }, this::show, failure -> message.setText(Errors.sentence(m, failure)));
    }

    /** Open conflicts in red, and the peers that have gone longest without an exchange (never first), the first three. */
    private void showExchange(Exchange x) {
        exchangeCard.setVisible(x != null);
        exchangeCard.setManaged(x != null);
        if (x == null) {
            return;
        }
        exchangeConflicts.setText(m.get("dash.exchangeConflicts", x.conflicts()));
        exchangeConflicts.getStyleClass().removeAll("figure", "figure-small");
        exchangeConflicts.getStyleClass().add(x.conflicts() > 0 ? "figure-small" : "figure");
        List<String> oldest = x.peers().stream()
                .sorted(java.util.Comparator.comparing(p -> p.lastExchange() == null ? java.time.LocalDateTime.MIN : p.lastExchange()))
                .limit(3).map(p -> m.get("dash.exchangeLast", p.name(), p.lastExchange() == null ? m.get("exchange.never")
                        : p.lastExchange().toLocalDate().toString())).toList();
        exchangeDetail.setText(x.peers().size() <= 3 ? String.join("\n", oldest)
                : m.get("dash.exchangeMany", x.peers().size(), String.join("\n", oldest)));
    }

    private void show(Loaded l) {
        year = l.figures().year();
        showGuide(l.setup());
        showExchange(l.exchange());
        work.getItems().setAll(l.work());
        // with no village yet, say what to do first; many villages: the first few and how many in all
        List<String> names = l.notScreened().stream().map(Unit::name).toList();
        notScreened.setText(l.noUnits() ? m.get("dash.noUnits") : names.isEmpty() ? m.get("dash.allScreened")
                : names.size() <= 6 ? String.join("、", names) : m.get("dash.notScreenedMany", String.join("、", names.subList(0, 5)), names.size()));
        notScreened.getStyleClass().removeAll("figure", "figure-small");
        notScreened.getStyleClass().add("figure-small");
        open.setText(String.valueOf(l.open()));
        long now = l.figures().month().now().count(Measure.ACCEPTED);
        long before = l.figures().month().previous().count(Measure.ACCEPTED);
        month.setText(String.valueOf(now));
        monthTrend.setText(m.get("dash.trend", before, now > before ? "↑" : now < before ? "↓" : "→",
                l.figures().month().yearAgo().count(Measure.ACCEPTED)));
        Figures f = l.figures().yearCases();
        rate(success, successDetail, f.successRate(), l.rounding());
        rate(village, villageDetail, f.villageRate(), l.rounding());
        // a county's hundreds of villages make no chart: the busiest few are shown, all of them in 统计报表
        Map<String, Figures> units = busiest(l.figures().byUnit());
        boolean some = units.size() < l.figures().byUnit().size();
        byUnitTab.setText(some ? m.get("dash.byUnitBusiest", units.size()) : m.get("dash.byUnit"));
        byUnit.setTitle(some ? m.get("dash.byUnitAll", l.figures().byUnit().size()) : null);
        byUnit.getData().setAll(List.of(series(m.get("report.col.accepted"), units, Measure.ACCEPTED),
                series(m.get("report.col.success"), units, Measure.SUCCESS)));
        byType.getData().setAll(List.of(series(m.get("report.col.accepted"), l.figures().byType(), Measure.ACCEPTED),
                series(m.get("report.col.success"), l.figures().byType(), Measure.SUCCESS)));
        XYChart.Series<String, Number> mediated = new XYChart.Series<>();
        mediated.setName(m.get("dash.mediatedAt"));
        XYChart.Series<String, Number> resolved = new XYChart.Series<>();
        resolved.setName(m.get("dash.resolvedAt"));
        for (MediationLevel level : MediationLevel.values()) {
            Rate r = f.successRate(level);
            mediated.getData().add(new XYChart.Data<>(m.label(level), r.denominator()));
            resolved.getData().add(new XYChart.Data<>(m.label(level), r.numerator()));
        }
        funnel.getData().setAll(List.of(mediated, resolved));
        org.mediationledger.ui.StartupProbe.usable();
        message.setText(l.open() == 0 && f.count(Measure.ACCEPTED) == 0 ? m.get("dash.empty") : "");
    }

    private static void rate(Label value, Label detail, Rate r, Rounding rounding) {
        value.setText(r.text(rounding, StatsService.DECIMALS));
        detail.setText(r.numerator() + "/" + r.denominator());
    }

    private static XYChart.Series<String, Number> series(String name, Map<String, Figures> groups, Measure measure) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.setName(name);
        groups.forEach((k, f) -> series.getData().add(new XYChart.Data<>(k, f.count(measure))));
        return series;
    }
}
