package org.mediationledger.ui.cases;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
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
import javafx.beans.property.ReadOnlyStringWrapper;
import org.mediationledger.model.CaseSource;
import org.mediationledger.model.ConcurrentEditException;
import org.mediationledger.model.FieldChange;
import org.mediationledger.model.Gender;
import org.mediationledger.model.MediationCase;
import org.mediationledger.model.Messages;
import org.mediationledger.model.PartyRole;
import org.mediationledger.model.RiskLevel;
import org.mediationledger.ui.FormSupport;
import org.mediationledger.ui.Fx;

/** The intake form: builds the controls, binds them to the view model and draws its messages beside each field. */
public final class CaseFormView extends BorderPane {
    private final CaseFormViewModel vm;
    private final Messages m;
    private final FormSupport form;
    private final VBox partyBox = new VBox(10);
    private final Consumer<MediationCase> onSaved;

    public CaseFormView(CaseFormViewModel vm, Consumer<MediationCase> onSaved, Runnable onCancel) {
        this.vm = vm;
        this.m = vm.messages();
        this.onSaved = onSaved;
        this.form = new FormSupport(m, vm.errors, vm.warnings);
        setId("case-form");
        getStyleClass().add("page");

        Label title = new Label(vm.isNew() ? m.get("form.titleNew") : m.get("form.titleEdit", vm.original().caseNumber()));
        title.getStyleClass().add("page-title");
        setTop(title);

        VBox content = new VBox(14, section(m.get("form.section.case"), caseGrid()),
                section(m.get("form.section.dispute"), disputeGrid()), partiesSection());
        content.setPadding(new Insets(4, 16, 16, 4));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        setCenter(scroll);

        setBottom(form.buttonBar("case", vm.saving, vm.status, () -> vm.save(onSaved), onCancel, "parties[0].name"));

        vm.parties.addListener((ListChangeListener<PartyModel>) c -> rebuildParties());
        vm.conflict.addListener((o, was, now) -> {
            if (now != null) {
                showConflict(now);
            }
        });
        rebuildParties();
    }

    private TitledPane section(String title, Node body) {
        TitledPane p = new TitledPane(title, body);
        p.setCollapsible(false);
        return p;
    }

    private GridPane caseGrid() {
        GridPane g = grid();
        ComboBox<CaseSource> source = combo("source", vm.sources(), m::label, vm.source, null);
        ComboBox<org.mediationledger.model.DisputeType> type = combo("disputeType", vm.types(), t -> t.name(), vm.disputeType, m.get("form.choose"));
        ComboBox<org.mediationledger.model.Unit> unit = combo("unit", vm.units(), u -> u.name(), vm.unit, m.get("form.choose"));
        ComboBox<org.mediationledger.model.MicroGrid> grid = new ComboBox<>(vm.gridChoices);
        Fx.named(grid, x -> x.name(), m.get("form.none"));
        grid.valueProperty().bindBidirectional(vm.grid);
        form.register("grid", grid);
        ComboBox<RiskLevel> risk = combo("riskLevel", java.util.List.of(RiskLevel.values()), m::label, vm.riskLevel, null);
        ComboBox<org.mediationledger.model.Staff> mediator = org.mediationledger.ui.FormDialog.staff(vm.mediators(), null,
                m.get("form.none"), m);
        mediator.valueProperty().bindBidirectional(vm.mediator);
        form.register("mediator", mediator);
        DatePicker received = date("receivedDate", vm.receivedDate, vm.receivedDateText);
        row(g, 0, 0, "source", true, source);
        row(g, 0, 1, "disputeType", true, type);
        row(g, 1, 0, "unit", true, unit);
        row(g, 1, 1, "grid", false, grid);
        row(g, 2, 0, "receivedDate", true, received);
        row(g, 2, 1, "mediator", false, mediator);
        return g;
    }

