package org.mediationledger.ui.screening;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import org.controlsfx.control.CheckComboBox;
import org.mediationledger.model.DisputeType;
import org.mediationledger.model.FindingStatus;
import org.mediationledger.model.Messages;
import org.mediationledger.model.MicroGrid;
import org.mediationledger.model.RiskLevel;
import org.mediationledger.model.ScreeningKind;
import org.mediationledger.model.ScreeningRound;
import org.mediationledger.model.Staff;
import org.mediationledger.model.Unit;
import org.mediationledger.ui.FormSupport;
import org.mediationledger.ui.Fx;

/** The screening round form: who screened where and when, and what they found (nothing found = zero report). */
public final class RoundFormView extends BorderPane {
    private final RoundFormViewModel vm;
    private final Messages m;
    private final FormSupport form;
    private final VBox findingBox = new VBox(10);
    private final Label zeroHint = new Label();

    public RoundFormView(RoundFormViewModel vm, Consumer<ScreeningRound> onSaved, Runnable onCancel) {
        this.vm = vm;
        this.m = vm.messages();
        this.form = new FormSupport(m, vm.errors, vm.warnings);
        setId("round-form");
        getStyleClass().add("page");
        Label title = new Label(m.get("round.title"));
        title.getStyleClass().add("page-title");
        setTop(title);

        GridPane g = grid(2);
        DatePicker date = new DatePicker();
        Fx.isoDates(date);
        date.valueProperty().bindBidirectional(vm.date);
        date.getEditor().setText(vm.dateText.get());
        date.getEditor().textProperty().addListener((o, was, now) -> {
            vm.dateText.set(now);
            vm.date.set(date.getConverter().fromString(now));
        });
        form.register("roundDate", date);
        ComboBox<Unit> unit = combo("unit", vm.ref.activeUnits(), Unit::name, vm.unit, m.get("form.choose"));
        ComboBox<MicroGrid> gridBox = new ComboBox<>(vm.gridChoices);
        Fx.named(gridBox, MicroGrid::name, m.get("form.none"));
        gridBox.valueProperty().bindBidirectional(vm.grid);
        form.register("grid", gridBox);
        ComboBox<ScreeningKind> kind = combo("kind", List.of(ScreeningKind.values()), m::label, vm.kind, null);
        ComboBox<Staff> lead = combo("leadScreener", vm.ref.activeStaff(), Staff::name, vm.lead, m.get("form.none"));
        CheckComboBox<Staff> others = new CheckComboBox<>();
        others.getItems().setAll(vm.ref.activeStaff());
        others.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Staff s) {
                return s == null ? "" : s.name();
            }

