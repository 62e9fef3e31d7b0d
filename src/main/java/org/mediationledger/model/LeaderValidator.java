package org.mediationledger.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The rules of leader cases: what an assignment, an extension, a supervision entry and a closure need. */
public final class LeaderValidator {
    private LeaderValidator() {
    }

    public static List<Problem> assignment(LeaderAssignment a, LocalDate today) {
        List<Problem> out = new ArrayList<>();
        if ((a.caseId() == null) == (a.findingId() == null)) {
            out.add(Problem.error("subject", "error.assignmentSubject"));
        }
        if (a.leaderId() == null) {
            out.add(Problem.error("leader", "error.required"));
        }
        if (a.plan() == null || a.plan().isBlank()) {
            out.add(Problem.error("plan", "error.required"));
        }
        if (a.assignedDate() == null) {
            out.add(Problem.error("assignedDate", "error.required"));
        } else if (a.assignedDate().isAfter(today)) {
            out.add(Problem.error("assignedDate", "error.dateInFuture", today.toString()));
        }
        if (a.originalDeadline() == null) {
            out.add(Problem.error("deadline", "error.required"));
        } else if (a.assignedDate() != null && !a.originalDeadline().isAfter(a.assignedDate())) {
            out.add(Problem.error("deadline", "error.notBefore", a.assignedDate().plusDays(1).toString()));
        }
        return out;
    }

    public static List<Problem> extension(ExtensionRequest e, int maxDays, LocalDate today) {
        List<Problem> out = new ArrayList<>();
        if (e.days() < 1 || e.days() > maxDays) {
            out.add(Problem.error("days", "error.assignmentExtensionDays", maxDays));
        }
        if (e.reason() == null || e.reason().isBlank()) {
            out.add(Problem.error("reason", "error.required"));
        }
        if (e.decidedBy() == null) {
            out.add(Problem.error("decidedBy", "error.required"));
        }
        if (e.requestedDate() == null || e.requestedDate().isAfter(today)) {
            out.add(Problem.error("requestedDate", e.requestedDate() == null ? "error.required" : "error.dateInFuture", today.toString()));
        }
        if (e.decidedDate() != null && e.requestedDate() != null && e.decidedDate().isBefore(e.requestedDate())) {
            out.add(Problem.error("decidedDate", "error.notBefore", e.requestedDate().toString()));
        } else if (e.decidedDate() != null && e.decidedDate().isAfter(today)) {
            out.add(Problem.error("decidedDate", "error.dateInFuture", today.toString()));
        }
        return out;
    }

    /** A matter is closed on or after the day it was assigned, and not after today. */
    public static List<Problem> closure(LocalDate closed, LocalDate assigned, LocalDate today) {
        List<Problem> out = new ArrayList<>();
        if (closed == null) {
            out.add(Problem.error("closedDate", "error.required"));
        } else if (closed.isAfter(today)) {
            out.add(Problem.error("closedDate", "error.dateInFuture", today.toString()));
        } else if (assigned != null && closed.isBefore(assigned)) {
            out.add(Problem.error("closedDate", "error.notBefore", assigned.toString()));
        }
        return out;
    }

    public static List<Problem> supervision(SupervisionEntry s, LocalDate today) {
        List<Problem> out = new ArrayList<>();
        if (s.date() == null || s.date().isAfter(today)) {
            out.add(Problem.error("date", s.date() == null ? "error.required" : "error.dateInFuture", today.toString()));
        }
        if (s.instruction() == null || s.instruction().isBlank()) {
            out.add(Problem.error("instruction", "error.required"));
        }
        if (s.nextCheckDate() != null && s.date() != null && s.nextCheckDate().isBefore(s.date())) {
            out.add(Problem.error("nextCheckDate", "error.notBefore", s.date().toString()));
        }
        return out;
    }
}
