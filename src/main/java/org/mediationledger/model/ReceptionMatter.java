package org.mediationledger.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A matter a visitor brings to a leader reception day. A petition matter (信访事项) runs against the deadlines of
 * the 2022 regulation: decided and routed within 15 days of registration; replied within 60 days of acceptance,
 * extendable once by at most 30 days with a recorded reason; a review may be requested within 30 days of the reply
 * and is answered within 30 days of the request.
 */
public record ReceptionMatter(UUID id, String visitorName, String visitorPhone, int people, String matter,
                              MatterHandling handling, String answer, LocalDate registeredDate, LocalDate acceptedDate,
                              LocalDate routedDate, LocalDate repliedDate, Integer extensionDays, String extensionReason,
                              LocalDate reviewRequestedDate, LocalDate reviewAnsweredDate, UUID caseId) {

    public static final int ROUTE_DAYS = 15;
    public static final int REPLY_DAYS = 60;
    public static final int MAX_EXTENSION_DAYS = 30;
    public static final int REVIEW_REQUEST_DAYS = 30;
    public static final int REVIEW_ANSWER_DAYS = 30;

    /** A new matter as the visitor brings it (no progress yet, no case). */
    public static ReceptionMatter brought(String visitorName, String visitorPhone, int people, String matter, MatterHandling handling,
                                          String answer, LocalDate registeredDate, LocalDate acceptedDate) {
        return new ReceptionMatter(null, visitorName, visitorPhone, people, matter, handling, answer, registeredDate, acceptedDate,
                null, null, null, null, null, null, null);
    }

    /** The same matter with the petition steps recorded since (acceptance, routing, reply, extension, review). */
    public ReceptionMatter withProgress(LocalDate accepted, LocalDate routed, LocalDate replied, Integer extDays, String extReason,
                                        LocalDate reviewRequested, LocalDate reviewAnswered) {
        return new ReceptionMatter(id, visitorName, visitorPhone, people, matter, handling, answer, registeredDate, accepted, routed,
                replied, extDays, extReason, reviewRequested, reviewAnswered, caseId);
    }

    public ReceptionMatter withRegisteredDate(LocalDate d) {
        return new ReceptionMatter(id, visitorName, visitorPhone, people, matter, handling, answer, d, acceptedDate, routedDate,
                repliedDate, extensionDays, extensionReason, reviewRequestedDate, reviewAnsweredDate, caseId);
    }

    public boolean isPetition() {
        return handling == MatterHandling.PETITION;
    }

    public LocalDate routeBy() {
        return registeredDate.plusDays(ROUTE_DAYS);
    }

    /** The reply deadline: 60 days from acceptance, plus the one extension. */
    public Optional<LocalDate> replyBy() {
        return Optional.ofNullable(acceptedDate).map(d -> d.plusDays(REPLY_DAYS + (extensionDays == null ? 0 : extensionDays)));
    }

    public Optional<LocalDate> reviewRequestBy() {
        return Optional.ofNullable(repliedDate).map(d -> d.plusDays(REVIEW_REQUEST_DAYS));
    }

    public Optional<LocalDate> reviewAnswerBy() {
        return Optional.ofNullable(reviewRequestedDate).map(d -> d.plusDays(REVIEW_ANSWER_DAYS));
    }

    /** The steps of a petition matter that are late on the given day, as message keys with their deadline. */
    public List<String[]> lateSteps(LocalDate today) {
        List<String[]> out = new ArrayList<>();
        if (!isPetition()) {
            return out;
        }
        if (routedDate == null && today.isAfter(routeBy())) {
            out.add(new String[] {"petition.late.route", routeBy().toString()});
        }
        replyBy().filter(d -> repliedDate == null && today.isAfter(d))
                .ifPresent(d -> out.add(new String[] {"petition.late.reply", d.toString()}));
        reviewAnswerBy().filter(d -> reviewAnsweredDate == null && today.isAfter(d))
                .ifPresent(d -> out.add(new String[] {"petition.late.review", d.toString()}));
        return out;
    }

    public List<Problem> check(LocalDate today) {
        List<Problem> out = new ArrayList<>();
        if (visitorName == null || visitorName.isBlank()) {
            out.add(Problem.error("visitorName", "error.required"));
        }
        if (matter == null || matter.isBlank()) {
            out.add(Problem.error("matter", "error.required"));
        }
        if (people < 1) {
            out.add(Problem.error("people", "error.peopleAtLeastOne"));
        }
        if (handling == null) {
            out.add(Problem.error("handling", "error.required"));
        }
        if (visitorPhone != null && !visitorPhone.isBlank() && !PhoneNumber.isValid(visitorPhone)) {
            out.add(Problem.error("visitorPhone", "error.phoneFormat"));
        }
        if (handling == MatterHandling.ANSWERED && (answer == null || answer.isBlank())) {
            out.add(Problem.error("answer", "error.required"));
        }
        if (extensionDays != null) {
            if (extensionDays < 1 || extensionDays > MAX_EXTENSION_DAYS) {
                out.add(Problem.error("extensionDays", "error.assignmentExtensionDays", MAX_EXTENSION_DAYS));
            }
            if (extensionReason == null || extensionReason.isBlank()) {
                out.add(Problem.error("extensionReason", "error.required"));
            }
        }
        if (reviewRequestedDate != null) {
            if (repliedDate == null) {
                out.add(Problem.error("reviewRequestedDate", "error.reviewWithoutReply"));
            } else if (reviewRequestedDate.isAfter(reviewRequestBy().get())) {
                out.add(Problem.error("reviewRequestedDate", "error.reviewLate", reviewRequestBy().get().toString()));
            }
        }
        if (reviewAnsweredDate != null && reviewRequestedDate == null) {
            out.add(Problem.error("reviewAnsweredDate", "error.reviewAnswerWithoutRequest"));
        }
        before(out, "acceptedDate", acceptedDate, registeredDate);
        before(out, "routedDate", routedDate, registeredDate);
        before(out, "repliedDate", repliedDate, acceptedDate != null ? acceptedDate : registeredDate);
        before(out, "reviewAnsweredDate", reviewAnsweredDate, reviewRequestedDate);
        for (LocalDate d : new LocalDate[] {acceptedDate, routedDate, repliedDate, reviewRequestedDate, reviewAnsweredDate}) {
            if (d != null && d.isAfter(today)) {
                out.add(Problem.error("dates", "error.dateInFuture", today.toString()));
                break;
            }
        }
        return out;
    }

    private static void before(List<Problem> out, String field, LocalDate d, LocalDate earliest) {
        if (d != null && earliest != null && d.isBefore(earliest)) {
            out.add(Problem.error(field, "error.dateBefore", earliest.toString()));
        }
    }
}
