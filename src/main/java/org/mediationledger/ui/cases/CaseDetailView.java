package org.mediationledger.ui.cases;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.mediationledger.model.AuditEntry;
import org.mediationledger.model.CaseDraft;
import org.mediationledger.model.Masking;
import org.mediationledger.model.MediationCase;
import org.mediationledger.model.Messages;
import org.mediationledger.model.Party;
import org.mediationledger.service.ReferenceData;

/** The case as read: fields, parties and the audit history, with an edit button. */
public final class CaseDetailView extends BorderPane {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final CaseDetailViewModel vm;
    private final Messages m;
    private final ReferenceData ref;
    private final Label title = new Label();
    private final GridPane fields = new GridPane();
    private final TableView<Party> parties = new TableView<>();

    /** A paper of the case to preview and print: "summary" or "agreement". */
    public interface Print {
        void paper(String kind, MediationCase c);
    }

    public CaseDetailView(CaseDetailViewModel vm, Messages m, ReferenceData ref, Consumer<MediationCase> onEdit, Runnable onBack,
                          Print print) {
        this.vm = vm;
        this.m = m;
        this.ref = ref;
        setId("case-detail");
        getStyleClass().add("page");
        title.setId("detail-title");
        title.getStyleClass().add("page-title");
        Button back = new Button("‹ " + m.get("detail.back"));
        back.setId("detail-back");
        back.getStyleClass().add("flat");
        back.setOnAction(e -> onBack.run());
        Button edit = new Button(m.get("detail.edit"));
        edit.setId("edit-case");
        org.mediationledger.ui.Gate.require(edit, org.mediationledger.model.Permission.EDIT_CASE);
        edit.getStyleClass().add("accent");
        edit.disableProperty().bind(vm.kase.isNull());
        edit.setOnAction(e -> onEdit.accept(vm.kase.get()));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Label message = new Label();
        message.textProperty().bind(vm.message);
        Button summary = new Button(m.get("detail.printSummary"));
        summary.setId("print-summary");
        summary.disableProperty().bind(vm.kase.isNull());
        summary.setOnAction(e -> print.paper("summary", vm.kase.get()));
        Button agreement = new Button(m.get("detail.printAgreement"));
        agreement.setId("print-agreement");
        agreement.disableProperty().bind(vm.kase.isNull().or(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> vm.path.get() == null || vm.path.get().agreement() == null, vm.path)));
        agreement.setOnAction(e -> print.paper("agreement", vm.kase.get()));
        javafx.scene.control.MenuButton more = new javafx.scene.control.MenuButton(m.get("detail.printMore"));
        more.setId("print-more");
        more.disableProperty().bind(vm.kase.isNull());
        for (String kind : java.util.List.of("acceptance", "record", "cover")) {
            javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(m.get("paper.menu." + kind));
            item.setId("print-" + kind);
            item.setOnAction(e -> print.paper(kind, vm.kase.get()));
            more.getItems().add(item);
        }
        HBox head = new HBox(10, back, title, grow, message, summary, agreement, more, edit);
        head.setAlignment(Pos.CENTER_LEFT);
        setTop(head);
        BorderPane.setMargin(head, new Insets(0, 0, 10, 0));

        fields.setHgap(18);
        fields.setVgap(8);
        fields.setPadding(new Insets(10));
        fields.setId("detail-fields");

        CheckBox full = new CheckBox(m.get("detail.showFull"));
        full.setId("show-full-numbers");
        org.mediationledger.ui.Gate.require(full, org.mediationledger.model.Permission.SHOW_FULL_NUMBERS);
        full.selectedProperty().bindBidirectional(vm.showFullNumbers);
        parties.setId("detail-parties");
        parties.setPrefHeight(140);
        parties.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        parties.getColumns().setAll(List.of(
                col(m.get("field.party.role"), p -> m.label(p.role())),
                col(m.get("field.party.name"), Party::name),
                col(m.get("field.party.gender"), p -> m.label(p.gender())),
                col(m.get("field.party.birthDate"), p -> p.birthDate() == null ? (p.age() == null ? "" : m.get("detail.age", p.age())) : p.birthDate().toString()),
                col(m.get("field.party.idNumber"), p -> vm.showFullNumbers.get() ? nz(p.idNumber()) : Masking.idNumber(p.idNumber())),
                col(m.get("field.party.phone"), p -> vm.showFullNumbers.get() ? nz(p.phone()) : Masking.phone(p.phone())),
                col(m.get("field.party.address"), p -> nz(p.address()))));
        parties.getColumns().get(4).setMinWidth(190);
        parties.getColumns().get(5).setMinWidth(120);
        vm.showFullNumbers.addListener(o -> parties.refresh());

