package org.mediationledger.ui.leader;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.mediationledger.model.ClosureOutcome;
import org.mediationledger.model.ExtensionRequest;
import org.mediationledger.model.LeaderAssignment;
import org.mediationledger.model.LeaderValidator;
import org.mediationledger.model.Messages;
import org.mediationledger.model.Satisfaction;
import org.mediationledger.model.Staff;
import org.mediationledger.model.StaffRole;
import org.mediationledger.model.SupervisionEntry;
import org.mediationledger.model.Unit;
import org.mediationledger.service.ReferenceData;
import org.mediationledger.ui.FormDialog;
import org.mediationledger.ui.Fx;

/** 领导包案: the board of matters with days left (late ones in red), and the steps on a chosen matter. */
public final class LeaderBoardView extends BorderPane {
    private final LeaderBoardViewModel vm;
    private final Messages m;
    private final ReferenceData ref;
    final TableView<LeaderBoardViewModel.Row> table = new TableView<>();

    public LeaderBoardView(LeaderBoardViewModel vm, ReferenceData ref, org.mediationledger.ui.paper.Printer printer,
                           org.mediationledger.service.PaperService papers) {
        this.vm = vm;
        this.m = vm.messages();
        this.ref = ref;
        setId("leader-board");
        getStyleClass().add("page");
        Label title = new Label(m.get("nav.leader"));
        title.getStyleClass().add("page-title");
        ComboBox<Staff> leader = FormDialog.choice(ref.staff().stream().filter(s -> s.role() == StaffRole.LEADER).toList(), Staff::name,
                null, m.get("leader.all"));
        leader.setId("leader-filter");
        leader.valueProperty().bindBidirectional(vm.leader);
        Label summary = new Label();
        summary.setId("leader-summary");
        summary.getStyleClass().add("board-rate");
        summary.textProperty().bind(vm.summary);
        Button assign = org.mediationledger.ui.Gate.require(button("leader-assign", "leader.assign", () -> assign(null)), org.mediationledger.model.Permission.ASSIGN_LEADER);
        assign.getStyleClass().add("accent");
        Button supervise = org.mediationledger.ui.Gate.require(button("leader-supervise", "leader.supervise", this::supervise), org.mediationledger.model.Permission.LEADER_WORK);
        Button extend = org.mediationledger.ui.Gate.require(button("leader-extend", "leader.extend", this::extend), org.mediationledger.model.Permission.LEADER_WORK);
        Button close = org.mediationledger.ui.Gate.require(button("leader-close", "leader.close", this::close), org.mediationledger.model.Permission.LEADER_WORK);
        Label message = new Label();
        message.setId("leader-message");
        message.textProperty().bind(vm.message);
        HBox head = new HBox(12, title, leader, summary);
        head.setAlignment(Pos.CENTER_LEFT);
        Button sheet = button("leader-print-sheet", "leader.printSheet", () -> {
            LeaderBoardViewModel.Row r = table.getSelectionModel().getSelectedItem();
            if (r == null) {
                vm.message.set(m.get("leader.chooseOpen"));
                return;
            }
            printer.preview(m.get("paper.leaderSheet"), m.get("paper.leaderSheet") + " " + r.subject(), false,
                    full -> papers.leaderSheet(r.assignment().id()));
        });
        Button overdue = button("leader-print-overdue", "leader.printOverdue", () -> printer.preview(m.get("leader.printOverdue"),
                m.get("leader.printOverdue") + " " + vm.today(), false, full -> papers.overdueList()));
        FlowPane actions = new FlowPane(8, 6, assign, supervise, extend, close, sheet, overdue, message);
        setTop(new VBox(10, head, actions));

        table.setId("leader-table");
        table.setItems(vm.rows);
        table.setPlaceholder(new Label(m.get("leader.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                col(m.get("field.subject"), LeaderBoardViewModel.Row::subject, 230),
                col(m.get("field.leader"), r -> ref.staffMember(r.assignment().leaderId()).map(Staff::name).orElse(""), 90),
                col(m.get("col.responsible"), r -> nz(r.assignment().responsiblePerson()), 90),
                col(m.get("field.deadline"), r -> r.assignment().deadline().toString(), 100),
                col(m.get("leader.col.left"), r -> r.assignment().closed() ? m.label(r.assignment().outcome())
                        + (r.assignment().closedOnTime() ? m.get("leader.onTime") : m.get("leader.late"))
                        : r.overdue() ? m.get("leader.overdueDays", -r.daysLeft()) : m.get("leader.daysLeft", r.daysLeft()), 150),
                col(m.get("leader.col.lastSupervision"), r -> r.assignment().supervision().isEmpty() ? ""
                        : last(r.assignment()).date() + " " + last(r.assignment()).instruction(), 220),
                col(m.get("field.plan"), r -> r.assignment().plan(), 200)));
        table.setRowFactory(tv -> new TableRow<>() {
            @Override
            protected void updateItem(LeaderBoardViewModel.Row r, boolean empty) {
                super.updateItem(r, empty);
                getStyleClass().removeAll("overdue-row");
                if (!empty && r != null && r.overdue()) {
                    getStyleClass().add("overdue-row");
                }
            }
        });
        setCenter(table);
        BorderPane.setMargin(table, new Insets(10, 0, 0, 0));
    }

    private static SupervisionEntry last(LeaderAssignment a) {
        return a.supervision().get(a.supervision().size() - 1);
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(m.get(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private FormDialog dialog() {
        return new FormDialog(m, getScene().getWindow());
    }

    private LeaderAssignment chosen() {
        LeaderBoardViewModel.Row r = table.getSelectionModel().getSelectedItem();
        if (r == null || r.assignment().closed()) {
            vm.message.set(m.get("leader.chooseOpen"));
            return null;
        }
        return r.assignment();
    }

    /** A matter named before the dialog opens: a finding from the screening ledger (caseId null) or a case. */
    /** What is assigned: a case or a finding, how the dialog names it, and the village it belongs to (or null). */
    public record Subject(java.util.UUID caseId, java.util.UUID findingId, String label, String unitName) {
        public Subject(java.util.UUID caseId, java.util.UUID findingId, String label) {
            this(caseId, findingId, label, null);
        }
    }

    /** The assignment dialog; with a subject given it is fixed, otherwise the clerk types a case number. */
    public void assign(Subject preset) {
        TextField number = new TextField();
        number.setPromptText(m.get("leader.casePrompt"));
        if (preset != null) {
            number.setText(preset.label());
            number.setEditable(false);
            number.setFocusTraversable(false);
            number.setId("leader-subject-fixed");
        }
        ComboBox<Staff> leader = FormDialog.staff(ref.withRole(StaffRole.LEADER), vm.leader.get(), null, m);
        ComboBox<Unit> unit = FormDialog.choice(ref.activeUnits(), Unit::name, preset == null || preset.unitName() == null ? null
                : ref.activeUnits().stream().filter(u -> u.name().equals(preset.unitName())).findFirst().orElse(null), m.get("form.none"));
        TextField person = new TextField();
        TextField team = new TextField();
        TextArea plan = FormDialog.area();
        DatePicker assigned = FormDialog.date(vm.today());
        DatePicker deadline = FormDialog.date(vm.defaultDeadline(vm.today()));
        assigned.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                deadline.setValue(vm.defaultDeadline(now));
            }
        });
        java.util.function.BiFunction<java.util.UUID, java.util.UUID, LeaderAssignment> build = (caseId, findingId) ->
                new LeaderAssignment(null, caseId, findingId,
                leader.getValue() == null ? null : leader.getValue().id(), unit.getValue() == null ? null : unit.getValue().id(),
                person.getText(), team.getText(), plan.getText(), assigned.getValue(), deadline.getValue(), false, null, null,
                null, null, null);
        dialog().show(m.get("leader.assign"), List.of(FormDialog.row("subject", number), FormDialog.row("leader", leader),
                        FormDialog.row("unit", unit), FormDialog.row("responsiblePerson", person), FormDialog.row("team", team),
                        FormDialog.row("plan", plan), FormDialog.row("assignedDate", assigned), FormDialog.row("deadline", deadline)),
                () -> preset != null ? build.apply(preset.caseId(), preset.findingId()) : build.apply(java.util.UUID.randomUUID(), null),
                a -> {
                    var problems = new java.util.ArrayList<>(LeaderValidator.assignment(a, vm.today()));
                    if (number.getText().isBlank()) {
                        problems.add(0, org.mediationledger.model.Problem.error("subject", "error.required"));
                    }
                    return problems;
                })
                .ifPresent(x -> {
                    if (preset != null && preset.caseId() == null) {
                        vm.assign(null, preset.findingId(), build);
                    } else {
                        vm.assign(preset != null ? preset.label() : number.getText(), null, build);
                    }
                });
    }

    private void supervise() {
        LeaderAssignment a = chosen();
        if (a == null) {
            return;
        }
        DatePicker date = FormDialog.date(vm.today());
        ComboBox<Staff> supervisor = FormDialog.choice(ref.staff(), Staff::name, null, m.get("form.none"));
        TextArea instruction = FormDialog.area();
        TextArea progress = FormDialog.area();
        DatePicker next = FormDialog.date(null);
        dialog().show(m.get("leader.supervise"), List.of(FormDialog.row("date", date), FormDialog.row("supervisor", supervisor),
                        FormDialog.row("instruction", instruction), FormDialog.row("progress", progress),
                        FormDialog.row("nextCheckDate", next)),
                () -> new SupervisionEntry(null, date.getValue(), supervisor.getValue() == null ? null : supervisor.getValue().id(),
                        instruction.getText(), progress.getText(), next.getValue()),
                s -> LeaderValidator.supervision(s, vm.today()))
                .ifPresent(s -> vm.change(() -> vm.leaders().supervise(a.id(), s)));
    }

    private void extend() {
        LeaderAssignment a = chosen();
        if (a == null) {
            return;
        }
        int max = vm.leaders().maxExtensionDays();
        Spinner<Integer> days = new Spinner<>(1, max, Math.min(15, max));
        TextArea reason = FormDialog.area();
        CheckBox approved = new CheckBox(m.get("leader.approved"));
        approved.setSelected(true);
        ComboBox<Staff> decidedBy = FormDialog.staff(ref.withRole(StaffRole.LEADER), null, m.get("form.none"), m);
        dialog().show(m.get("leader.extend"), List.of(FormDialog.row("days", days), FormDialog.row("reason", reason),
                        FormDialog.row("approved", approved), FormDialog.row("decidedBy", decidedBy)),
                () -> new ExtensionRequest(null, vm.today(), days.getValue(), reason.getText(), approved.isSelected(),
                        decidedBy.getValue() == null ? null : decidedBy.getValue().id(), vm.today()),
                e -> LeaderValidator.extension(e, max, vm.today()))
                .ifPresent(e -> vm.change(() -> vm.leaders().extend(a.id(), e)));
    }

    private void close() {
        LeaderAssignment a = chosen();
        if (a == null) {
            return;
        }
        ComboBox<ClosureOutcome> outcome = FormDialog.choice(List.of(ClosureOutcome.values()), m::label, ClosureOutcome.RESOLVED, null);
        ComboBox<Satisfaction> satisfaction = FormDialog.choice(List.of(Satisfaction.values()), m::label, Satisfaction.SATISFIED, null);
        DatePicker date = FormDialog.date(vm.today());
        record Closing(ClosureOutcome outcome, Satisfaction satisfaction, LocalDate date) {
        }
        dialog().show(m.get("leader.close"), List.of(FormDialog.row("outcome", outcome), FormDialog.row("satisfaction", satisfaction),
                        FormDialog.row("closedDate", date)),
                () -> new Closing(outcome.getValue(), satisfaction.getValue(), date.getValue()),
                c -> c.date() == null ? List.of(org.mediationledger.model.Problem.error("closedDate", "error.required")) : List.of())
                .ifPresent(c -> vm.change(() -> vm.leaders().close(a.id(), c.outcome(), c.satisfaction(), c.date())));
    }

    private static TableColumn<LeaderBoardViewModel.Row, String> col(String title, Function<LeaderBoardViewModel.Row, String> f,
                                                                     double width) {
        TableColumn<LeaderBoardViewModel.Row, String> c = new TableColumn<>(title);
        org.mediationledger.ui.Fx.titleFits(c);
        c.setCellValueFactory(x -> new ReadOnlyStringWrapper(f.apply(x.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
