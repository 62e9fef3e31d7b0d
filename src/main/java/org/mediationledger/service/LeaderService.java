package org.mediationledger.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.mediationledger.model.ClosureOutcome;
import org.mediationledger.model.ExtensionRequest;
import org.mediationledger.model.LeaderAssignment;
import org.mediationledger.model.LeaderValidator;
import org.mediationledger.model.Problem;
import org.mediationledger.model.Satisfaction;
import org.mediationledger.model.StaffRole;
import org.mediationledger.model.SupervisionEntry;
import org.mediationledger.model.ValidationException;
import org.mediationledger.store.LeaderRepository;

/** 领导包案: assignment to one leader, extensions, supervision (督办), closure, and the lists of late and due matters. */
public final class LeaderService {
    public static final int DEFAULT_MONTHS = 3;
    public static final int DEFAULT_MAX_EXTENSION_DAYS = 30;
    public static final int SOON_DAYS = 7;
    private final LeaderRepository repo;
    private final ReferenceService reference;
    private final Clock clock;

    public LeaderService(LeaderRepository repo, ReferenceService reference, Clock clock) {
        this.repo = repo;
        this.reference = reference;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The deadline an assignment gets unless the office sets another: three calendar months. */
    public LocalDate defaultDeadline(LocalDate assigned) {
        return LeaderAssignment.defaultDeadline(assigned, DEFAULT_MONTHS);
    }

    public LeaderAssignment assign(LeaderAssignment a) {
        List<Problem> problems = new ArrayList<>(LeaderValidator.assignment(a, today()));
        ReferenceData ref = reference.load();
        if (a.leaderId() != null && ref.staffMember(a.leaderId()).filter(s -> s.role() == StaffRole.LEADER).isEmpty()) {
            problems.add(Problem.error("leader", "error.notALeader"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return repo.insert(a);
    }

    /** A request for more time, decided by a named leader; a refused request is kept but leaves the deadline. */
    public LeaderAssignment extend(UUID assignmentId, ExtensionRequest e) {
        List<Problem> problems = LeaderValidator.extension(e, DEFAULT_MAX_EXTENSION_DAYS, today());
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return repo.addExtension(assignmentId, e);
    }

    public LeaderAssignment supervise(UUID assignmentId, SupervisionEntry s) {
        List<Problem> problems = LeaderValidator.supervision(s, today());
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return repo.addSupervision(assignmentId, s);
    }

    public LeaderAssignment close(UUID assignmentId, ClosureOutcome outcome, Satisfaction satisfaction, LocalDate date) {
        if (outcome == null) {
            throw new ValidationException(List.of(Problem.error("outcome", "error.required")));
        }
        if (date == null || date.isAfter(today())) {
            throw new ValidationException(List.of(Problem.error("closedDate", date == null ? "error.required" : "error.dateInFuture",
                    today().toString())));
        }
        return repo.close(assignmentId, outcome, satisfaction, date);
    }

    /** Every matter (of one leader, or all when leaderId is null). */
    public List<LeaderAssignment> board(UUID leaderId) {
        return repo.all(leaderId);
    }

    /** Deadline passed, not closed: the list read out at meetings. */
    public List<LeaderAssignment> overdue() {
        LocalDate t = today();
        return repo.all(null).stream().filter(a -> a.overdue(t)).toList();
    }

    /** Open matters due within seven days. */
    public List<LeaderAssignment> dueSoon() {
        LocalDate t = today();
        return repo.all(null).stream().filter(a -> !a.closed() && a.daysLeft(t) >= 0 && a.daysLeft(t) <= SOON_DAYS).toList();
    }
}
