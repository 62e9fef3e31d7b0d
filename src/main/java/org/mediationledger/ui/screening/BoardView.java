package org.mediationledger.ui.screening;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.mediationledger.model.Compliance;
import org.mediationledger.model.Messages;
import org.mediationledger.model.Unit;
import org.mediationledger.ui.Fx;

/** Units × ISO weeks: who screened, who sent a zero report, who missed a week; the rate with its two numbers. */
public final class BoardView extends BorderPane {
    private final BoardViewModel vm;
    private final Messages m;
    private final TableView<Compliance.UnitRow> table = new TableView<>();
    private final Label rate = new Label();
    private final Label sensitive = new Label();

    public BoardView(BoardViewModel vm, Consumer<Unit> onRecordRound) {
        this.vm = vm;
        this.m = vm.messages();
        setId("screening-board");
        DatePicker from = new DatePicker();
        Fx.isoDates(from);
        from.setId("board-from");
        from.valueProperty().bindBidirectional(vm.from);
        DatePicker to = new DatePicker();
        Fx.isoDates(to);
        to.setId("board-to");
        to.valueProperty().bindBidirectional(vm.to);
        from.setPrefWidth(140);
        to.setPrefWidth(140);
        Button show = new Button(m.get("board.show"));
        show.setOnAction(e -> vm.load());
        rate.setId("board-rate");
        rate.getStyleClass().add("board-rate");
        sensitive.setId("board-sensitive");
        sensitive.getStyleClass().add("hint");
        HBox range = new HBox(8, new Label(m.get("board.range")), from, new Label("—"), to, show);
        range.setAlignment(Pos.CENTER_LEFT);

        Label selected = new Label();
        selected.setId("board-selected");
        selected.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> vm.selected.get() == null
                ? m.get("board.chooseUnit") : m.get("board.selected", vm.selected.get().name()), vm.selected));
        Button zero = new Button(m.get("board.zeroToday"));
        zero.setId("zero-report");
        zero.disableProperty().bind(vm.selected.isNull());
        zero.setOnAction(e -> vm.zeroReportToday());
        Button round = new Button(m.get("board.recordRound"));
        round.setId("record-round-for-unit");
        org.mediationledger.ui.Gate.require(round, org.mediationledger.model.Permission.RECORD_SCREENING);
        round.disableProperty().bind(vm.selected.isNull());
        round.setOnAction(e -> onRecordRound.accept(vm.selected.get()));
        Label message = new Label();
        message.setId("board-message");
        message.textProperty().bind(vm.message);
        FlowPane actions = new FlowPane(10, 6, selected, zero, round, message);
        actions.setAlignment(Pos.CENTER_LEFT);

        Label legend = new Label(m.get("board.legend"));
        legend.getStyleClass().add("hint");
        legend.setWrapText(true);
        legend.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        setTop(new VBox(10, range, new HBox(24, rate, sensitive), actions));
        table.setId("board-grid");
        table.getStyleClass().add("board-table");
        table.setFixedCellSize(32);
        table.setPlaceholder(new Label(""));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                vm.selected.set(now.unit());
            }
        });
        setCenter(table);
        setBottom(legend);
        BorderPane.setMargin(table, new Insets(10, 0, 6, 0));
        vm.board.addListener((o, was, now) -> show(now));
    }

    /**
     * The board as a virtualised table: rows are units, columns weeks, so only the rows on screen have cells (a county
     * of 300 units × 13 weeks made 3,900 labels with tooltips — 230 MB of live heap — as a grid).
     */
    private void show(Compliance.Board b) {
        table.getColumns().clear();
        table.getItems().clear();
        if (b == null) {
            return;
        }
        rate.setText(m.get("compliance.rate", b.met(), b.expected(), b.percent()));
        sensitive.setText(m.get("compliance.sensitiveRate", b.sensitiveMet(), b.sensitiveDue(), b.sensitivePercent()));
        TableColumn<Compliance.UnitRow, Compliance.UnitRow> unit = column(110);
        unit.setCellFactory(c -> new BoardCell(row -> {
            Label l = new Label(row.unit().name());
            l.getStyleClass().add("board-unit");
            return l;
        }));
        unit.getStyleClass().add("board-unit-column");
        table.getColumns().add(unit);
        for (int c = 0; c < b.weeks().size(); c++) {
            var w = b.weeks().get(c);
            int index = c;
            TableColumn<Compliance.UnitRow, Compliance.UnitRow> week = column(42);
            Label head = headLabel("W" + String.format("%02d", w.week()));
            head.setTooltip(new Tooltip(w.label() + "  " + w.monday() + " — " + w.sunday()));
            week.setGraphic(head);
            week.setCellFactory(col -> new BoardCell(row -> cell(row, row.cells().get(index))));
            table.getColumns().add(week);
        }
        TableColumn<Compliance.UnitRow, Compliance.UnitRow> met = column(60);
        met.setGraphic(headLabel(m.get("col.met")));
        met.setCellFactory(c -> new BoardCell(row -> {
            Label l = new Label(row.met() + "/" + row.expected());
            l.setId("met-" + row.unit().name());
            return l;
        }));
        TableColumn<Compliance.UnitRow, Compliance.UnitRow> missed = column(90);
        missed.setGraphic(headLabel(m.get("col.missed")));
        missed.setCellFactory(c -> new BoardCell(row -> {
            Label l = new Label(String.valueOf(row.missed()));
            l.setId("missed-" + row.unit().name());
            if (row.missed() > 0) {
                l.getStyleClass().add("board-missed-count");
            }
            return l;
        }));
        TableColumn<Compliance.UnitRow, Compliance.UnitRow> days = column(110);
        days.setGraphic(headLabel(m.get("col.sensitive")));
        days.setCellFactory(c -> new BoardCell(row -> new Label(row.sensitiveDue() == 0 ? "—"
                : row.sensitiveMet() + "/" + row.sensitiveDue())));
        table.getColumns().addAll(List.of(met, missed, days));
        table.getItems().setAll(b.rows());
    }

    /** A column with no title of its own (its header is a label with a tooltip), of a fixed least width. */
    private static TableColumn<Compliance.UnitRow, Compliance.UnitRow> column(double width) {
        TableColumn<Compliance.UnitRow, Compliance.UnitRow> c = new TableColumn<>();
        c.setCellValueFactory(f -> new javafx.beans.property.ReadOnlyObjectWrapper<>(f.getValue()));
        c.setSortable(false);
        c.setReorderable(false);
        c.setPrefWidth(width);
        c.setMinWidth(width);
        return c;
    }

    /** One week of one unit: the symbol on its colour, the state kept as user data, its details as a tooltip. */
    private Label cell(Compliance.UnitRow row, Compliance.Cell cell) {
        Label l = new Label(symbol(cell.state()) + (cell.sensitiveDays() > 0 ? "*" : ""));
        l.setId("cell-" + row.unit().name() + "-" + cell.week().label());
        l.getStyleClass().addAll("board-cell", "cell-" + cell.state().name().toLowerCase().replace('_', '-'));
        l.setUserData(cell.state());
        String tip = m.label(cell.state()) + " · " + m.get("board.rounds", cell.rounds())
                + (cell.sensitiveDays() > 0 ? "\n" + m.get("board.sensitiveDays", cell.sensitiveDaysMet(), cell.sensitiveDays()) : "");
        l.setTooltip(new Tooltip(row.unit().name() + " " + cell.week().label() + "\n" + tip));
        return l;
    }

    /** A table cell showing a label made for its row; a click on it selects the row's unit. */
    private final class BoardCell extends TableCell<Compliance.UnitRow, Compliance.UnitRow> {
        private final java.util.function.Function<Compliance.UnitRow, Label> make;

        BoardCell(java.util.function.Function<Compliance.UnitRow, Label> make) {
            this.make = make;
            setAlignment(Pos.CENTER);
        }

        @Override
        protected void updateItem(Compliance.UnitRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            Label l = make.apply(row);
            l.setOnMouseClicked(e -> vm.selected.set(row.unit()));
            setGraphic(l);
        }
    }

    private static Label headLabel(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("board-head");
        return l;
    }

    static String symbol(Compliance.CellState s) {
        return switch (s) {
            case MET -> "✓";
            case ZERO_REPORT -> "0";
            case MISSED -> "✗";
            case NOT_YET_DUE -> "";
            case OUTSIDE -> "—";
        };
    }
}