        ListView<AuditEntry> history = new ListView<>(vm.history);
        history.setId("detail-history");
        history.setPrefHeight(200);
        history.setCellFactory(lv -> new ListCell<>() {
            private final javafx.scene.text.Text text = new javafx.scene.text.Text();

            {
                text.getStyleClass().add("history-text");
                text.wrappingWidthProperty().bind(lv.widthProperty().subtract(40));
            }

            @Override
            protected void updateItem(AuditEntry a, boolean empty) {
                super.updateItem(a, empty);
                text.setText(empty || a == null ? null : describe(a));
                setText(null);
                setGraphic(empty || a == null ? null : text);
            }
        });

        Label fromFinding = new Label();
        fromFinding.setId("detail-from-finding");
        fromFinding.getStyleClass().add("hint");
        fromFinding.textProperty().bind(vm.fromFinding);
        fromFinding.managedProperty().bind(vm.fromFinding.isNotEmpty());
        Label exchangeConflict = new Label();
        exchangeConflict.setId("detail-exchange-conflict");
        exchangeConflict.getStyleClass().add("figure-small");
        exchangeConflict.setWrapText(true);
        exchangeConflict.setPadding(new javafx.geometry.Insets(0, 0, 6, 8));
        exchangeConflict.textProperty().bind(vm.exchangeConflict);
        exchangeConflict.managedProperty().bind(vm.exchangeConflict.isNotEmpty());
        TitledPane fieldsPane = new TitledPane(m.get("form.section.case"), new VBox(exchangeConflict, fromFinding, fields));
        fieldsPane.setCollapsible(false);
        TitledPane partiesPane = new TitledPane(m.get("form.section.parties"), new VBox(6, full, parties));
        partiesPane.setCollapsible(false);
        TitledPane pathPane = new TitledPane(m.get("detail.path"), pathBox());
        pathPane.setCollapsible(false);
        TitledPane historyPane = new TitledPane(m.get("detail.history"), history);
        historyPane.setCollapsible(false);
        VBox partiesBox = (VBox) partiesPane.getContent();
        partiesBox.setPadding(new Insets(10));
        VBox body = new VBox(12, fieldsPane, pathPane, partiesPane, historyPane);
        body.setPadding(new Insets(0, 12, 12, 0));
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        setCenter(scroll);
        vm.kase.addListener((o, was, now) -> show(now));
    }

    /** The mediation path: where the case stands, what may be done next, and every step so far. */
    private VBox pathBox() {
        Label state = new Label();
        state.setId("path-state");
        state.setWrapText(true);
        javafx.scene.layout.FlowPane buttons = org.mediationledger.ui.Gate.require(new javafx.scene.layout.FlowPane(8, 6), org.mediationledger.model.Permission.RECORD_PATH);
        java.util.Map<org.mediationledger.model.CaseAction, javafx.scene.control.Button> byAction = new java.util.EnumMap<>(
                org.mediationledger.model.CaseAction.class);
        for (org.mediationledger.model.CaseAction a : org.mediationledger.model.CaseAction.values()) {
            if (a == org.mediationledger.model.CaseAction.REFER_OUT) {
                continue; // the escalation dialog also refers out
            }
            javafx.scene.control.Button b = new javafx.scene.control.Button(m.get("path.btn." + a.name()));
            b.setId("path-" + a.name().toLowerCase());
            b.setOnAction(e -> act(a));
            byAction.put(a, b);
            buttons.getChildren().add(b);
        }
        javafx.scene.control.Button extend = new javafx.scene.control.Button(m.get("path.btn.EXTEND"));
        extend.setId("path-extend");
        extend.setOnAction(e -> act(null));
        buttons.getChildren().add(extend);
        javafx.scene.control.Button prevention = new javafx.scene.control.Button(m.get("path.btn.PREVENTION"));
        prevention.setId("path-prevention");
        prevention.setOnAction(e -> {
            var p = vm.path.get();
            var c = vm.kase.get();
            if (p != null && c != null) {
                new PathDialogs(m, ref, getScene().getWindow(), vm.paths().today()).prevention(p.prevention())
                        .ifPresent(vm::setPrevention);
            }
        });
        buttons.getChildren().add(prevention);
        ListView<org.mediationledger.model.TimelineEntry> timeline = new ListView<>(vm.timeline);
        timeline.setId("path-timeline");
        timeline.setPrefHeight(190);
        timeline.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(org.mediationledger.model.TimelineEntry t, boolean empty) {
                super.updateItem(t, empty);
                setText(empty || t == null ? null : t.date() + "   " + t.title() + (t.detail().isEmpty() ? "" : "   " + t.detail()));
            }
        });
        vm.path.addListener((o, was, p) -> {
            if (p == null) {
                return;
            }
            byAction.forEach((a, b) -> b.setDisable(!CaseDetailViewModel.enabled(p, a)));
            extend.setDisable(!CaseDetailViewModel.extendable(p));
            state.setText(vm.pathSentence(p));
            state.getStyleClass().removeAll("field-error-text");
            if (p.overdue(vm.mediationDays, vm.paths().today())) {
                state.getStyleClass().add("field-error-text");
            }
        });
        VBox box = new VBox(8, state, buttons, timeline);
        box.setPadding(new Insets(10));
        return box;
    }

    /** One step of the path: a dialog for the steps that need details, then the step in the background. */
    private void act(org.mediationledger.model.CaseAction a) {
        var p = vm.path.get();
        var c = vm.kase.get();
        if (p == null || c == null || vm.paths() == null) {
            return;
        }
        PathDialogs dialogs = new PathDialogs(m, ref, getScene().getWindow(), vm.paths().today()).forMediator(c.draft().mediatorId());
        if (a == null) {
            dialogs.extension().ifPresent(vm::extend);
            return;
        }
        // the dialog asks for the details; the view model takes the step
        java.util.Optional<?> input = switch (a) {
            case ATTEMPT -> dialogs.attempt(p);
            case ESCALATE -> dialogs.escalate(p);
            case TERMINATE -> dialogs.termination(p);
            case AGREE -> dialogs.agreement(p);
            case PERFORM -> dialogs.performance(p);
            case FOLLOW_UP -> dialogs.followUp(p);
            default -> java.util.Optional.of(Boolean.TRUE); // withdraw, close, archive: no details
        };
        input.ifPresent(x -> vm.take(a, x));
    }

    private void show(MediationCase c) {
        if (c == null) {
            return;
        }
        title.setText(c.caseNumber() + "  ·  " + m.label(c.status()));
        CaseDraft d = c.draft();
        fields.getChildren().clear();
        int r = 0;
        r = pair(r, "source", m.label(d.source()), "disputeType", ref.type(d.disputeTypeId()).map(t -> t.name()).orElse(""));
        r = pair(r, "unit", ref.unit(d.unitId()).map(u -> u.name()).orElse(""),
                "grid", d.gridId() == null ? "" : ref.grid(d.gridId()).map(g -> g.name()).orElse(""));
        r = pair(r, "receivedDate", d.receivedDate().toString(),
                "mediator", d.mediatorId() == null ? "" : ref.staffMember(d.mediatorId()).map(s -> s.name()).orElse(""));
        r = pair(r, "peopleInvolved", String.valueOf(d.peopleInvolved()), "amountInvolved", money(d.amountInvolved()));
        r = pair(r, "riskLevel", m.label(d.riskLevel()), null, null);
        r = wide(r, "summary", d.summary());
        wide(r, "requests", d.requests() == null ? "" : d.requests());
        parties.getItems().setAll(d.parties());
    }

    private String money(BigDecimal amount) {
        return amount == null ? "" : m.get("money.yuan", amount);
    }

    private int pair(int r, String f1, String v1, String f2, String v2) {
        fields.add(key(f1), 0, r);
        fields.add(value(f1, v1), 1, r);
        if (f2 != null) {
            fields.add(key(f2), 2, r);
            fields.add(value(f2, v2), 3, r);
        }
        return r + 1;
    }

    private int wide(int r, String f, String v) {
        fields.add(key(f), 0, r);
        fields.add(value(f, v), 1, r, 3, 1);
        return r + 1;
    }

    private Label key(String field) {
        Label l = new Label(m.fieldLabel(field));
        l.getStyleClass().add("field-label");
        return l;
    }

    private Label value(String field, String v) {
        Label l = new Label(v);
        l.setId("detail-" + field);
        l.setWrapText(true);
        return l;
    }

    private String describe(AuditEntry a) {
        String changes = org.mediationledger.model.HistoryText.changes(m, a);
        return STAMP.format(a.at()) + "  " + a.userName() + "  " + org.mediationledger.model.HistoryText.what(m, a)
                + (changes.isEmpty() ? "" : "\n" + changes);
    }

    private static TableColumn<Party, String> col(String title, java.util.function.Function<Party, String> f) {
        TableColumn<Party, String> c = new TableColumn<>(title);
        org.mediationledger.ui.Fx.titleFits(c);
        c.setCellValueFactory(x -> new ReadOnlyStringWrapper(f.apply(x.getValue())));
        return c;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
