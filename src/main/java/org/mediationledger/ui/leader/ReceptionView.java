package org.mediationledger.ui.leader;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.mediationledger.model.MatterHandling;
import org.mediationledger.model.Masking;
import org.mediationledger.model.Messages;
import org.mediationledger.model.Problem;
import org.mediationledger.model.ReceptionDay;
import org.mediationledger.model.ReceptionMatter;
import org.mediationledger.model.Staff;
import org.mediationledger.model.StaffRole;
import org.mediationledger.service.ReceptionService;
import org.mediationledger.service.ReferenceData;
import org.mediationledger.ui.FormDialog;
import org.mediationledger.ui.Fx;

/** 领导接访日: the days with their matters (phones masked), registering a day and a visitor, and late petitions. */
public final class ReceptionView extends VBox {
    private final ReceptionViewModel vm;
    private final Messages m;
    private final ReferenceData ref;
    final TableView<ReceptionDay> days = new TableView<>();

    final TableView<ReceptionMatter> matters = new TableView<>();
    private java.util.UUID chosenDay;
    private final TableView<ReceptionService.LatePetition> late;

    public ReceptionView(ReceptionViewModel vm, ReferenceData ref) {
        super(10);
        this.vm = vm;
        this.m = vm.messages();
        this.ref = ref;
        setId("reception");
        getStyleClass().add("page");
        Button addDay = new Button(m.get("reception.addDay"));
        addDay.setId("reception-add-day");
        addDay.setOnAction(e -> addDay());
        org.mediationledger.ui.Gate.require(addDay, org.mediationledger.model.Permission.RECEPTION);
        Button addMatter = new Button(m.get("reception.addMatter"));
        addMatter.setId("reception-add-matter");
        addMatter.setOnAction(e -> addMatter());
        org.mediationledger.ui.Gate.require(addMatter, org.mediationledger.model.Permission.RECEPTION);
        Button progress = new Button(m.get("reception.progress"));
        progress.setId("reception-progress");
        progress.setOnAction(e -> progress());
        org.mediationledger.ui.Gate.require(progress, org.mediationledger.model.Permission.RECEPTION);
        Button toCase = new Button(m.get("reception.openCase"));
        toCase.setId("reception-open-case");
        toCase.setOnAction(e -> vm.openCase(chosenMatter()));
        org.mediationledger.ui.Gate.require(toCase, org.mediationledger.model.Permission.REGISTER_CASE);
        Label message = new Label();
        message.setId("reception-message");
        message.textProperty().bind(vm.message);

        days.setId("reception-days");
        days.setItems(vm.days);
        days.setPlaceholder(new Label(m.get("reception.none")));
        days.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        days.getColumns().setAll(List.of(Fx.<ReceptionDay>column(m.get("col.date"), d -> d.date().toString(), 0),
                Fx.<ReceptionDay>column(m.get("field.receptionLeader"), d -> ref.staffMember(d.leaderId()).map(Staff::name).orElse(""), 0),
                Fx.<ReceptionDay>column(m.get("field.receptionPlace"), d -> d.place() == null ? "" : d.place(), 0),
                Fx.<ReceptionDay>column(m.get("reception.matters"), d -> String.join("；", d.matters().stream().map(this::describe).toList()), 0)));
        days.setPrefHeight(170);
        days.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            matters.getItems().setAll(now == null ? List.of() : now.matters());
            if (now != null) {
                chosenDay = now.id();
            }
        });
        vm.days.addListener((javafx.collections.ListChangeListener<ReceptionDay>) c -> reselect());

        matters.setId("reception-matters");
        matters.setPlaceholder(new Label(m.get("reception.chooseDay")));
        matters.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        matters.getColumns().setAll(List.of(Fx.<ReceptionMatter>column(m.get("field.matter.visitorName"), ReceptionMatter::visitorName, 90),
                Fx.<ReceptionMatter>column(m.get("field.matter.visitorPhone"), x -> x.visitorPhone() == null ? "" : Masking.phone(x.visitorPhone()), 110),
                Fx.<ReceptionMatter>column(m.get("field.matter.people"), x -> String.valueOf(x.people()), 50),
                Fx.<ReceptionMatter>column(m.get("field.matter.matter"), ReceptionMatter::matter, 260),
                Fx.<ReceptionMatter>column(m.get("field.matter.handling"), x -> m.label(x.handling()), 90),
                Fx.<ReceptionMatter>column(m.get("reception.col.progress"), this::progressText, 320)));
        late = new TableView<>(vm.late);
        late.setId("reception-late");
        late.setPlaceholder(new Label(m.get("reception.noLate")));
        late.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        late.getColumns().setAll(List.of(
                Fx.<ReceptionService.LatePetition>column(m.get("col.date"), p -> p.day().date().toString(), 0),
                Fx.<ReceptionService.LatePetition>column(m.get("field.matter.visitorName"), p -> p.matter().visitorName(), 0),
                Fx.<ReceptionService.LatePetition>column(m.get("field.matter.matter"), p -> p.matter().matter(), 0),
                Fx.<ReceptionService.LatePetition>column(m.get("col.lateStep"),
                        p -> String.join("；", p.lateSteps().stream().map(x -> m.get(x[0], x[1])).toList()), 0)));
        late.setPrefHeight(150);
        late.setMinHeight(130);
        days.setMinHeight(120);
        Label mattersTitle = new Label(m.get("reception.mattersTitle"));
        mattersTitle.getStyleClass().add("party-head");
        Label lateTitle = new Label(m.get("reception.lateTitle"));
        lateTitle.getStyleClass().add("party-head");
        VBox.setVgrow(matters, Priority.ALWAYS);
        getChildren().setAll(new FlowPane(8, 6, addDay, addMatter, progress, toCase, message), days, mattersTitle, matters,
                lateTitle, late);
    }

    /** After a reload, the day that was chosen stays chosen (its matters refreshed); at first the newest day is. */
    private void reselect() {
        vm.days.stream().filter(d -> d.id().equals(chosenDay)).findFirst().or(() -> vm.days.stream().findFirst())
                .ifPresent(d -> days.getSelectionModel().select(d));
    }

    /** The matter chosen in the day's list, or else in the list of late petitions. */
    private ReceptionMatter chosenMatter() {
        ReceptionMatter x = matters.getSelectionModel().getSelectedItem();
        if (x == null && late.getSelectionModel().getSelectedItem() != null) {
            x = late.getSelectionModel().getSelectedItem().matter();
        }
        return x;
    }

    /** Where a matter stands: the answer, its case, or the petition's next step with its deadline. */
    String progressText(ReceptionMatter x) {
        return switch (x.handling()) {
            case ANSWERED -> x.answer() == null ? "" : x.answer();
            case CASE_OPENED -> x.caseId() != null ? m.get("reception.stage.caseOpened") : m.get("reception.stage.caseToOpen");
            case PETITION -> {
                String stage = x.reviewAnsweredDate() != null ? m.get("reception.stage.reviewAnswered", x.reviewAnsweredDate())
                        : x.reviewRequestedDate() != null ? m.get("reception.stage.reviewing", x.reviewAnswerBy().get())
                        : x.repliedDate() != null ? m.get("reception.stage.replied", x.repliedDate(), x.reviewRequestBy().get())
                        : x.acceptedDate() != null ? m.get("reception.stage.accepted", x.replyBy().get())
                        : m.get("reception.stage.toRoute", x.routeBy());
                yield x.lateSteps(vm.today()).isEmpty() ? stage : stage + " · " + m.get("reception.stage.late");
            }
        };
    }

    private void progress() {
        ReceptionMatter x = chosenMatter();
        if (x == null) {
            vm.message.set(m.get("reception.chooseMatter"));
            return;
        }
        if (!x.isPetition()) {
            vm.message.set(m.get("error.notAPetition"));
            return;
        }
        DatePicker accepted = FormDialog.date(x.acceptedDate());
        DatePicker routed = FormDialog.date(x.routedDate());
        DatePicker replied = FormDialog.date(x.repliedDate());
        Spinner<Integer> ext = new Spinner<>(0, ReceptionMatter.MAX_EXTENSION_DAYS, x.extensionDays() == null ? 0 : x.extensionDays());
        TextArea reason = FormDialog.area();
        reason.setText(x.extensionReason());
        DatePicker review = FormDialog.date(x.reviewRequestedDate());
        DatePicker reviewAnswered = FormDialog.date(x.reviewAnsweredDate());
        new FormDialog(m, getScene().getWindow()).show(m.get("reception.progressTitle", x.visitorName()), List.of(
                        FormDialog.row("matter.acceptedDate", accepted), FormDialog.row("matter.routedDate", routed),
                        FormDialog.row("matter.repliedDate", replied), FormDialog.row("matter.extensionDays", ext),
                        FormDialog.row("matter.extensionReason", reason), FormDialog.row("matter.reviewRequestedDate", review),
                        FormDialog.row("matter.reviewAnsweredDate", reviewAnswered)),
                () -> x.withProgress(accepted.getValue(), routed.getValue(), replied.getValue(),
                        ext.getValue() == 0 ? null : ext.getValue(), reason.getText() == null || reason.getText().isBlank() ? null
                                : reason.getText(), review.getValue(), reviewAnswered.getValue()),
                y -> y.check(vm.today()).stream().map(p -> new Problem("matter." + p.field(), p.messageKey(), p.args(), p.severity()))
                        .toList())
                .ifPresent(y -> vm.change(() -> vm.reception().progress(y)));
    }

    private String describe(ReceptionMatter x) {
        return x.visitorName() + (x.visitorPhone() == null ? "" : " " + Masking.phone(x.visitorPhone())) + "：" + x.matter()
                + "（" + m.label(x.handling()) + "）";
    }

    private void addDay() {
        DatePicker date = FormDialog.date(vm.today());
        ComboBox<Staff> leader = FormDialog.staff(ref.withRole(StaffRole.LEADER), null, null, m);
        TextField place = new TextField();
        new FormDialog(m, getScene().getWindow()).show(m.get("reception.addDay"), List.of(FormDialog.row("date", date),
                        FormDialog.row("receptionLeader", leader), FormDialog.row("receptionPlace", place)),
                () -> new ReceptionDay(null, date.getValue(), leader.getValue() == null ? null : leader.getValue().id(),
                        place.getText(), List.of()),
                d -> d.date() == null ? List.of(Problem.error("date", "error.required"))
                        : d.leaderId() == null ? List.of(Problem.error("receptionLeader", "error.required")) : List.of())
                .ifPresent(d -> vm.change(() -> vm.reception().add(d)));
    }

    private void addMatter() {
        ReceptionDay day = days.getSelectionModel().getSelectedItem();
        if (day == null) {
            vm.message.set(m.get("reception.chooseDay"));
            return;
        }
        TextField name = new TextField();
        TextField phone = new TextField();
        Spinner<Integer> people = new Spinner<>(1, 999, 1);
        TextArea matter = FormDialog.area();
        ComboBox<MatterHandling> handling = FormDialog.choice(List.of(MatterHandling.values()), m::label, MatterHandling.ANSWERED, null);
        TextArea answer = FormDialog.area();
        DatePicker accepted = FormDialog.date(null);
        new FormDialog(m, getScene().getWindow()).show(m.get("reception.addMatter"), List.of(
                        FormDialog.row("matter.visitorName", name), FormDialog.row("matter.visitorPhone", phone),
                        FormDialog.row("matter.people", people), FormDialog.row("matter.matter", matter),
                        FormDialog.row("matter.handling", handling), FormDialog.row("matter.answer", answer),
                        FormDialog.row("matter.acceptedDate", accepted)),
                () -> ReceptionMatter.brought(name.getText(), phone.getText(), people.getValue(), matter.getText(),
                        handling.getValue(), answer.getText(), day.date(), accepted.getValue()),
                x -> x.check(vm.today()))
                .ifPresent(x -> vm.change(() -> vm.reception().addMatter(day, x)));
    }
}
