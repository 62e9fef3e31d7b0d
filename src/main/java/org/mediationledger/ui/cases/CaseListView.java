package org.mediationledger.ui.cases;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.mediationledger.model.CaseStatus;
import org.mediationledger.model.CaseSummary;
import org.mediationledger.model.Messages;
import org.mediationledger.model.RiskLevel;
import org.mediationledger.service.ReferenceData;
import org.mediationledger.ui.Fx;

/** The case register: filters on top, one page of cases, paging below. Double-click or Enter opens a case. */
public final class CaseListView extends BorderPane {
    private final CaseListViewModel vm;
    private final TextField search;
    final TableView<CaseSummary> table = new TableView<>();

    public CaseListView(CaseListViewModel vm, Messages m, ReferenceData ref, Runnable onNew, Consumer<CaseSummary> onOpen) {
        this.vm = vm;
        setId("case-list");
        getStyleClass().add("page");

        Label title = new Label(m.get("cases.title"));
        title.getStyleClass().add("page-title");
        Button newCase = new Button(m.get("cases.new"));
        newCase.setId("new-case");
        org.mediationledger.ui.Gate.require(newCase, org.mediationledger.model.Permission.REGISTER_CASE);
        newCase.getStyleClass().add("accent");
        newCase.setOnAction(e -> onNew.run());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox head = new HBox(12, title, grow, newCase);
        head.setAlignment(Pos.CENTER_LEFT);

        search = new TextField();
        search.setPrefWidth(320);
        search.setId("case-search");
        search.setPromptText(m.get("cases.searchPrompt"));
        search.textProperty().bindBidirectional(vm.text);

        ComboBox<org.mediationledger.model.Unit> unit = filterBox(ref.units(), u -> u.name(), m.get("filter.allUnits"));
        unit.setId("filter-unit");
        unit.valueProperty().bindBidirectional(vm.unit);
        ComboBox<org.mediationledger.model.DisputeType> type = filterBox(ref.allTypes(), t -> t.name(), m.get("filter.allTypes"));
        type.setId("filter-type");
        type.valueProperty().bindBidirectional(vm.disputeType);
        ComboBox<CaseStatus> status = filterBox(List.of(CaseStatus.values()), m::label, m.get("filter.allStatuses"));
        status.setId("filter-status");
        status.valueProperty().bindBidirectional(vm.status);
        ComboBox<RiskLevel> risk = filterBox(List.of(RiskLevel.values()), m::label, m.get("filter.allRisks"));
        risk.setId("filter-risk");
        risk.valueProperty().bindBidirectional(vm.riskLevel);
        DatePicker from = new DatePicker();
        Fx.isoDates(from);
        from.setPromptText(m.get("filter.from"));
        from.setPrefWidth(130);
        from.valueProperty().bindBidirectional(vm.from);
        DatePicker to = new DatePicker();
        Fx.isoDates(to);
        to.setPromptText(m.get("filter.to"));
        to.setPrefWidth(130);
        to.valueProperty().bindBidirectional(vm.to);
        javafx.scene.control.CheckBox oral = new javafx.scene.control.CheckBox(m.get("filter.oral"));
        oral.setId("filter-oral");
        oral.selectedProperty().bindBidirectional(vm.oralOnly);
        Button clear = new Button(m.get("filter.clear"));
        clear.getStyleClass().add("flat");
        clear.setOnAction(e -> vm.clearFilters());
        FlowPane filters = new FlowPane(8, 8, search, unit, type, status, risk, from, new Label("—"), to, oral, clear);
        filters.setAlignment(Pos.CENTER_LEFT);

        setTop(new VBox(12, head, filters));
        BorderPane.setMargin(getTop(), new Insets(0, 0, 10, 0));

        table.setId("case-table");
        table.setPlaceholder(new Label(m.get("cases.none")));
        table.getColumns().setAll(List.of(
                // a case whose exchange left a conflict for a person says so where the clerk looks first
                marked(m.get("col.caseNumber"), 235, r -> r, r -> vm.hasOpenConflict(r) ? m.get("cases.exchangeConflict", r.caseNumber())
                        : r.caseNumber(), r -> vm.hasOpenConflict(r) ? "exchange-conflict" : null),
                column(m.get("col.received"), r -> r.receivedDate().toString(), 110),
                column(m.get("col.unit"), CaseSummary::unitName, 85),
                column(m.get("col.type"), CaseSummary::disputeTypeName, 105),
                column(m.get("col.applicants"), CaseSummary::applicants, 95),
                column(m.get("col.respondents"), CaseSummary::respondents, 100),
                riskColumn(m),
                statusColumn(m, vm.today()),
                column(m.get("col.summary"), CaseSummary::summary, 160)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setItems(vm.rows);
        table.setRowFactory(tv -> {
            TableRow<CaseSummary> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    onOpen.accept(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                onOpen.accept(table.getSelectionModel().getSelectedItem());
            }
        });
        setCenter(table);
        // Enter in the search box: the one case found opens; with several, the list takes the keys (↓, Enter)
        search.setOnAction(e -> {
            if (vm.rows.size() == 1) {
                onOpen.accept(vm.rows.get(0));
            } else if (!vm.rows.isEmpty()) {
                table.requestFocus();
                table.getSelectionModel().selectFirst();
            }
        });

        Button prev = new Button("‹ " + m.get("page.previous"));
        prev.setId("page-prev");
        prev.disableProperty().bind(vm.pageIndex.isEqualTo(0));
        prev.setOnAction(e -> vm.previousPage());
        Button next = new Button(m.get("page.next") + " ›");
        next.setId("page-next");
        next.disableProperty().bind(vm.pageIndex.add(1).greaterThanOrEqualTo(vm.pageCount));
        next.setOnAction(e -> vm.nextPage());
        Label pageLabel = new Label();
        pageLabel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> m.get("page.of", vm.pageIndex.get() + 1, vm.pageCount.get()), vm.pageIndex, vm.pageCount));
        Label count = new Label();
        count.setId("case-count");
        count.textProperty().bind(vm.message);
        Region grow2 = new Region();
        HBox.setHgrow(grow2, Priority.ALWAYS);
        HBox paging = new HBox(10, count, grow2, prev, pageLabel, next);
        paging.setAlignment(Pos.CENTER_LEFT);
        paging.setPadding(new Insets(8, 0, 0, 0));
        setBottom(paging);
    }

    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    private static <T> ComboBox<T> filterBox(List<T> items, java.util.function.Function<T, String> name, String all) {
        ComboBox<T> box = new ComboBox<>();
        box.getItems().add(null);
        box.getItems().addAll(items);
        Fx.named(box, name, all);
        return box;
    }