    private GridPane disputeGrid() {
        GridPane g = grid();
        TextArea summary = area("summary", vm.summary, 4);
        TextArea requests = area("requests", vm.requests, 2);
        TextField people = text("peopleInvolved", vm.peopleInvolved);
        TextField amount = text("amountInvolved", vm.amountInvolved);
        amount.setPromptText(m.get("form.amountPrompt"));
        @SuppressWarnings("unchecked")
        ComboBox<RiskLevel> risk = (ComboBox<RiskLevel>) form.control("riskLevel");
        g.add(form.field("summary", true, summary), 0, 0, 2, 1);
        g.add(form.field("requests", false, requests), 0, 1, 2, 1);
        row(g, 2, 0, "peopleInvolved", true, people);
        row(g, 2, 1, "amountInvolved", false, amount);
        row(g, 3, 0, "riskLevel", true, risk);
        return g;
    }

    private Node partiesSection() {
        Button addApplicant = new Button(m.get("form.addApplicant"));
        addApplicant.setId("add-applicant");
        addApplicant.setOnAction(e -> vm.addParty(PartyRole.APPLICANT));
        Button addRespondent = new Button(m.get("form.addRespondent"));
        addRespondent.setId("add-respondent");
        addRespondent.setOnAction(e -> vm.addParty(PartyRole.RESPONDENT));
        Label partiesError = form.message("parties");
        VBox box = new VBox(10, partyBox, partiesError, new HBox(10, addApplicant, addRespondent));
        return section(m.get("form.section.parties"), box);
    }

    private void rebuildParties() {
        form.forget("parties[");
        partyBox.getChildren().clear();
        for (int i = 0; i < vm.parties.size(); i++) {
            partyBox.getChildren().add(partyPane(i, vm.parties.get(i)));
        }
        form.refresh();
    }

    private Node partyPane(int i, PartyModel p) {
        String pre = "parties[" + i + "].";
        GridPane g = grid();
        g.getColumnConstraints().setAll(col(33.3), col(33.3), col(33.4));
        ComboBox<PartyRole> role = combo(pre + "role", java.util.List.of(PartyRole.values()), m::label, p.role, null);
        TextField name = text(pre + "name", p.name);
        ComboBox<Gender> gender = combo(pre + "gender", java.util.List.of(Gender.values()), m::label, p.gender, m.get("form.none"));
        TextField ethnicity = text(pre + "ethnicity", p.ethnicity);
        DatePicker birth = date(pre + "birthDate", p.birthDate, p.birthDateText);
        TextField age = text(pre + "age", p.age);
        TextField occupation = text(pre + "occupation", p.occupation);
        TextField phone = text(pre + "phone", p.phone);
        TextField idNumber = text(pre + "idNumber", p.idNumber);
        TextField address = text(pre + "address", p.address);
        g.add(form.field(pre + "role", true, role), 0, 0);
        g.add(form.field(pre + "name", true, name), 1, 0);
        g.add(form.field(pre + "gender", false, gender), 2, 0);
        g.add(form.field(pre + "idNumber", false, idNumber), 0, 1);
        g.add(form.field(pre + "birthDate", false, birth), 1, 1);
        g.add(form.field(pre + "age", false, age), 2, 1);
        g.add(form.field(pre + "ethnicity", false, ethnicity), 0, 2);
        g.add(form.field(pre + "occupation", false, occupation), 1, 2);
        g.add(form.field(pre + "phone", false, phone), 2, 2);
        g.add(form.field(pre + "address", false, address), 0, 3, 3, 1);
        Label head = new Label(m.get("field.partyN", i + 1));
        head.getStyleClass().add("party-head");
        Button remove = new Button(m.get("form.removeParty"));
        remove.setId("remove-party-" + i);
        remove.getStyleClass().add("flat");
        // a party with anything typed is removed only after a question naming it
        remove.setOnAction(e -> {
            boolean typed = java.util.List.of(p.name, p.idNumber, p.phone, p.address, p.occupation, p.ethnicity).stream()
                    .anyMatch(x -> !x.get().isBlank());
            if (!typed || org.mediationledger.ui.Fx.confirm(getScene().getWindow(), m, m.get("form.removePartyQuestion",
                    p.name.get().isBlank() ? m.label(p.role.get()) : p.name.get()), m.get("form.removeParty"), "confirm-remove")) {
                vm.removeParty(p);
            }
        });
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        VBox box = new VBox(6, new HBox(8, head, grow, remove), g);
        box.getStyleClass().add("party-card");
        return box;
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(16);
        g.setVgap(8);
        g.setPadding(new Insets(8, 10, 10, 10));
        g.getColumnConstraints().setAll(col(50), col(50));
        return g;
    }

