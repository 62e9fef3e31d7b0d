package org.mediationledger.ui.screening;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
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
    private final GridPane grid = new GridPane();
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
        grid.setHgap(3);
        grid.setVgap(3);
        grid.setPadding(new Insets(8, 0, 8, 0));
        grid.setId("board-grid");
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToHeight(false);
        setCenter(scroll);
        setBottom(legend);
        BorderPane.setMargin(scroll, new Insets(10, 0, 6, 0));
        vm.board.addListener((o, was, now) -> show(now));
    }

    private void show(Compliance.Board b) {
        grid.getChildren().clear();
        if (b == null) {
            return;
        }
        rate.setText(m.get("compliance.rate", b.met(), b.expected(), b.percent()));
        sensitive.setText(m.get("compliance.sensitiveRate", b.sensitiveMet(), b.sensitiveDue(), b.sensitivePercent()));
        for (int c = 0; c < b.weeks().size(); c++) {
            var w = b.weeks().get(c);
            Label head = new Label("W" + String.format("%02d", w.week()));
            head.setTooltip(new Tooltip(w.label() + "  " + w.monday() + " — " + w.sunday()));
            head.getStyleClass().add("board-head");
            grid.add(head, c + 1, 0);
        }
        grid.add(headLabel(m.get("col.met")), b.weeks().size() + 1, 0);
        grid.add(headLabel(m.get("col.missed")), b.weeks().size() + 2, 0);
        grid.add(headLabel(m.get("col.sensitive")), b.weeks().size() + 3, 0);
        for (int r = 0; r < b.rows().size(); r++) {
            Compliance.UnitRow row = b.rows().get(r);
            Label unit = new Label(row.unit().name());
            unit.getStyleClass().add("board-unit");
            unit.setOnMouseClicked(e -> vm.selected.set(row.unit()));
            grid.add(unit, 0, r + 1);
            for (int c = 0; c < row.cells().size(); c++) {
                Compliance.Cell cell = row.cells().get(c);
                Label l = new Label(symbol(cell.state()) + (cell.sensitiveDays() > 0 ? "*" : ""));
                l.setId("cell-" + row.unit().name() + "-" + cell.week().label());
                l.getStyleClass().addAll("board-cell", "cell-" + cell.state().name().toLowerCase().replace('_', '-'));
                l.setUserData(cell.state());
                String tip = m.label(cell.state()) + " · " + m.get("board.rounds", cell.rounds())
                        + (cell.sensitiveDays() > 0 ? "\n" + m.get("board.sensitiveDays", cell.sensitiveDaysMet(), cell.sensitiveDays()) : "");
                l.setTooltip(new Tooltip(row.unit().name() + " " + cell.week().label() + "\n" + tip));
                l.setOnMouseClicked(e -> vm.selected.set(row.unit()));
                grid.add(l, c + 1, r + 1);
            }
            Label met = new Label(row.met() + "/" + row.expected());
            met.setId("met-" + row.unit().name());
            grid.add(met, row.cells().size() + 1, r + 1);
            Label missed = new Label(String.valueOf(row.missed()));
            missed.setId("missed-" + row.unit().name());
            if (row.missed() > 0) {
                missed.getStyleClass().add("board-missed-count");
            }
            grid.add(missed, row.cells().size() + 2, r + 1);
            grid.add(new Label(row.sensitiveDue() == 0 ? "—" : row.sensitiveMet() + "/" + row.sensitiveDue()),
                    row.cells().size() + 3, r + 1);
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
