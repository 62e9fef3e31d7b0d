package org.mediationledger.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The intake rules of a case. Returns every problem; errors block saving, warnings do not. */
public final class CaseValidator {
    public static final int MAX_TEXT = 4000;

    private CaseValidator() {
    }

    public static List<Problem> validate(CaseDraft d, LocalDate today) {
        List<Problem> out = new ArrayList<>();
        if (d.source() == null) {
            out.add(Problem.error("source", "error.required"));
        }
        if (d.disputeTypeId() == null) {
            out.add(Problem.error("disputeType", "error.required"));
        }
        if (d.unitId() == null) {
            out.add(Problem.error("unit", "error.required"));
        }
        if (d.summary() == null || d.summary().isBlank()) {
            out.add(Problem.error("summary", "error.required"));
        }
        Limits.text("summary", d.summary(), MAX_TEXT, true, out);
        Limits.text("requests", d.requests(), MAX_TEXT, true, out);
        if (d.peopleInvolved() == null) {
            out.add(Problem.error("peopleInvolved", "error.required"));
        }
        Limits.people("peopleInvolved", d.peopleInvolved(), out);
        Limits.amount("amountInvolved", d.amountInvolved(), out);
        if (d.riskLevel() == null) {
            out.add(Problem.error("riskLevel", "error.required"));
        }
        if (d.receivedDate() == null) {
            out.add(Problem.error("receivedDate", "error.required"));
        }
        Limits.date("receivedDate", d.receivedDate(), today, out);
        if (d.parties().size() > Limits.MAX_PARTIES) {
            out.add(Problem.error("parties", "error.tooManyParties", Limits.MAX_PARTIES));
            return out;
        }
        if (d.parties().stream().noneMatch(p -> p.role() == PartyRole.APPLICANT)) {
            out.add(Problem.error("parties", "error.needApplicant"));
        }
        if (d.parties().stream().noneMatch(p -> p.role() == PartyRole.RESPONDENT)) {
            out.add(Problem.error("parties", "error.needRespondent"));
        }
        for (int i = 0; i < d.parties().size(); i++) {
            validateParty(d.parties().get(i), "parties[" + i + "].", today, out);
        }
        return out;
    }

    public static boolean hasErrors(List<Problem> problems) {
        return problems.stream().anyMatch(Problem::blocking);
    }

    static void validateParty(Party p, String prefix, LocalDate today, List<Problem> out) {
        if (p.role() == null) {
            out.add(Problem.error(prefix + "role", "error.required"));
        }
        if (p.name() == null || p.name().isBlank()) {
            out.add(Problem.error(prefix + "name", "error.required"));
        }
        Limits.text(prefix + "name", p.name(), 100, false, out);
        Limits.text(prefix + "ethnicity", p.ethnicity(), 30, false, out);
        Limits.text(prefix + "occupation", p.occupation(), 100, false, out);
        Limits.text(prefix + "address", p.address(), 300, false, out);
        Limits.text(prefix + "phone", p.phone(), 30, false, out);
        if (p.phone() != null && !p.phone().isBlank() && !PhoneNumber.isValid(p.phone())) {
            out.add(Problem.error(prefix + "phone", "error.phoneFormat"));
        }
        Limits.birthDate(prefix + "birthDate", p.birthDate(), today, out);
        if (p.age() != null && (p.age() < 0 || p.age() > 150)) {
            out.add(Problem.error(prefix + "age", "error.ageRange"));
        }
        if (p.idNumber() == null || p.idNumber().isBlank()) {
            return;
        }
        switch (IdNumber.check(p.idNumber())) {
            case BAD_FORMAT -> out.add(Problem.error(prefix + "idNumber", "error.idFormat"));
            case BAD_BIRTH_DATE -> out.add(Problem.error(prefix + "idNumber", "error.idBirthDate"));
            case BAD_CHECK_DIGIT -> out.add(Problem.error(prefix + "idNumber", "error.idCheckDigit",
                    String.valueOf(IdNumber.checkDigit(IdNumber.normalise(p.idNumber()).substring(0, 17)))));
            case OLD_15_DIGIT -> out.add(Problem.warning(prefix + "idNumber", "warning.id15"));
            case VALID -> { }
        }
        IdNumber.birthDate(p.idNumber()).ifPresent(born -> {
            if (p.birthDate() != null && !p.birthDate().equals(born)) {
                out.add(Problem.error(prefix + "birthDate", "error.birthDateVsId", born.toString()));
            }
        });
        IdNumber.gender(p.idNumber()).ifPresent(g -> {
            if (p.gender() != null && p.gender() != g) {
                out.add(Problem.error(prefix + "gender", "error.genderVsId", g));
            }
        });
    }
}