    private static ColumnConstraints col(double percent) {
        ColumnConstraints c = new ColumnConstraints();
        c.setHgrow(Priority.ALWAYS);
        c.setFillWidth(true);
        c.setPercentWidth(percent);
        return c;
    }

    private void row(GridPane g, int r, int c, String field, boolean required, Control control) {
        g.add(form.field(field, required, control), c, r);
    }

    private <T> ComboBox<T> combo(String field, java.util.List<T> items, java.util.function.Function<T, String> name,
                                  ObjectProperty<T> value, String emptyText) {
        ComboBox<T> box = new ComboBox<>();
        box.getItems().setAll(items);
        Fx.named(box, name, emptyText == null ? "" : emptyText);
        box.valueProperty().bindBidirectional(value);
        form.register(field, box);
        return box;
    }

    private TextField text(String field, StringProperty value) {
        TextField t = new TextField();
        t.textProperty().bindBidirectional(value);
        form.register(field, t);
        return t;
    }

    private TextArea area(String field, StringProperty value, int rows) {
        TextArea t = org.mediationledger.ui.Fx.tabMovesFocus(new TextArea());
        t.setPrefRowCount(rows);
        t.setWrapText(true);
        t.textProperty().bindBidirectional(value);
        form.register(field, t);
        return t;
    }

    private DatePicker date(String field, ObjectProperty<java.time.LocalDate> value, StringProperty text) {
        DatePicker d = new DatePicker();
        Fx.isoDates(d);
        if (field.endsWith("birthDate")) {
            d.setPromptText(m.get("form.birthPrompt"));
        }
        d.valueProperty().bindBidirectional(value);
        d.getEditor().setText(text.get());
        d.getEditor().textProperty().addListener((o, was, now) -> {
            text.set(now);
            // typing a complete date is enough: the value follows without leaving the field
            java.time.LocalDate parsed = d.getConverter().fromString(now);
            if (parsed != null || now.isBlank()) {
                value.set(parsed);
            } else {
                value.set(null);
            }
        });
        form.register(field, d);
        return d;
    }

    private void showConflict(ConcurrentEditException c) {
        TableView<FieldChange> diff = new TableView<>();
        diff.setId("conflict-table");
        TableColumn<FieldChange, String> field = new TableColumn<>(m.get("conflict.field"));
        field.setCellValueFactory(x -> new ReadOnlyStringWrapper(m.fieldLabel(x.getValue().field())));
        TableColumn<FieldChange, String> theirs = new TableColumn<>(m.get("conflict.theirs"));
        theirs.setCellValueFactory(x -> new ReadOnlyStringWrapper(x.getValue().oldValue()));
        TableColumn<FieldChange, String> mine = new TableColumn<>(m.get("conflict.mine"));
        mine.setCellValueFactory(x -> new ReadOnlyStringWrapper(x.getValue().newValue()));
        diff.getColumns().setAll(java.util.List.of(field, theirs, mine));
        diff.getItems().setAll(c.differences());
        diff.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        diff.setPrefSize(640, 260);
        Alert a = new Alert(Alert.AlertType.WARNING);
        a.setTitle(m.get("conflict.title"));
        a.setHeaderText(m.get("conflict.header", c.stored().caseNumber()));
        a.getDialogPane().setContent(diff);
        ButtonType keepMine = new ButtonType(m.get("conflict.keepMine"), ButtonBar.ButtonData.OK_DONE);
        ButtonType takeTheirs = new ButtonType(m.get("conflict.takeTheirs"), ButtonBar.ButtonData.OTHER);
        ButtonType later = new ButtonType(m.get("conflict.decideLater"), ButtonBar.ButtonData.CANCEL_CLOSE);
        a.getButtonTypes().setAll(keepMine, takeTheirs, later);
        if (getScene() != null) {
            a.initOwner(getScene().getWindow());
        }
        a.showAndWait().ifPresent(choice -> {
            if (choice == keepMine) {
                vm.overwriteAfterConflict(onSaved);
            } else if (choice == takeTheirs) {
                vm.reloadAfterConflict();
            }
        });
    }
}
