package org.mediationledger.ui.stats;

import java.io.File;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.mediationledger.model.Breakdown;
import org.mediationledger.model.Measure;
import org.mediationledger.model.Messages;
import org.mediationledger.model.Period;
import org.mediationledger.model.Report;
import org.mediationledger.model.Rounding;
import org.mediationledger.model.Unit;
import org.mediationledger.service.ReferenceData;
import org.mediationledger.service.StatsService;
import org.mediationledger.ui.Fx;

/** 统计报表: the figures of a period with 环比 and 同比, a breakdown with its chart, and the report tables with export. */
public final class StatsView extends BorderPane {
    private final StatsViewModel vm;
    private final Messages m;
    private final Consumer<UUID> openCase;
    final TableView<StatsViewModel.Row> lines = new TableView<>();
    final TableView<StatsViewModel.Group> groups = new TableView<>();
    private final BarChart<String, Number> chart = Fx.countChart();
    private final TabPane reportTabs = new TabPane();

    private final org.mediationledger.ui.paper.Printer printer;
    private final org.mediationledger.service.PaperService papers;

    public StatsView(StatsViewModel vm, ReferenceData ref, Consumer<UUID> openCase, org.mediationledger.ui.paper.Printer printer,
                     org.mediationledger.service.PaperService papers) {
        this.printer = printer;
        this.papers = papers;
        this.vm = vm;
        this.m = vm.messages();
        this.openCase = openCase;
        setId("stats");
        getStyleClass().add("page");
        Label title = new Label(m.get("nav.stats"));
        title.getStyleClass().add("page-title");

        ComboBox<Period.Kind> kind = new ComboBox<>();
        kind.setId("stats-kind");
        kind.getItems().setAll(Period.Kind.values());
        Fx.named(kind, k -> m.get("stats.kind." + k.name()), "");
        kind.valueProperty().bindBidirectional(vm.kind);
        DatePicker day = new DatePicker();
        day.setId("stats-day");
        Fx.isoDates(day);
        day.valueProperty().bindBidirectional(vm.day);
        DatePicker from = new DatePicker();
        from.setId("stats-from");
        Fx.isoDates(from);
        from.valueProperty().bindBidirectional(vm.from);
        DatePicker to = new DatePicker();
        to.setId("stats-to");
        Fx.isoDates(to);
        to.valueProperty().bindBidirectional(vm.to);
        Label dash = new Label("—");
        HBox custom = new HBox(6, from, dash, to);
        custom.setAlignment(Pos.CENTER_LEFT);
        custom.visibleProperty().bind(vm.kind.isEqualTo(Period.Kind.CUSTOM));
        custom.managedProperty().bind(custom.visibleProperty());
        day.visibleProperty().bind(vm.kind.isNotEqualTo(Period.Kind.CUSTOM));
        day.managedProperty().bind(day.visibleProperty());
        ComboBox<Unit> unit = new ComboBox<>();
        unit.setId("stats-unit");
        unit.getItems().add(null);
        unit.getItems().addAll(ref.units());
        Fx.named(unit, Unit::name, m.get("stats.township", ref.township()));
        unit.valueProperty().bindBidirectional(vm.unit);
        ComboBox<Rounding> rounding = new ComboBox<>();
        rounding.setId("stats-rounding");
        rounding.getItems().setAll(Rounding.values());
        Fx.named(rounding, r -> m.get("stats.roundingShort." + r.name()), "");
        rounding.setValue(vm.rounding.get());
        vm.rounding.addListener((o, was, now) -> rounding.setValue(now));
        rounding.setOnAction(e -> {
            if (rounding.getValue() != null && rounding.getValue() != vm.rounding.get()) {
                vm.setRounding(rounding.getValue());
            }
        });
        Button show = new Button(m.get("stats.show"));
        show.setId("stats-show");
        show.getStyleClass().add("accent");
        show.setOnAction(e -> vm.load());
        Label message = new Label();
        message.setId("stats-message");
        message.textProperty().bind(vm.message);
        FlowPane bar = new FlowPane(8, 8, kind, day, custom, unit, rounding, show, message);
        bar.setAlignment(Pos.CENTER_LEFT);
        Label period = new Label();
        period.setId("stats-title");
        period.getStyleClass().add("hint");
        period.setWrapText(true);
        period.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        period.textProperty().bind(vm.title);
        setTop(new VBox(10, title, bar, period));

        TabPane tabs = new TabPane(new Tab(m.get("stats.tab.figures"), figures()), new Tab(m.get("stats.tab.groups"), groups()),
                new Tab(m.get("stats.tab.report"), report()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("stats-tabs");
        setCenter(tabs);
        BorderPane.setMargin(tabs, new Insets(10, 0, 0, 0));
    }

    private VBox figures() {
        lines.setId("stats-lines");
        lines.setItems(vm.lines);
        lines.setPlaceholder(new Label(m.get("stats.none")));
        lines.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<StatsViewModel.Row, String> item = col(m.get("report.col.item"), r -> r.line().label(), 260);
        item.setMinWidth(250); // the names of the figures are the point of the table: never cut
        lines.getColumns().setAll(List.of(item,
                col(m.get("stats.col.value"), r -> r.line().value(), 100),
                col(m.get("stats.col.numerator"), r -> r.line().numerator(), 80),
                col(m.get("stats.col.denominator"), r -> r.line().denominator(), 80),
                col(m.get("stats.col.previous"), StatsViewModel.Row::previous, 150),
                col(m.get("stats.col.yearAgo"), StatsViewModel.Row::yearAgo, 150)));
        lines.setRowFactory(tv -> {
            TableRow<StatsViewModel.Row> row = new TableRow<>() {
                @Override
                protected void updateItem(StatsViewModel.Row r, boolean empty) {
                    super.updateItem(r, empty);
                    getStyleClass().remove("drillable");
                    if (!empty && r != null && r.line().drill() != null) {
                        getStyleClass().add("drillable");
                    }
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty() && row.getItem().line().drill() != null) {
                    drill(row.getItem().line().label(), row.getItem().line().drill());
                }
            });
            return row;
        });
        Button cases = new Button(m.get("stats.drill"));
        cases.setId("stats-drill");
        cases.setOnAction(e -> {
            StatsViewModel.Row r = lines.getSelectionModel().getSelectedItem();
            if (r == null || r.line().drill() == null) {
                vm.message.set(m.get("stats.chooseCaseFigure"));
                return;
            }
            drill(r.line().label(), r.line().drill());
        });
        Label hint = new Label(m.get("stats.drillHint"));
        hint.getStyleClass().add("hint");
        HBox actions = new HBox(10, cases, hint);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, actions, lines);
        VBox.setVgrow(lines, Priority.ALWAYS);
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }

    /** The cases a figure counts, in a dialog; a double click opens one. */
    private void drill(String label, Measure measure) {
        vm.drill(measure, list -> CaseListDialog.show(getScene().getWindow(), m, m.get("stats.drillTitle", label, list.size()), list,
                openCase));
    }

    private VBox groups() {
        ComboBox<Breakdown> by = new ComboBox<>();
        by.setId("stats-by");
        by.getItems().setAll(Breakdown.values());
        Fx.named(by, b -> m.get("stats.by." + b.name()), "");
        by.valueProperty().bindBidirectional(vm.dimension);
        by.setOnAction(e -> vm.loadGroups());
        groups.setId("stats-groups");
        groups.setItems(vm.groups);
        groups.setPlaceholder(new Label(m.get("stats.none")));
        groups.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        groups.getColumns().setAll(List.of(colG(m.get("stats.col.group"), StatsViewModel.Group::name, 160),
                colG(m.get("report.col.accepted"), g -> String.valueOf(g.figures().count(Measure.ACCEPTED)), 80),
                colG(m.get("report.col.concluded"), g -> String.valueOf(g.figures().count(Measure.CONCLUDED)), 80),
                colG(m.get("report.col.success"), g -> String.valueOf(g.figures().count(Measure.SUCCESS)), 100),
                colG(m.get("report.col.successRate"), g -> g.figures().successRate().text(vm.rounding.get(), StatsService.DECIMALS), 90),
                colG(m.get("report.col.open"), g -> String.valueOf(g.figures().count(Measure.OPEN)), 80),
                colG(m.get("stats.col.amountYuan"), g -> g.figures().agreementAmount().toPlainString(), 120)));
        chart.setAnimated(false);
        chart.setLegendVisible(true);
        chart.setPrefHeight(260);
        chart.setMinHeight(220);
        vm.groups.addListener((javafx.collections.ListChangeListener<StatsViewModel.Group>) c -> {
            XYChart.Series<String, Number> accepted = new XYChart.Series<>();
            accepted.setName(m.get("report.col.accepted"));
            XYChart.Series<String, Number> success = new XYChart.Series<>();
            success.setName(m.get("report.col.success"));
            for (StatsViewModel.Group g : vm.groups) {
                accepted.getData().add(new XYChart.Data<>(g.name(), g.figures().count(Measure.ACCEPTED)));
                success.getData().add(new XYChart.Data<>(g.name(), g.figures().count(Measure.SUCCESS)));
            }
            chart.getData().setAll(List.of(accepted, success));
        });
        HBox head = new HBox(8, new Label(m.get("stats.groupBy")), by);
        head.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, head, groups, chart);
        VBox.setVgrow(groups, Priority.ALWAYS);
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }

    private VBox report() {
        Button xlsx = new Button(m.get("stats.exportXlsx"));
        xlsx.setId("stats-export-xlsx");
        xlsx.setOnAction(e -> export("xlsx"));
        Button csv = new Button(m.get("stats.exportCsv"));
        csv.setId("stats-export-csv");
        csv.setOnAction(e -> export("csv"));
        Label hint = new Label(m.get("stats.reportHint"));
        hint.getStyleClass().add("hint");
        reportTabs.setId("report-sheets");
        reportTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // which period (and rounding) the tables show: they follow the period chosen above
        Label reportPeriod = new Label();
        reportPeriod.setId("report-period");
        reportPeriod.getStyleClass().add("party-head");
        vm.report.addListener((o, was, r) -> {
            reportTabs.getTabs().clear();
            reportPeriod.setText(r == null ? "" : r.title());
            if (r == null) {
                return;
            }
            for (Report.Sheet s : r.sheets()) {
                TableView<List<String>> t = new TableView<>();
                for (int i = 0; i < s.head().size(); i++) {
                    int k = i;
                    TableColumn<List<String>, String> c = Fx.column(s.head().get(i), x -> x.get(k), i == 0 ? 200 : 140);
                    c.setSortable(false);
                    t.getColumns().add(c);
                }
                t.getItems().setAll(s.rows());
                Label sheetTitle = new Label(s.title());
                sheetTitle.getStyleClass().add("party-head");
                VBox content = new VBox(6, sheetTitle, t);
                VBox.setVgrow(t, Priority.ALWAYS);
                content.setPadding(new Insets(6, 0, 0, 0));
                reportTabs.getTabs().add(new Tab(s.name(), content));
            }
        });
        Button pdf = new Button(m.get("stats.printReport"));
        pdf.setId("stats-print");
        pdf.setOnAction(e -> {
            Report r = vm.report.get();
            if (r == null) {
                vm.message.set(m.get("stats.reportTownshipOnly"));
                return;
            }
            printer.preview(m.get("stats.tab.report"), r.title(), false, full -> papers.report(r));
        });
        HBox actions = new HBox(8, pdf, xlsx, csv, hint);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, actions, reportPeriod, reportTabs);
        VBox.setVgrow(reportTabs, Priority.ALWAYS);
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }

    private void export(String ext) {
        Period p = vm.period();
        if (p == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(m.get("stats.fileName", p.from(), p.to()) + "." + ext);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(ext.toUpperCase(), "*." + ext));
        File f = chooser.showSaveDialog(getScene().getWindow());
        if (f != null) {
            vm.export(f.toPath());
        }
    }

    private static TableColumn<StatsViewModel.Row, String> col(String title, Function<StatsViewModel.Row, String> f, double w) {
        TableColumn<StatsViewModel.Row, String> c = Fx.column(title, f, w);
        c.setSortable(false);
        return c;
    }

    private static TableColumn<StatsViewModel.Group, String> colG(String title, Function<StatsViewModel.Group, String> f, double w) {
        return Fx.column(title, f, w);
    }
}
