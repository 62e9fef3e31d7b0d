package org.mediationledger.ui.leader;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mediationledger.model.LeaderAssignment;
import org.mediationledger.model.MediationCase;
import org.mediationledger.model.Messages;
import org.mediationledger.model.Staff;
import org.mediationledger.model.ValidationException;
import org.mediationledger.service.CaseService;
import org.mediationledger.service.LeaderService;
import org.mediationledger.ui.Errors;
import org.mediationledger.ui.TaskExecutor;

/** A leader's board: his or her matters (or everyone's) with days left; assign, supervise, extend, close. */
public final class LeaderBoardViewModel {
    private final LeaderService leaders;
    private final CaseService cases;
    private final TaskExecutor executor;
    private final Messages m;
    final ObjectProperty<Staff> leader = new SimpleObjectProperty<>();
    final ObservableList<Row> rows = FXCollections.observableArrayList();
    final StringProperty message = new SimpleStringProperty("");
    final StringProperty summary = new SimpleStringProperty("");

    /** One matter as the board shows it; subject is the case number or the finding's summary. */
    public record Row(LeaderAssignment assignment, String subject, long daysLeft, boolean overdue) {
    }

    public LeaderBoardViewModel(LeaderService leaders, CaseService cases, TaskExecutor executor, Messages m) {
        this.leaders = leaders;
        this.cases = cases;
        this.executor = executor;
        this.m = m;
        leader.addListener(o -> load());
    }

    Messages messages() {
        return m;
    }

    LocalDate today() {
        return leaders.today();
    }

    LocalDate defaultDeadline(LocalDate assigned) {
        return leaders.defaultDeadline(assigned);
    }

    public void load() {
        UUID who = leader.get() == null ? null : leader.get().id();
        executor.run(() -> {
            LocalDate t = leaders.today();
            return leaders.matters(who).stream().map(x -> new Row(x.assignment(), x.subject(m), x.assignment().daysLeft(t),
                            x.assignment().overdue(t)))
                    .sorted(java.util.Comparator.comparing((Row r) -> r.assignment().closed()).thenComparingLong(Row::daysLeft))
                    .toList();
        }, r -> {
            rows.setAll(r);
            long open = r.stream().filter(x -> !x.assignment().closed()).count();
            long late = r.stream().filter(Row::overdue).count();
            long soon = r.stream().filter(x -> !x.assignment().closed() && x.daysLeft() >= 0 && x.daysLeft() <= LeaderService.SOON_DAYS).count();
            summary.set(m.get("leader.summary", open, late, soon));
        }, e -> message.set(Errors.sentence(m, e)));
    }

    /** Runs a change in the background, then reloads; a broken rule is one sentence. */
    void change(Callable<Object> work) {
        org.mediationledger.ui.ViewModels.change(executor, m, message, work, this::load);
    }

    /**
     * Assigns a finding (findingId given) or the case with this number; an unknown number is one sentence. build makes
     * the assignment from the case id and the finding id.
     */
    void assign(String caseNumber, UUID findingId, java.util.function.BiFunction<UUID, UUID, LeaderAssignment> build) {
        change(() -> {
            if (findingId != null) {
                return leaders.assign(build.apply(null, findingId));
            }
            MediationCase c = cases.byShortNumber(caseNumber).orElseThrow(() -> new ValidationException(List.of(
                    org.mediationledger.model.Problem.error("subject", "error.unknownValue", caseNumber))));
            return leaders.assign(build.apply(c.id(), null));
        });
    }

    LeaderService leaders() {
        return leaders;
    }
}