            @Override
            public Staff fromString(String s) {
                return null;
            }
        });
        // the names ticked show in the box ("张三, 李四"); with none ticked, a prompt
        others.getCheckModel().getCheckedItems().addListener((ListChangeListener<Staff>) c -> {
            vm.others.setAll(others.getCheckModel().getCheckedItems());
            others.setTitle(others.getCheckModel().getCheckedItems().isEmpty() ? m.get("round.othersTitle") : null);
        });
        others.setTitle(m.get("round.othersTitle"));
        form.register("screeners", others);
        TextArea notes = org.mediationledger.ui.Fx.tabMovesFocus(new TextArea());
        notes.setPrefRowCount(2);
        notes.textProperty().bindBidirectional(vm.notes);
        form.register("notes", notes);
        g.add(form.field("roundDate", true, date), 0, 0);
        g.add(form.field("kind", true, kind), 1, 0);
        g.add(form.field("unit", true, unit), 0, 1);
        g.add(form.field("grid", false, gridBox), 1, 1);
        g.add(form.field("leadScreener", false, lead), 0, 2);
        g.add(form.field("screeners", false, others), 1, 2);
        g.add(form.field("notes", false, notes), 0, 3, 2, 1);
        TitledPane roundPane = new TitledPane(m.get("round.section"), g);
        roundPane.setCollapsible(false);

        Button addFinding = new Button(m.get("round.addFinding"));
        addFinding.setId("add-finding");
        addFinding.setOnAction(e -> vm.addFinding());
        zeroHint.getStyleClass().add("hint");
        zeroHint.setId("zero-hint");
        zeroHint.managedProperty().bind(zeroHint.textProperty().isNotEmpty());
        TitledPane findingsPane = new TitledPane(m.get("round.findings"), new VBox(10, zeroHint, findingBox, addFinding));
        findingsPane.setCollapsible(false);
        ((VBox) findingsPane.getContent()).setPadding(new Insets(10));

        VBox content = new VBox(14, roundPane, findingsPane);
        content.setPadding(new Insets(4, 16, 16, 4));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        setCenter(scroll);

        setBottom(form.buttonBar("round", vm.saving, vm.status, () -> vm.save(onSaved), onCancel, null));
        vm.findings.addListener((ListChangeListener<FindingModel>) c -> rebuild());
        rebuild();
    }

    private void rebuild() {
        form.forget("findings[");
        findingBox.getChildren().clear();
        for (int i = 0; i < vm.findings.size(); i++) {
            findingBox.getChildren().add(findingCard(i, vm.findings.get(i)));
        }
        zeroHint.setText(vm.findings.isEmpty() ? m.get("round.zeroHint") : "");
        form.refresh();
    }

    private Node findingCard(int i, FindingModel f) {
        String pre = "findings[" + i + "].";
        GridPane g = grid(3);
        TextArea summary = org.mediationledger.ui.Fx.tabMovesFocus(new TextArea());
        summary.setPrefRowCount(2);
        summary.setWrapText(true);
        summary.textProperty().bindBidirectional(f.summary);
        form.register(pre + "summary", summary);
        ComboBox<DisputeType> type = combo(pre + "disputeType", vm.ref.activeTypes(), DisputeType::name, f.type, m.get("form.choose"));
        ComboBox<RiskLevel> risk = combo(pre + "riskLevel", List.of(RiskLevel.values()), m::label, f.risk, null);
        ComboBox<FindingStatus> status = combo(pre + "status", List.of(FindingStatus.MONITORING, FindingStatus.RESOLVING,
                FindingStatus.RESOLVED), m::label, f.status, null);
        TextField people = text(pre + "peopleInvolved", f.people);
        TextField amount = text(pre + "amountInvolved", f.amount);
        TextField measures = text(pre + "measures", f.measures);
        g.add(form.field(pre + "summary", true, summary), 0, 0, 3, 1);
        g.add(form.field(pre + "disputeType", true, type), 0, 1);
        g.add(form.field(pre + "riskLevel", true, risk), 1, 1);
        g.add(form.field(pre + "status", true, status), 2, 1);
        g.add(form.field(pre + "peopleInvolved", false, people), 0, 2);
        g.add(form.field(pre + "amountInvolved", false, amount), 1, 2);
        g.add(form.field(pre + "measures", false, measures), 2, 2);
        for (int j = 0; j < f.parties.size(); j++) {
            FindingModel.PartyRow p = f.parties.get(j);
            String pp = pre + "parties[" + j + "].";
            g.add(form.field(pp + "name", false, text(pp + "name", p.name)), 0, 3 + j);
            g.add(form.field(pp + "phone", false, text(pp + "phone", p.phone)), 1, 3 + j);
        }
        Button moreParties = new Button(m.get("round.addParty"));
        moreParties.setOnAction(e -> {
            f.parties.add(new FindingModel.PartyRow());
            rebuild();
        });
        g.add(moreParties, 2, 3 + f.parties.size() - 1);
        Label head = new Label(m.get("field.findingN", i + 1));
        head.getStyleClass().add("party-head");
        Button remove = new Button(m.get("round.removeFinding"));
        remove.getStyleClass().add("flat");
        remove.setId("remove-finding-" + i);
        // a finding with anything typed goes only after a question naming it
        remove.setOnAction(e -> {
            boolean typed = !f.summary.get().isBlank() || f.type.get() != null || !f.people.get().isBlank()
                    || !f.amount.get().isBlank() || !f.measures.get().isBlank()
                    || f.parties.stream().anyMatch(p -> !p.name.get().isBlank() || !p.phone.get().isBlank());
            String what = f.summary.get().isBlank() ? m.get("field.findingN", i + 1)
                    : f.summary.get().length() > 20 ? f.summary.get().substring(0, 20) + "…" : f.summary.get();
            if (!typed || org.mediationledger.ui.Fx.confirm(getScene().getWindow(), m, m.get("round.removeFindingQuestion", what),
                    m.get("round.removeFinding"), "confirm-remove")) {
                vm.removeFinding(f);
            }
        });
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        VBox card = new VBox(6, new HBox(8, head, grow, remove), g);
        card.getStyleClass().add("party-card");
        return card;
    }

    private GridPane grid(int columns) {
        GridPane g = new GridPane();
        g.setHgap(16);
        g.setVgap(8);
        g.setPadding(new Insets(8, 10, 10, 10));
        for (int i = 0; i < columns; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setHgrow(Priority.ALWAYS);
            c.setPercentWidth(100.0 / columns);
            g.getColumnConstraints().add(c);
        }
        return g;
    }

    private <T> ComboBox<T> combo(String field, List<T> items, Function<T, String> name, ObjectProperty<T> value, String empty) {
        ComboBox<T> box = new ComboBox<>();
        box.getItems().setAll(items);
        Fx.named(box, name, empty == null ? "" : empty);
        box.valueProperty().bindBidirectional(value);
        return form.register(field, box);
    }

    private TextField text(String field, StringProperty value) {
        TextField t = new TextField();
        t.textProperty().bindBidirectional(value);
        return form.register(field, t);
    }
}
