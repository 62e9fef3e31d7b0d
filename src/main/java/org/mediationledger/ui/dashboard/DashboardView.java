package org.mediationledger.ui.dashboard;

import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.mediationledger.model.Messages;
import org.mediationledger.service.CaseService;
import org.mediationledger.ui.Errors;
import org.mediationledger.ui.TaskExecutor;

/** The first screen: open cases, this year's cases and where they came from. The figures issue fills it further. */
public final class DashboardView extends BorderPane {
    private final CaseService cases;
    private final org.mediationledger.service.ScreeningService screening;
    private final Label notScreened = new Label();
    private final org.mediationledger.service.PathService paths;
    private final org.mediationledger.service.LeaderService leaders;
    private final org.mediationledger.service.ReceptionService reception;
    private final java.util.function.Consumer<org.mediationledger.model.WorkItem> openWork;
    private final javafx.scene.control.ListView<org.mediationledger.model.WorkItem> work = new javafx.scene.control.ListView<>();
    private final TaskExecutor executor;
    private final Messages m;
    private final Label open = figure("dash-open");
    private final Label total = figure("dash-total");
    private final Label message = new Label();
    private final BarChart<String, Number> byUnit = new BarChart<>(new CategoryAxis(), countAxis());

    public DashboardView(CaseService cases, org.mediationledger.service.ScreeningService screening,
                         org.mediationledger.service.PathService paths, org.mediationledger.service.LeaderService leaders,
                         org.mediationledger.service.ReceptionService reception, TaskExecutor executor, Messages m, java.util.function.Consumer<org.mediationledger.model.WorkItem> openWork) {
        this.paths = paths;
        this.leaders = leaders;
        this.reception = reception;
        this.openWork = openWork;
        this.cases = cases;
        this.screening = screening;
        this.executor = executor;
        this.m = m;
        setId("dashboard");
        getStyleClass().add("page");
        Label title = new Label(m.get("nav.dashboard"));
        title.getStyleClass().add("page-title");
        notScreened.setId("dash-not-screened");
        notScreened.setWrapText(true);
        notScreened.setMaxWidth(520);
        VBox screeningCard = card(m.get("dash.notScreened"), notScreened);
        HBox cards = new HBox(16, card(m.get("dash.openCases"), open), card(m.get("dash.allCases"), total), screeningCard);
        byUnit.setTitle(m.get("dash.byUnit"));
        byUnit.setLegendVisible(false);
        byUnit.setAnimated(false);
        byUnit.setCategoryGap(36);
        setTop(new VBox(12, title, cards, message));
        work.setId("my-work");
        work.setPlaceholder(new Label(m.get("dash.noWork")));
        work.setPrefWidth(500);
        work.setCellFactory(lv -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(org.mediationledger.model.WorkItem w, boolean empty) {
                super.updateItem(w, empty);
                setText(empty || w == null ? null : m.get("work." + w.kind().name(), w.caseNumber(), w.days()));
            }
        });
        work.setOnMouseClicked(e -> {
            var w = work.getSelectionModel().getSelectedItem();
            if (w != null && e.getClickCount() >= 1) {
                openWork.accept(w);
            }
        });
        Label workTitle = new Label(m.get("dash.myWork"));
        workTitle.getStyleClass().add("party-head");
        VBox workBox = new VBox(6, workTitle, work);
        VBox.setVgrow(work, javafx.scene.layout.Priority.ALWAYS);
        HBox center = new HBox(16, workBox, byUnit);
        HBox.setHgrow(byUnit, javafx.scene.layout.Priority.ALWAYS);
        setCenter(center);
        BorderPane.setMargin(center, new Insets(12, 0, 0, 0));
    }

    private static NumberAxis countAxis() {
        NumberAxis axis = new NumberAxis();
        axis.setMinorTickVisible(false);
        axis.setTickLabelFormatter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Number n) {
                return n.doubleValue() == Math.rint(n.doubleValue()) ? String.valueOf(n.intValue()) : "";
            }

            @Override
            public Number fromString(String s) {
                return Integer.valueOf(s);
            }
        });
        return axis;
    }

    private static Label figure(String id) {
        Label l = new Label("…");
        l.setId(id);
        l.getStyleClass().add("figure");
        return l;
    }

    private static VBox card(String caption, Label figure) {
        Label c = new Label(caption);
        c.getStyleClass().add("figure-caption");
        VBox box = new VBox(4, figure, c);
        box.getStyleClass().add("figure-card");
        return box;
    }

    record Figures(int open, int all, Map<String, Integer> byUnit, java.util.List<org.mediationledger.model.Unit> notScreened,
                   java.util.List<org.mediationledger.model.WorkItem> work) {
    }

    /** The office's case work and the leader matters late or due, late first. */
    private java.util.List<org.mediationledger.model.WorkItem> myWork() {
        java.util.List<org.mediationledger.model.WorkItem> all = new java.util.ArrayList<>(paths.myWork());
        all.addAll(leaders.work(m));
        all.addAll(reception.work());
        all.sort(java.util.Comparator.comparing(org.mediationledger.model.WorkItem::kind)
                .thenComparing(org.mediationledger.model.WorkItem::date));
        return all;
    }

    public void refresh() {
        executor.run(() -> new Figures(cases.countOpen(), cases.countAll(), cases.countByUnitThisYear(),
                screening.notScreenedThisWeek(), myWork()), f -> {
            work.getItems().setAll(f.work());
            notScreened.setText(f.notScreened().isEmpty() ? m.get("dash.allScreened")
                    : String.join("、", f.notScreened().stream().map(org.mediationledger.model.Unit::name).toList()));
            notScreened.getStyleClass().removeAll("figure", "figure-small");
            notScreened.getStyleClass().add("figure-small");
            open.setText(String.valueOf(f.open()));
            total.setText(String.valueOf(f.all()));
            XYChart.Series<String, Number> s = new XYChart.Series<>();
            f.byUnit().forEach((unit, n) -> s.getData().add(new XYChart.Data<>(unit, n)));
            byUnit.getData().setAll(java.util.List.of(s));
            message.setText(f.all() == 0 ? m.get("dash.empty") : "");
        }, failure -> message.setText(Errors.sentence(m, failure)));
    }
}
