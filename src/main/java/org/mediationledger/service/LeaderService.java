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
    public static final int SOON_DAYS = 7;
    private final LeaderRepository repo;
    private final ReferenceService reference;
    private final SettingsService settings;
    private final Clock clock;

    public LeaderService(LeaderRepository repo, ReferenceService reference, SettingsService settings, Clock clock) {
        this.repo = repo;
        this.reference = reference;
        this.settings = settings;
        this.clock = clock;
    }

    /** The longest single extension (a setting, 30 days unless set). */
    public int maxExtensionDays() {
        return settings.leaderMaxExtensionDays();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The deadline an assignment gets unless the office sets another: calendar months (a setting, 3 unless set). */
    public LocalDate defaultDeadline(LocalDate assigned) {
        return LeaderAssignment.defaultDeadline(assigned, settings.leaderMonths());
    }

    public LeaderAssignment assign(LeaderAssignment a) {
        settings.session().require(org.mediationledger.model.Permission.ASSIGN_LEADER);
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
        mayWorkOn(assignmentId);
        List<Problem> problems = LeaderValidator.extension(e, maxExtensionDays(), today());
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return repo.addExtension(assignmentId, e);
    }

    public LeaderAssignment supervise(UUID assignmentId, SupervisionEntry s) {
        mayWorkOn(assignmentId);
        List<Problem> problems = LeaderValidator.supervision(s, today());
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return repo.addSupervision(assignmentId, s);
    }

    public LeaderAssignment close(UUID assignmentId, ClosureOutcome outcome, Satisfaction satisfaction, LocalDate date) {
        mayWorkOn(assignmentId);
        if (outcome == null) {
            throw new ValidationException(List.of(Problem.error("outcome", "error.required")));
        }
        List<Problem> problems = LeaderValidator.closure(date, repo.find(assignmentId).map(LeaderAssignment::assignedDate).orElse(null),
                today());
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return repo.close(assignmentId, outcome, satisfaction, date);
    }

    /** Every matter (of one leader, or all when leaderId is null). */
    public List<LeaderAssignment> board(UUID leaderId) {
        return repo.all(leaderId);
    }

    /** Every matter with its case number or finding summary (of one leader, or all when leaderId is null). */
    public List<org.mediationledger.model.LeaderMatter> matters(UUID leaderId) {
        return repo.matters(leaderId);
    }

    /**
     * The leader matters that need attention on the dashboard: late ones and those due within seven days. When the
     * program's user is a leader (same name as a staff member with the leader role) only his or her own.
     */
    public List<org.mediationledger.model.WorkItem> work(org.mediationledger.model.Messages m) {
        LocalDate t = today();
        UUID me = reference.load().withRole(StaffRole.LEADER).stream().filter(s -> s.name().equals(settings.userName()))
                .map(org.mediationledger.model.Staff::id).findFirst().orElse(null);
        List<org.mediationledger.model.WorkItem> out = new ArrayList<>();
        for (org.mediationledger.model.LeaderMatter x : repo.matters(me)) {
            LeaderAssignment a = x.assignment();
            long left = a.daysLeft(t);
            if (a.closed() || left > SOON_DAYS) {
                continue;
            }
            out.add(new org.mediationledger.model.WorkItem(left < 0 ? org.mediationledger.model.WorkItem.Kind.LEADER_OVERDUE
                    : org.mediationledger.model.WorkItem.Kind.LEADER_DUE_SOON, a.caseId(), x.subject(m), a.deadline(), Math.abs(left)));
        }
        return out;
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

    /** Leader work on a matter: the permission, and a leader whose account names them works on their own matters. */
    private void mayWorkOn(UUID assignmentId) {
        var session = settings.session();
        session.require(org.mediationledger.model.Permission.LEADER_WORK);
        if (session.leaderOnly()) {
            repo.find(assignmentId).ifPresent(a -> session.requireOwnMatter(a.leaderId()));
        }
    }
}