    private static TableColumn<CaseSummary, String> column(String title, java.util.function.Function<CaseSummary, String> value,
                                                            double width) {
        TableColumn<CaseSummary, String> c = new TableColumn<>(title);
        org.mediationledger.ui.Fx.titleFits(c);
        c.setCellValueFactory(x -> new ReadOnlyStringWrapper(value.apply(x.getValue())));
        c.setPrefWidth(width);
        c.setMinWidth(width); // the summary column takes what is left; the others stay readable
        return c;
    }

    private static TableColumn<CaseSummary, CaseSummary> statusColumn(Messages m, java.time.LocalDate today) {
        return marked(m.get("col.status"), 110, r -> r, r -> r.overdue(today) ? m.label(r.status()) + " · " + m.get("cases.overdue")
                : m.label(r.status()), r -> r.overdue(today) ? "overdue" : null);
    }

    private static TableColumn<CaseSummary, RiskLevel> riskColumn(Messages m) {
        return marked(m.get("col.risk"), 80, CaseSummary::riskLevel, r -> "● " + m.label(r),
                r -> "risk-" + r.name().toLowerCase(java.util.Locale.ROOT));
    }

    /** A column whose cells also carry a style class from their value (overdue red, risk colours); none when null. */
    private static <V> TableColumn<CaseSummary, V> marked(String title, double width, java.util.function.Function<CaseSummary, V> value,
                                                          java.util.function.Function<V, String> text,
                                                          java.util.function.Function<V, String> styleClass) {
        TableColumn<CaseSummary, V> c = org.mediationledger.ui.Fx.titleFits(new TableColumn<>(title));
        c.setCellValueFactory(x -> new javafx.beans.property.ReadOnlyObjectWrapper<>(value.apply(x.getValue())));
        c.setPrefWidth(width);
        c.setMinWidth(width);
        c.setCellFactory(col -> new TableCell<>() {
            private String added;

            @Override
            protected void updateItem(V v, boolean empty) {
                super.updateItem(v, empty);
                getStyleClass().remove(added);
                added = empty || v == null ? null : styleClass.apply(v);
                setText(empty || v == null ? null : text.apply(v));
                if (added != null) {
                    getStyleClass().add(added);
                }
            }
        });
        return c;
    }
}
