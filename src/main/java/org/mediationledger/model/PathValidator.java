package org.mediationledger.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The rules of what a clerk records on a case's path: attempts, escalations, agreements, performance, visits. */
public final class PathValidator {
    private PathValidator() {
    }

    /** As attempt(a, received, today), and not below the level the case has been escalated to: the path only goes up. */
    public static List<Problem> attempt(MediationAttempt a, LocalDate received, MediationLevel current, LocalDate today) {
        List<Problem> out = attempt(a, received, today);
        if (a.level() != null && current != null && a.level().ordinal() < current.ordinal()) {
            out.add(Problem.error("level", "error.levelBelowCurrent", current));
        }
        return out;
    }

    public static List<Problem> attempt(MediationAttempt a, LocalDate received, LocalDate today) {
        List<Problem> out = new ArrayList<>();
        required(out, "level", a.level());
        required(out, "mediationKind", a.kind());
        required(out, "result", a.result());
        date(out, "date", a.date(), received, today);
        Limits.text("place", a.place(), 200, false, out);
        Limits.text("otherParticipants", a.otherParticipants(), 500, true, out);
        Limits.text("applicantStatement", a.applicantStatement(), 4000, true, out);
        Limits.text("respondentStatement", a.respondentStatement(), 4000, true, out);
        Limits.text("facts", a.facts(), 4000, true, out);
        Limits.text("notes", a.notes(), 2000, true, out);
        return out;
    }

    public static List<Problem> escalation(Escalation e, LocalDate received, LocalDate today) {
        List<Problem> out = new ArrayList<>();
        date(out, "date", e.date(), received, today);
        if (e.reason() == null || e.reason().isBlank()) {
            out.add(Problem.error("reason", "error.required"));
        }
        if (e.toLevel() == null && (e.outTo() == null || e.outTo().isBlank())) {
            out.add(Problem.error("outTo", "error.escalationTarget"));
        }
        if (e.toLevel() != null && e.fromLevel() != null && e.toLevel().ordinal() <= e.fromLevel().ordinal()) {
            out.add(Problem.error("toLevel", "error.escalationNotUp"));
        }
        Limits.text("outTo", e.outTo(), 200, false, out);
        Limits.text("reason", e.reason(), 2000, true, out);
        return out;
    }

    public static List<Problem> agreement(Agreement a, LocalDate received, LocalDate today) {
        List<Problem> out = new ArrayList<>();
        date(out, "reachedDate", a.reachedDate(), received, today);
        if (a.terms() == null || a.terms().isBlank()) {
            out.add(Problem.error("terms", "error.required"));
        }
        Limits.amount("amount", a.amount(), out);
        Limits.text("factsAndResponsibilities", a.factsAndResponsibilities(), 4000, true, out);
        Limits.text("terms", a.terms(), 4000, true, out);
        Limits.text("performanceManner", a.performanceManner(), 500, true, out);
        Limits.text("courtDecision", a.courtDecision(), 500, true, out);
        LocalDate reached = a.reachedDate();
        for (var d : List.of(new Object[] {"partiesSignedDate", a.partiesSignedDate()},
                new Object[] {"mediatorSignedDate", a.mediatorSignedDate()}, new Object[] {"sealedDate", a.sealedDate()})) {
            LocalDate v = (LocalDate) d[1];
            if (v != null) {
                date(out, (String) d[0], v, reached, today);
            }
        }
        if (a.performanceDeadline() != null && reached != null && a.performanceDeadline().isBefore(reached)) {
            out.add(Problem.error("performanceDeadline", "error.notBefore", reached.toString()));
        }
        if (a.confirmationAppliedDate() != null) {
            var deadline = a.confirmationDeadline();
            if (deadline.isEmpty()) {
                out.add(Problem.error("confirmationAppliedDate", "error.confirmationNotEffective"));
            } else {
                date(out, "confirmationAppliedDate", a.confirmationAppliedDate(), a.effectiveDate().get(), today);
                if (a.confirmationAppliedDate().isAfter(deadline.get())) {
                    out.add(Problem.error("confirmationAppliedDate", "error.confirmationLate", deadline.get().toString(),
                            Agreement.CONFIRMATION_DAYS));
                }
            }
        }
        if (a.courtDecisionDate() != null) {
            if (a.confirmationAppliedDate() == null) {
                out.add(Problem.error("courtDecisionDate", "error.decisionWithoutApplication"));
            } else {
                date(out, "courtDecisionDate", a.courtDecisionDate(), a.confirmationAppliedDate(), today);
            }
        }
        return out;
    }

    /** Performance is recorded on or after the day the agreement was reached. */
    public static List<Problem> performance(Performance p, LocalDate agreed, LocalDate today) {
        List<Problem> out = new ArrayList<>();
        required(out, "status", p.status());
        date(out, "date", p.date(), agreed, today);
        Limits.text("notes", p.notes(), 2000, true, out);
        return out;
    }

    public static List<Problem> followUp(FollowUp f, LocalDate received, LocalDate today) {
        List<Problem> out = new ArrayList<>();
        date(out, "date", f.date(), received, today);
        required(out, "satisfaction", f.satisfaction());
        Limits.text("notes", f.notes(), 2000, true, out);
        return out;
    }

    /** Ending the mediation: dated between the last attempt (or receipt) and today, with a reason. */
    public static List<Problem> termination(Termination t, LocalDate notBefore, LocalDate today) {
        List<Problem> out = new ArrayList<>();
        date(out, "date", t.date(), notBefore, today);
        if (t.reason() == null || t.reason().isBlank()) {
            out.add(Problem.error("reason", "error.required"));
        }
        Limits.text("reason", t.reason(), 2000, true, out);
        return out;
    }

    public static List<Problem> extension(Extension e, LocalDate today) {
        List<Problem> out = new ArrayList<>();
        date(out, "date", e.date(), null, today);
        if (e.days() < 1 || e.days() > 90) {
            out.add(Problem.error("days", "error.extensionDays"));
        }
        if (e.reason() == null || e.reason().isBlank()) {
            out.add(Problem.error("reason", "error.required"));
        }
        if (!e.partiesConsent()) {
            out.add(Problem.error("partiesConsent", "error.extensionConsent"));
        }
        return out;
    }

    private static void required(List<Problem> out, String field, Object value) {
        if (value == null) {
            out.add(Problem.error(field, "error.required"));
        }
    }

    private static void date(List<Problem> out, String field, LocalDate d, LocalDate notBefore, LocalDate today) {
        if (d == null) {
            out.add(Problem.error(field, "error.required"));
        } else if (d.isAfter(today)) {
            out.add(Problem.error(field, "error.dateInFuture", today.toString()));
        } else if (notBefore != null && d.isBefore(notBefore)) {
            out.add(Problem.error(field, "error.notBefore", notBefore.toString()));
        } else if (d.isBefore(Limits.EARLIEST)) {
            out.add(Problem.error(field, "error.dateTooEarly", Limits.EARLIEST.toString()));
        }
    }
}
