package org.mediationledger.service;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.mediationledger.model.Agreement;
import org.mediationledger.model.AttemptResult;
import org.mediationledger.model.Escalation;
import org.mediationledger.model.FollowUp;
import org.mediationledger.model.MediationAttempt;
import org.mediationledger.model.MediationKind;
import org.mediationledger.model.MediationLevel;
import org.mediationledger.model.Performance;
import org.mediationledger.model.PerformanceStatus;
import org.mediationledger.model.Problem;
import org.mediationledger.model.Satisfaction;
import org.mediationledger.model.ValidationException;

/** The steps of a case's path as JSON files give them (names, labels, dates as 2026-11-26), and their reading. */
public final class PathInputs {
    private final InputNames names = new InputNames();

    @JsonIgnoreProperties(ignoreUnknown = false)
    public record AttemptInput(String level, String kind, String date, String place, List<String> mediators,
                               String otherParticipants, String applicantStatement, String respondentStatement, String facts,
                               String result, String notes) {
    }

    @JsonIgnoreProperties(ignoreUnknown = false)
    public record EscalationInput(String date, String toLevel, String outTo, String reason) {
    }

    @JsonIgnoreProperties(ignoreUnknown = false)
    public record AgreementInput(Boolean written, String reachedDate, String factsAndResponsibilities, String terms,
                                 BigDecimal amount, String performanceManner, String performanceDeadline,
                                 String partiesSignedDate, String mediatorSignedDate, String sealedDate,
                                 String confirmationAppliedDate, String courtDecision, String courtDecisionDate) {
    }

    @JsonIgnoreProperties(ignoreUnknown = false)
    public record PerformanceInput(String status, String date, String notes) {
    }

    @JsonIgnoreProperties(ignoreUnknown = false)
    public record FollowUpInput(String date, String visitor, String satisfaction, Boolean disputeReturned, Boolean wentToCourt,
                                String notes) {
    }

    @JsonIgnoreProperties(ignoreUnknown = false)
    public record TerminationInput(String date, String reason) {
    }

    @JsonIgnoreProperties(ignoreUnknown = false)
    public record ExtensionInput(String date, Integer days, String reason, Boolean partiesConsent) {
    }

    /** People each prevention concerned; a missing field means it did not happen. */
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record PreventionInput(Integer preventedSuicide, Integer preventedCriminal, Integer stoppedFight,
                                  Integer stoppedPetition) {
    }

    /** Steps that take no details (withdraw, close, archive). */
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record NoInput() {
    }

    public org.mediationledger.model.Termination termination(TerminationInput in) {
        List<Problem> p = new ArrayList<>();
        return done(p, new org.mediationledger.model.Termination(names.date(in.date(), "date", p), in.reason()));
    }

    public org.mediationledger.model.Extension extension(ExtensionInput in) {
        List<Problem> p = new ArrayList<>();
        return done(p, new org.mediationledger.model.Extension(null, names.date(in.date(), "date", p),
                in.days() == null ? 0 : in.days(), in.reason(), Boolean.TRUE.equals(in.partiesConsent())));
    }

    public org.mediationledger.model.Prevention prevention(PreventionInput in) {
        return new org.mediationledger.model.Prevention(in.preventedSuicide(), in.preventedCriminal(), in.stoppedFight(),
                in.stoppedPetition());
    }

    public MediationAttempt attempt(AttemptInput in, ReferenceData ref) {
        List<Problem> p = new ArrayList<>();
        List<UUID> mediators = new ArrayList<>();
        for (String n : in.mediators() == null ? List.<String>of() : in.mediators()) {
            UUID id = names.lookup(n, "mediators", p, x -> ref.staff().stream().filter(s -> s.name().equals(x)).map(s -> s.id()).findFirst());
            if (id != null) {
                mediators.add(id);
            }
        }
        MediationAttempt a = new MediationAttempt(null, names.enumOf(MediationLevel.class, in.level(), "level", p),
                in.kind() == null ? MediationKind.PEOPLES : names.enumOf(MediationKind.class, in.kind(), "kind", p),
                names.date(in.date(), "date", p), in.place(), mediators, in.otherParticipants(), in.applicantStatement(),
                in.respondentStatement(), in.facts(), names.enumOf(AttemptResult.class, in.result(), "result", p), in.notes());
        return done(p, a);
    }

    public Escalation escalation(EscalationInput in) {
        List<Problem> p = new ArrayList<>();
        Escalation e = new Escalation(null, names.date(in.date(), "date", p), null,
                names.enumOf(MediationLevel.class, in.toLevel(), "toLevel", p), in.outTo(), in.reason());
        return done(p, e);
    }

    public Agreement agreement(AgreementInput in) {
        List<Problem> p = new ArrayList<>();
        Agreement a = new Agreement(null, in.written() == null || in.written(), names.date(in.reachedDate(), "reachedDate", p),
                in.factsAndResponsibilities(), in.terms(), in.amount(), in.performanceManner(),
                names.date(in.performanceDeadline(), "performanceDeadline", p), names.date(in.partiesSignedDate(), "partiesSignedDate", p),
                names.date(in.mediatorSignedDate(), "mediatorSignedDate", p), names.date(in.sealedDate(), "sealedDate", p),
                names.date(in.confirmationAppliedDate(), "confirmationAppliedDate", p), in.courtDecision(),
                names.date(in.courtDecisionDate(), "courtDecisionDate", p));
        return done(p, a);
    }

    public Performance performance(PerformanceInput in) {
        List<Problem> p = new ArrayList<>();
        return done(p, new Performance(null, names.enumOf(PerformanceStatus.class, in.status(), "status", p),
                names.date(in.date(), "date", p), in.notes()));
    }

    public FollowUp followUp(FollowUpInput in, ReferenceData ref) {
        List<Problem> p = new ArrayList<>();
        UUID visitor = names.lookup(in.visitor(), "visitor", p,
                x -> ref.staff().stream().filter(s -> s.name().equals(x)).map(s -> s.id()).findFirst());
        return done(p, new FollowUp(null, names.date(in.date(), "date", p), visitor,
                names.enumOf(Satisfaction.class, in.satisfaction(), "satisfaction", p), Boolean.TRUE.equals(in.disputeReturned()),
                Boolean.TRUE.equals(in.wentToCourt()), in.notes()));
    }

    private static <T> T done(List<Problem> problems, T value) {
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return value;
    }
}
