package org.mediationledger.model;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * 领导包案: a case or a screening finding owned by one leader, with a responsible unit and person, a team, a plan
 * and a deadline; extensions and supervision entries (督办) on the way; closed with an outcome.
 */
public record LeaderAssignment(UUID id, UUID caseId, UUID findingId, UUID leaderId, UUID responsibleUnitId,
                               String responsiblePerson, String team, String plan, LocalDate assignedDate,
                               LocalDate originalDeadline, boolean closed, ClosureOutcome outcome, Satisfaction satisfaction,
                               LocalDate closedDate, List<ExtensionRequest> extensions, List<SupervisionEntry> supervision) {

    public LeaderAssignment {
        extensions = extensions == null ? List.of() : List.copyOf(extensions);
        supervision = supervision == null ? List.of() : List.copyOf(supervision);
    }

    /** The deadline with every approved extension; a refused request keeps the old one. */
    public LocalDate deadline() {
        return originalDeadline.plusDays(extensions.stream().filter(ExtensionRequest::approved).mapToInt(ExtensionRequest::days).sum());
    }

    public boolean overdue(LocalDate today) {
        return !closed && today.isAfter(deadline());
    }

    /** Days left until the deadline (negative when overdue). */
    public long daysLeft(LocalDate today) {
        return java.time.temporal.ChronoUnit.DAYS.between(today, deadline());
    }

    public boolean closedOnTime() {
        return closed && closedDate != null && !closedDate.isAfter(deadline());
    }

    /** The default deadline: calendar months after assignment (a month end stays within its month: 30 Nov + 3 = 28/29 Feb). */
    public static LocalDate defaultDeadline(LocalDate assigned, int months) {
        return assigned.plusMonths(months);
    }
}
